package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What {@link ImageOutput} writes, {@link ImageInput} reads back, and a short or bad image is refused. */
class ImageStreamsTest {

  @Property(tries = 200)
  void arraysAndKeysReadBackAsWritten(@ForAll int[] ints, @ForAll char[] chars, @ForAll byte[] bytes,
      @ForAll String[] keys, @ForAll int single) {
    ImageOutput out = new ImageOutput();
    out.writeInts(ints);
    out.writeChars(chars);
    out.writeBytes(bytes);
    out.writeStrings(keys);
    out.writeInt(single);
    out.writeInts(null);
    out.writeChars(null);
    ImageInput in = new ImageInput(ByteBuffer.wrap(out.toByteArray()));
    assertArrayEquals(ints, in.readInts());
    assertArrayEquals(chars, in.readChars());
    assertArrayEquals(bytes, in.readBytes());
    assertArrayEquals(keys, in.readKeys(key -> key));
    assertEquals(single, in.readInt());
    assertNull(in.readNullableInts());
    assertNull(in.readNullableChars());
    assertTrue(in.atEnd());
  }

  @Test
  void anArrayLongerThanTheBytesLeftIsRefusedWhereItStarts() {
    ImageOutput out = new ImageOutput();
    out.writeInts(new int[] {1, 2, 3});
    byte[] image = out.toByteArray();
    ImageInput in = new ImageInput(ByteBuffer.wrap(Arrays.copyOf(image, image.length - 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, in::readInts);
    assertEquals("an array of 3 items does not fit the 11 bytes left", e.getMessage());
    assertEquals(4, in.position());
  }

  @Test
  void aMissingArrayIsRefused() {
    ImageOutput out = new ImageOutput();
    out.writeInts(null);
    assertThrows(IllegalArgumentException.class, new ImageInput(ByteBuffer.wrap(out.toByteArray()))::readInts);
  }

  @Test
  void readingPastTheEndUnderflows() {
    assertThrows(BufferUnderflowException.class, new ImageInput(ByteBuffer.allocate(2))::readInt);
  }
}

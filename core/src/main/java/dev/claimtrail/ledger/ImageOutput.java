package dev.claimtrail.ledger;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes the arrays of a segment's built indexes one after another, little-endian, each prefixed
 * by its length, so that {@link ImageInput} reads each back in one bulk copy. A null array is
 * written as the length -1.
 */
final class ImageOutput {
  private ByteBuffer buffer = ByteBuffer.allocate(1 << 12).order(ByteOrder.LITTLE_ENDIAN);

  void writeInt(int value) {
    reserve(4);
    buffer.putInt(value);
  }

  void writeInts(int @Nullable [] values) {
    if (values == null) {
      writeInt(-1);
      return;
    }
    writeInt(values.length);
    reserve(4L * values.length);
    buffer.asIntBuffer().put(values);
    buffer.position(buffer.position() + 4 * values.length);
  }

  void writeChars(char @Nullable [] values) {
    if (values == null) {
      writeInt(-1);
      return;
    }
    writeInt(values.length);
    reserve(2L * values.length);
    buffer.asCharBuffer().put(values);
    buffer.position(buffer.position() + 2 * values.length);
  }

  void writeBytes(byte[] values) {
    writeInt(values.length);
    reserve(values.length);
    buffer.put(values);
  }

  /** Writes the {@link Object#toString()} of each key: its lengths, then all its characters. */
  void writeStrings(Object[] keys) {
    int[] lengths = new int[keys.length];
    StringBuilder chars = new StringBuilder();
    for (int k = 0; k < keys.length; k++) {
      String key = keys[k].toString();
      lengths[k] = key.length();
      chars.append(key);
    }
    writeInts(lengths);
    char[] all = new char[chars.length()];
    chars.getChars(0, all.length, all, 0);
    writeChars(all);
  }

  /** The bytes written. */
  byte[] toByteArray() {
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private void reserve(long more) {
    if (buffer.position() + more > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the stored indexes exceed 2 GiB; split the ledger");
    }
    if (buffer.remaining() < more) {
      long grown = Math.min(Integer.MAX_VALUE - 8, Math.max(buffer.position() + more, 2L * buffer.capacity()));
      ByteBuffer next = ByteBuffer.allocate((int) grown).order(ByteOrder.LITTLE_ENDIAN);
      next.put(buffer.array(), 0, buffer.position());
      buffer = next;
    }
  }
}

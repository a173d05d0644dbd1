package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The numbers of a snapshot section read back as written, and bad ones refused where they are. */
class SnapshotInputTest {
  @Test
  void numbersReadBackAsWritten() {
    SnapshotOutput out = new SnapshotOutput();
    int[] values = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE};
    int[] signed = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int value : values) {
      out.writeVarint(value);
    }
    for (int value : signed) {
      out.writeSigned(value);
    }
    out.writeLong(Double.doubleToRawLongBits(0.75));
    SnapshotInput in = input(Arrays.copyOf(out.array(), out.size()));
    for (int value : values) {
      assertEquals(value, in.readVarint("n"));
    }
    for (int value : signed) {
      assertEquals(value, in.readSigned("n"));
    }
    assertEquals(0.75, Double.longBitsToDouble(in.readLong("n")));
    assertTrue(in.atEnd());
  }

  @Test
  void aNumberAboveTheLargestIntIsRefusedAtItsOffset() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> input(bytes).readVarint("count"));
    assertEquals("f.ctl: byte 100: claims.count: a number exceeds 2147483647", e.getMessage());
  }

  @Test
  void aNumberCutByTheSectionEndIsRefused() {
    byte[] bytes = {(byte) 0x80};
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> input(bytes).readVarint("count"));
    assertEquals("f.ctl: byte 101: claims.count: the section ends inside a number", e.getMessage());
  }

  @Test
  void aCountThatCannotFitIsRefusedBeforeAnythingIsAllocated() {
    byte[] bytes = {0x7F, 0};
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> input(bytes).readCount("reviews", 8));
    assertEquals("f.ctl: byte 101: claims.reviews: a count of 127 cannot fit in the 1 bytes left in the section",
        e.getMessage());
  }

  @Test
  void aStringIndexOutsideTheTableNamesTheRecord() {
    SnapshotInput in = input(new byte[] {5});
    in.startRecord(3);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> in.readString("text"));
    assertEquals("f.ctl: byte 101: claims[3].text: string 5 is not in the string table of 2", e.getMessage());
  }

  private static SnapshotInput input(byte[] bytes) {
    byte[] table = {2, 1, 'a', 1, 'b'};
    StringTable strings = StringTable.decoded(SnapshotSection.read("f.ctl", ByteBuffer.wrap(table), 0, "strings", false));
    return new SnapshotInput("f.ctl", ByteBuffer.wrap(bytes), 100, "claims", strings);
  }
}

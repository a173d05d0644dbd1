package dev.claimtrail.io;

import java.util.Arrays;

/**
 * A growable byte array that a snapshot section is written into: unsigned variable-length ints
 * (seven bits a byte, low bits first, the high bit set on every byte but the last), single bytes,
 * little-endian four-byte ints (the offset tables) and big-endian longs. Not thread-safe.
 */
final class SnapshotOutput {
  private byte[] bytes = new byte[1 << 12];
  private int size;

  /** Appends {@code value}, which must not be negative, as a variable-length int. */
  void writeVarint(int value) {
    reserve(5);
    int v = value;
    while ((v & ~0x7F) != 0) {
      bytes[size++] = (byte) (v & 0x7F | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** Appends {@code value} zigzag-encoded, so that small negative values stay short. */
  void writeSigned(int value) {
    writeVarint(value << 1 ^ value >> 31);
  }

  void writeByte(int value) {
    reserve(1);
    bytes[size++] = (byte) value;
  }

  /** Appends {@code value} as four bytes, low byte first. */
  void writeFixedInt(int value) {
    reserve(4);
    for (int shift = 0; shift < 32; shift += 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
  }

  void writeLong(long value) {
    reserve(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
  }

  void write(byte[] source) {
    write(source, source.length);
  }

  /** Appends the first {@code length} bytes of {@code source}. */
  void write(byte[] source, int length) {
    reserve(length);
    System.arraycopy(source, 0, bytes, size, length);
    size += length;
  }

  int size() {
    return size;
  }

  /** The bytes written so far, the array itself: valid up to {@link #size()}. */
  byte[] array() {
    return bytes;
  }

  private void reserve(int more) {
    if (size + (long) more > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a snapshot section may not exceed 2 GiB");
    }
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size + more, 2L * bytes.length)));
    }
  }
}

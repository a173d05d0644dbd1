package dev.claimtrail.io;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Reads one section of a snapshot held in a buffer (on the heap or mapped from the file), in the
 * encodings {@link SnapshotOutput} writes, and refers to the snapshot's string table by index. Every
 * read is bounds-checked: a value that runs past the section's end, an index outside the string
 * table or a malformed int throws {@link LedgerFormatException} naming the file, the byte offset and
 * the field path (such as {@code attributions[3].said}). Not thread-safe.
 */
final class SnapshotInput {
  private final String source;
  private final ByteBuffer bytes;
  /** The offset in the file of the buffer's first byte. */
  private final long base;
  private final int end;
  private final String section;
  private final StringTable strings;
  private int position;
  private int record = -1;

  /**
   * Reads {@code bytes}, the whole of the section called {@code section} in errors, which starts at
   * {@code base} in the file.
   */
  SnapshotInput(String source, ByteBuffer bytes, long base, String section, StringTable strings) {
    this.source = source;
    this.bytes = bytes;
    this.base = base;
    this.position = 0;
    this.end = bytes.limit();
    this.section = section;
    this.strings = strings;
  }

  /** Moves to {@code position}, a position in the section, and returns this input. */
  SnapshotInput at(int position) {
    this.position = position;
    return this;
  }

  /** Names the record read next, by its index in the section, in the field paths of errors. */
  void startRecord(int index) {
    record = index;
  }

  int position() {
    return position;
  }

  boolean atEnd() {
    return position == end;
  }

  int readVarint(String field) {
    int at = position;
    int value = readVarintBits(field);
    if (value < 0) {
      throw failAt(at, field, "a number exceeds " + Integer.MAX_VALUE);
    }
    return value;
  }

  int readSigned(String field) {
    int zigzag = readVarintBits(field);
    return zigzag >>> 1 ^ -(zigzag & 1);
  }

  /** A variable-length int of up to 32 bits, the sign bit included, as {@link #readSigned} needs. */
  private int readVarintBits(String field) {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (position >= end) {
        throw fail(field, "the section ends inside a number");
      }
      byte b = bytes.get(position++);
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        if (shift == 28 && (b & 0x70) != 0) {
          throw failAt(position - 1, field, "a number exceeds 32 bits");
        }
        return value;
      }
    }
    throw fail(field, "a number runs over five bytes");
  }

  /** Reads a presence flag: 0 for absent, 1 for present. */
  boolean readFlag(String field) {
    if (position >= end) {
      throw fail(field, "the section ends where a presence flag was expected");
    }
    byte flag = bytes.get(position++);
    if (flag != 0 && flag != 1) {
      throw fail(field, "presence flag is " + flag + ", not 0 or 1");
    }
    return flag == 1;
  }

  long readLong(String field) {
    if (end - position < 8) {
      throw fail(field, "the section ends inside an 8-byte number");
    }
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | bytes.get(position++) & 0xFF;
    }
    return value;
  }

  /**
   * Reads a count of items that take at least {@code minBytes} each, refused when the rest of the
   * section cannot hold that many, so that a corrupt count never allocates a huge array.
   */
  int readCount(String field, int minBytes) {
    int count = readVarint(field);
    if ((long) count * minBytes > end - position) {
      throw fail(field, "a count of " + count + " cannot fit in the " + (end - position) + " bytes left in the section");
    }
    return count;
  }

  /** Reads a string written as its length in bytes and its {@link Wtf8} bytes. */
  String readWtf8(String field) {
    int length = readVarint(field);
    if (length > end - position) {
      throw fail(field, "a string of " + length + " bytes runs past the end of the section");
    }
    int start = position;
    position += length;
    try {
      byte[] encoded = new byte[length];
      bytes.get(start, encoded);
      return Wtf8.decode(encoded, 0, length);
    } catch (IllegalArgumentException e) {
      throw failAt(start, field, String.valueOf(e.getMessage()));
    }
  }

  /** Reads a string as its index in the string table. */
  String readString(String field) {
    return strings.get(readStringIndex(field));
  }

  /** Reads an optional string, written as 0 when absent and its index plus one when present. */
  Optional<String> readOptionalString(String field) {
    int index = readOptionalStringIndex(field);
    return index < 0 ? Optional.empty() : Optional.of(strings.get(index));
  }

  /** Reads the index of a string in the string table. */
  int readStringIndex(String field) {
    int index = readVarint(field);
    if (index >= strings.size()) {
      throw fail(field, "string " + index + " is not in the string table of " + strings.size());
    }
    return index;
  }

  /** Reads the index of an optional string in the string table, -1 when it is absent. */
  int readOptionalStringIndex(String field) {
    int index = readVarint(field) - 1;
    if (index >= strings.size()) {
      throw fail(field, "string " + index + " is not in the string table of " + strings.size());
    }
    return index;
  }

  /** The string at {@code index} of the string table, which a read returned. */
  String string(int index) {
    return strings.get(index);
  }

  /** {@return the error for a problem at the current position, in {@code field} of the current record} */
  LedgerFormatException fail(String field, String reason) {
    return failAt(position, field, reason);
  }

  /**
   * {@return the error for a problem at {@code offset}, a position in this section, in {@code field}
   * of the current record}
   */
  LedgerFormatException failAt(int offset, String field, String reason) {
    String path = record < 0 ? section : section + "[" + record + "]";
    return LedgerFormatException.atOffset(source, base + offset, field.isEmpty() ? path : path + "." + field, reason);
  }
}

package dev.claimtrail.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The frame of a ledger snapshot file (see docs/format.md): eight magic bytes, the format version,
 * a table of the sections with the offset, length and CRC-32C of each, and the CRC-32C of that
 * header; then the sections, back to back, in the order of {@link #TAGS}. This class writes the
 * header and reads it back, refusing with {@link LedgerFormatException} anything but a whole,
 * well-formed header of the version it knows: wrong magic bytes, another version, a damaged
 * header, sections out of place, or a file shorter or longer than its sections. Immutable.
 */
final class SnapshotLayout {
  /** The first bytes of every snapshot: not text, not JSON, and damaged by a text-mode transfer. */
  static final byte[] MAGIC = {(byte) 0x89, 'C', 'T', 'S', 'N', 'A', 'P', '\n'};
  /** The version of the format this code writes and reads. */
  static final int VERSION = 1;
  /** The section tags in file order: the string table, then the records of each kind. */
  static final List<String> TAGS = List.of("STRS", "SPKR", "SRCS", "DOCS", "STMS", "ATTS", "CLMS");
  /** The names of the sections in errors, in the order of {@link #TAGS}. */
  static final List<String> NAMES =
      List.of("strings", "speakers", "sources", "documents", "statements", "attributions", "claims");
  /** The bytes of the magic, version and section count that start the header. */
  static final int PREFIX = MAGIC.length + 8;
  private static final int ENTRY = 4 + 8 + 8 + 4;

  private final long[] offsets;
  private final int[] lengths;
  private final int[] checksums;

  private SnapshotLayout(long[] offsets, int[] lengths, int[] checksums) {
    this.offsets = offsets;
    this.lengths = lengths;
    this.checksums = checksums;
  }

  /** The length of the header of a file of the current version. */
  static int headerLength() {
    return PREFIX + TAGS.size() * ENTRY + 4;
  }

  /** Whether {@code head}, the first bytes of a file, starts with the magic bytes. */
  static boolean startsWithMagic(byte[] head, int length) {
    return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** The header for sections of the given contents, each valid up to its length in {@code lengths}. */
  static byte[] header(List<byte[]> sections, int[] lengths) {
    ByteBuffer header = ByteBuffer.allocate(headerLength());
    header.put(MAGIC).putInt(VERSION).putInt(TAGS.size());
    long offset = headerLength();
    for (int i = 0; i < TAGS.size(); i++) {
      CRC32C crc = new CRC32C();
      crc.update(sections.get(i), 0, lengths[i]);
      header.put(TAGS.get(i).getBytes(StandardCharsets.US_ASCII)).putLong(offset).putLong(lengths[i])
          .putInt((int) crc.getValue());
      offset += lengths[i];
    }
    CRC32C crc = new CRC32C();
    crc.update(header.array(), 0, header.position());
    header.putInt((int) crc.getValue());
    return header.array();
  }

  /**
   * Reads the header of a snapshot of {@code fileSize} bytes from {@code head}, which holds at least
   * its first {@link #PREFIX} bytes and, when the version is right, the whole header.
   */
  static SnapshotLayout read(byte[] head, int length, long fileSize, String source) {
    if (!startsWithMagic(head, length)) {
      throw LedgerFormatException.atOffset(source, 0, "", "not a claimtrail snapshot: the file does not start with its magic bytes");
    }
    if (length < PREFIX) {
      throw LedgerFormatException.atOffset(source, length, "header", "the file ends inside the snapshot header");
    }
    ByteBuffer buffer = ByteBuffer.wrap(head, 0, length);
    buffer.position(MAGIC.length);
    int version = buffer.getInt();
    if (version != VERSION) {
      throw LedgerFormatException.atOffset(source, MAGIC.length, "header.version",
          "snapshot format version " + Integer.toUnsignedString(version) + " is not the version " + VERSION
              + " this reader knows; write the ledger again as JSON Lines with the version that saved it");
    }
    int count = buffer.getInt();
    if (count != TAGS.size()) {
      throw LedgerFormatException.atOffset(source, MAGIC.length + 4, "header.sections",
          "the header lists " + Integer.toUnsignedString(count) + " sections, not " + TAGS.size());
    }
    if (length < headerLength()) {
      throw LedgerFormatException.atOffset(source, length, "header", "the file ends inside the snapshot header");
    }
    CRC32C crc = new CRC32C();
    crc.update(head, 0, headerLength() - 4);
    if ((int) crc.getValue() != buffer.getInt(headerLength() - 4)) {
      throw LedgerFormatException.atOffset(source, 0, "header", "the header's checksum does not match: the file is damaged");
    }
    long[] offsets = new long[count];
    int[] lengths = new int[count];
    int[] checksums = new int[count];
    long expected = headerLength();
    for (int i = 0; i < count; i++) {
      int entry = buffer.position();
      String tag = new String(head, entry, 4, StandardCharsets.US_ASCII);
      buffer.position(entry + 4);
      offsets[i] = buffer.getLong();
      long sectionLength = buffer.getLong();
      checksums[i] = buffer.getInt();
      if (!tag.equals(TAGS.get(i))) {
        throw LedgerFormatException.atOffset(source, entry, "header.sections[" + i + "]",
            "section tag '" + tag + "' where '" + TAGS.get(i) + "' belongs");
      }
      if (offsets[i] != expected || sectionLength < 0 || sectionLength > Integer.MAX_VALUE - 8) {
        throw LedgerFormatException.atOffset(source, entry, "header.sections[" + i + "]",
            "section " + NAMES.get(i) + " is listed at offset " + offsets[i] + " with " + sectionLength
                + " bytes; it must start at " + expected + " and hold less than 2 GiB");
      }
      lengths[i] = (int) sectionLength;
      expected += sectionLength;
    }
    if (fileSize < expected) {
      throw LedgerFormatException.atOffset(source, fileSize, "",
          "the file is truncated: it has " + fileSize + " bytes, its sections need " + expected);
    }
    if (fileSize > expected) {
      throw LedgerFormatException.atOffset(source, expected, "",
          (fileSize - expected) + " bytes follow the last section");
    }
    return new SnapshotLayout(offsets, lengths, checksums);
  }

  long offset(int section) {
    return offsets[section];
  }

  int length(int section) {
    return lengths[section];
  }

  /** Checks the CRC-32C of the bytes of {@code section}. */
  void verify(int section, byte[] bytes, String source) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    if ((int) crc.getValue() != checksums[section]) {
      throw LedgerFormatException.atOffset(source, offsets[section], NAMES.get(section),
          "the section's checksum does not match: the file is damaged");
    }
  }
}

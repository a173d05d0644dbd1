package dev.claimtrail.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The frame of a ledger snapshot file (see docs/format.md): eight magic bytes, the format version,
 * a table of the sections with the offset, length and CRC-32C of each, and the CRC-32C of that
 * header; then the sections, back to back, in the order of {@link #TAGS}: version 1 has the string
 * table and the records, version 2 adds the built indexes, version 3 a table of where each string
 * and record starts at the head of their sections. This class writes the header and reads
 * it back, refusing with {@link LedgerFormatException} anything but a whole, well-formed header of
 * a version it knows: wrong magic bytes, another version, a damaged header, sections out of place,
 * or a file shorter or longer than its sections. Immutable.
 */
final class SnapshotLayout {
  /** The first bytes of every snapshot: not text, not JSON, and damaged by a text-mode transfer. */
  static final byte[] MAGIC = {(byte) 0x89, 'C', 'T', 'S', 'N', 'A', 'P', '\n'};
  /** The version of the format this code writes; it also reads the two before it. */
  static final int VERSION = 3;
  /** The first version, whose files hold the records without their indexes. */
  static final int RECORDS_ONLY = 1;
  /** The version that added the built indexes, its sections still without offset tables. */
  static final int INDEXED = 2;
  /**
   * The section tags in file order: the string table, then the records of each kind, then (from
   * version 2 on) the built indexes.
   */
  static final List<String> TAGS = List.of("STRS", "SPKR", "SRCS", "DOCS", "STMS", "ATTS", "CLMS", "INDX");
  /** The names of the sections in errors, in the order of {@link #TAGS}. */
  static final List<String> NAMES =
      List.of("strings", "speakers", "sources", "documents", "statements", "attributions", "claims", "indexes");
  /** The number of the section of the built indexes, from version 2 on. */
  static final int INDEXES = 7;
  /** The bytes of the magic, version and section count that start the header. */
  static final int PREFIX = MAGIC.length + 8;
  private static final int ENTRY = 4 + 8 + 8 + 4;

  private final int version;
  private final long[] offsets;
  private final int[] lengths;
  private final int[] checksums;

  private SnapshotLayout(int version, long[] offsets, int[] lengths, int[] checksums) {
    this.version = version;
    this.offsets = offsets;
    this.lengths = lengths;
    this.checksums = checksums;
  }

  /** The number of sections of a file of {@code version}, one this code knows. */
  static int sectionCount(int version) {
    return version == RECORDS_ONLY ? INDEXES : TAGS.size();
  }

  /** The length of the header of a file of {@code version}, one this code knows. */
  static int headerLength(int version) {
    return PREFIX + sectionCount(version) * ENTRY + 4;
  }

  /** Whether {@code head}, the first bytes of a file, starts with the magic bytes. */
  static boolean startsWithMagic(byte[] head, int length) {
    return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * The header of a file of {@code version} for sections of the given contents, each valid up to its
   * length in {@code lengths}.
   */
  static byte[] header(int version, List<byte[]> sections, int[] lengths) {
    ByteBuffer header = ByteBuffer.allocate(headerLength(version));
    header.put(MAGIC).putInt(version).putInt(sectionCount(version));
    long offset = headerLength(version);
    for (int i = 0; i < sectionCount(version); i++) {
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
   * its first {@link #PREFIX} bytes and, when the version is one this code knows, the whole header
   * (at most {@code headerLength(VERSION)} bytes).
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
    if (version != VERSION && version != INDEXED && version != RECORDS_ONLY) {
      throw LedgerFormatException.atOffset(source, MAGIC.length, "header.version",
          "snapshot format version " + Integer.toUnsignedString(version) + " is not a version this reader knows ("
              + RECORDS_ONLY + ", " + INDEXED + " or " + VERSION + "); write the ledger again as JSON Lines with the version that saved it");
    }
    int count = buffer.getInt();
    if (count != sectionCount(version)) {
      throw LedgerFormatException.atOffset(source, MAGIC.length + 4, "header.sections",
          "the header lists " + Integer.toUnsignedString(count) + " sections, not the " + sectionCount(version)
              + " of version " + version);
    }
    int headerLength = headerLength(version);
    if (length < headerLength) {
      throw LedgerFormatException.atOffset(source, length, "header", "the file ends inside the snapshot header");
    }
    CRC32C crc = new CRC32C();
    crc.update(head, 0, headerLength - 4);
    if ((int) crc.getValue() != buffer.getInt(headerLength - 4)) {
      throw LedgerFormatException.atOffset(source, 0, "header", "the header's checksum does not match: the file is damaged");
    }
    long[] offsets = new long[count];
    int[] lengths = new int[count];
    int[] checksums = new int[count];
    long expected = headerLength;
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
    return new SnapshotLayout(version, offsets, lengths, checksums);
  }

  /** Whether the file holds its ledger's built indexes (version 2 on). */
  boolean hasIndexes() {
    return version != RECORDS_ONLY;
  }

  /** Whether its sections start with a table of where each item starts (version 3 on). */
  boolean hasOffsetTables() {
    return version >= VERSION;
  }

  long offset(int section) {
    return offsets[section];
  }

  int length(int section) {
    return lengths[section];
  }

  /** Checks the CRC-32C of the bytes of {@code section}. */
  void verify(int section, ByteBuffer bytes, String source) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.duplicate());
    if ((int) crc.getValue() != checksums[section]) {
      throw LedgerFormatException.atOffset(source, offsets[section], NAMES.get(section),
          "the section's checksum does not match: the file is damaged");
    }
  }
}

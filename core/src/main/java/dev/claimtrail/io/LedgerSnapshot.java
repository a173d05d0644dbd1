package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.ledger.IndexImage;
import dev.claimtrail.ledger.InvalidLedgerException;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.RecordId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * claimtrail's binary snapshot of a ledger (see docs/format.md): the records of every kind, each
 * string stored once in a table, and the ledger's built indexes ({@link IndexImage}), in sections
 * that each carry a CRC-32C, behind magic bytes and a format version. It is read in bulk, with no
 * text to tokenize and no index to build; JSON and JSON Lines stay the forms to exchange and to
 * keep, as a snapshot is only read by a claimtrail that knows its version. This release writes
 * version 3 and reads versions 1 (records only, built and validated as {@link
 * Ledger.Builder#build()} validates), 2 (records and indexes, trusted for structure once its
 * checksums match: the cross-record checks are not run again) and 3 (as 2, and each string and
 * record is decoded from the bytes read when it is first asked for, so that opening decodes none).
 * A file of version 3 is mapped into memory (except on Windows, where it is read onto the heap): the
 * strings and records not yet decoded stay in the file's pages, outside the Java heap, so the file
 * must not be changed in place while a ledger read from it is in use. claimtrail itself never does
 * so: it writes a new file and moves it over the old one, which leaves a mapping of the old one
 * intact. The checksum of a mapped string or record section is verified when a string or record is
 * first read from it, not on opening, so that opening touches only the header and the indexes: a
 * damaged section then throws {@link LedgerFormatException} naming it from that first read on.
 * Reading refuses, with {@link LedgerFormatException} naming the file, the byte offset and the
 * section or field, a file that is not a snapshot, of another version, truncated, damaged (any
 * checksum that does not match), or with indexes that do not fit its records; a record that breaks
 * its own rules is refused so when it is decoded (in version 3, when a query or listing first reads
 * it). {@link FileLedgerCodec} writes a snapshot for a file name ending in {@value #EXTENSION} and
 * reads one, whatever its name, by its magic bytes.
 */
public final class LedgerSnapshot {
  /** The file name ending for which {@link FileLedgerCodec} writes a snapshot. */
  public static final String EXTENSION = ".ctl";
  /** The version of the snapshot format this release writes; it also reads versions 1 and 2. */
  public static final int VERSION = SnapshotLayout.VERSION;

  /**
   * Whether a snapshot read from a file is mapped into memory rather than copied onto the heap: on
   * every system but Windows, which refuses to replace a file while it is mapped.
   */
  private static final boolean MAPS_FILES = !System.getProperty("os.name", "").startsWith("Windows");

  private LedgerSnapshot() {}

  /**
   * Reads the snapshot in {@code file}.
   *
   * @param file the file to read
   * @return the ledger, checked as its format version asks (see above)
   * @throws LedgerFormatException if the file is not a whole, valid snapshot, naming the offset and section
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Ledger read(Path file) {
    checkNotNull(file, "file");
    return read(file, Ledger.builder());
  }

  /** Reads the snapshot in {@code file} into {@code builder}, which is empty, and builds it. */
  static Ledger read(Path file, Ledger.Builder builder) {
    String source = LedgerFormatException.sourceName(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      Bytes copied = (offset, length) -> readFully(channel, offset, length);
      return MAPS_FILES ? read(new MappedWindow(channel, size), copied, true, size, source, builder)
          : read(copied, copied, false, size, source, builder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a snapshot from {@code in} to its end, for input that is not a regular file; the whole
   * input is held in one array, so it must be under 2 GiB.
   *
   * @param in the bytes of a snapshot; left open
   * @param source the name of the input in errors
   * @return the ledger, checked as its format version asks (see above)
   * @throws LedgerFormatException if the input is not a whole, valid snapshot
   * @throws UncheckedIOException if reading fails
   */
  public static Ledger read(InputStream in, String source) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    try {
      byte[] all = in.readAllBytes();
      Bytes slices = (offset, length) -> ByteBuffer.wrap(all, (int) offset, length).slice();
      return read(slices, slices, false, all.length, source, Ledger.builder());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the bytes of a snapshot come from. */
  @FunctionalInterface
  private interface Bytes {
    /** The {@code length} bytes from {@code offset}, all of which exist, as a buffer of its own from 0. */
    ByteBuffer read(long offset, int length) throws IOException;
  }

  /**
   * Reads a snapshot whose string and record sections come from {@code kept} when they are kept for
   * decoding on demand (version 3), and everything read once (the header, the indexes, the sections
   * of older versions) from {@code copied}; the checksums of sections kept are verified when they are
   * first read if {@code keptMapped}, else on opening.
   */
  private static Ledger read(Bytes kept, Bytes copied, boolean keptMapped, long size, String source,
      Ledger.Builder builder) throws IOException {
    int headLength = (int) Math.min(size, SnapshotLayout.headerLength(SnapshotLayout.VERSION));
    byte[] head = new byte[headLength];
    copied.read(0, headLength).get(head);
    SnapshotLayout layout = SnapshotLayout.read(head, headLength, size, source);
    boolean onDemand = layout.hasOffsetTables();
    Bytes sections = onDemand ? kept : copied;
    boolean checkWhenRead = onDemand && keptMapped;
    List<SnapshotSection> checkedWhenRead = new ArrayList<>();
    SnapshotSection stringSection = section(sections, layout, 0, source, checkWhenRead ? checkedWhenRead : null);
    StringTable strings = onDemand ? StringTable.onDemand(stringSection) : StringTable.decoded(stringSection);
    SnapshotRecordReader reader = new SnapshotRecordReader(strings.size());
    List<List<Object>> records = new ArrayList<>();
    List<int[]> starts = new ArrayList<>();
    for (Section section : Section.values()) {
      SnapshotSection content = section(sections, layout, section.ordinal() + 1, source,
          checkWhenRead ? checkedWhenRead : null);
      if (onDemand) {
        records.add(new StoredRecords(section, content, strings, reader));
        continue;
      }
      SnapshotInput in = content.inputAtFirst(strings);
      List<Object> sectionRecords = new ArrayList<>(content.count());
      int[] sectionStarts = new int[content.count()];
      for (int i = 0; i < sectionStarts.length; i++) {
        in.startRecord(i);
        sectionStarts[i] = in.position();
        sectionRecords.add(reader.readRecord(section, in));
      }
      if (!in.atEnd()) {
        throw in.fail("", "bytes follow the last of the section's " + sectionStarts.length + " records");
      }
      records.add(sectionRecords);
      starts.add(sectionStarts);
    }
    if (layout.hasIndexes()) {
      int at = SnapshotLayout.INDEXES;
      ByteBuffer indexes = copied.read(layout.offset(at), layout.length(at));
      layout.verify(at, indexes, source);
      try {
        return StoredIndexes.open(records, indexes, layout.offset(at), source);
      } catch (LedgerFormatException e) {
        checkedWhenRead.forEach(SnapshotSection::check);
        throw e;
      }
    }
    return build(records, builder, layout, starts, source);
  }

  /**
   * The section numbered {@code at} in the layout, its checksum verified now, or (when {@code
   * checkedWhenRead} is given, to which the section is then added) when it is first read.
   */
  private static SnapshotSection section(Bytes bytes, SnapshotLayout layout, int at, String source,
      @Nullable List<SnapshotSection> checkedWhenRead) throws IOException {
    ByteBuffer content = bytes.read(layout.offset(at), layout.length(at));
    String name = SnapshotLayout.NAMES.get(at);
    if (checkedWhenRead == null) {
      layout.verify(at, content, source);
      return SnapshotSection.read(source, content, layout.offset(at), name, layout.hasOffsetTables());
    }
    SnapshotSection section = SnapshotSection.read(source, content, layout.offset(at), name,
        layout.hasOffsetTables(), () -> layout.verify(at, content, source));
    checkedWhenRead.add(section);
    return section;
  }

  /**
   * The ledger of the records of a version-1 snapshot, indexed and validated as a build does, and
   * checked for ids listed twice.
   */
  private static Ledger build(List<List<Object>> records, Ledger.Builder builder, SnapshotLayout layout,
      List<int[]> starts, String source) {
    List<List<RecordId>> ids = new ArrayList<>();
    for (Section section : Section.values()) {
      List<RecordId> sectionIds = new ArrayList<>();
      for (Object record : records.get(section.ordinal())) {
        section.addTo(builder, record);
        sectionIds.add(section.idOf(record));
      }
      ids.add(sectionIds);
    }
    Ledger ledger;
    try {
      ledger = builder.build();
    } catch (InvalidLedgerException e) {
      throw located(e, layout, ids, starts, source);
    }
    checkNoDuplicates(ledger, layout, ids, starts, source);
    return ledger;
  }

  /** The format error for the first problem of a build, at the record it names. */
  private static LedgerFormatException located(InvalidLedgerException e, SnapshotLayout layout,
      List<List<RecordId>> ids, List<int[]> starts, String source) {
    InvalidLedgerException.Problem first = e.details().get(0);
    int more = e.details().size() - 1;
    String reason = first.reason() + (more == 0 ? "" : " (and " + more + " more problems, listed in the cause)");
    Section section = Section.byTag(first.kind()).orElse(null);
    if (section == null) {
      return LedgerFormatException.of(source, reason).causedBy(e);
    }
    int index = indexOf(ids.get(section.ordinal()), first.id());
    long offset = index < 0 ? layout.offset(section.ordinal() + 1)
        : layout.offset(section.ordinal() + 1) + starts.get(section.ordinal())[index];
    String path = section.field + (index < 0 ? "" : "[" + index + "]") + "." + first.field();
    return LedgerFormatException.atOffset(source, offset, path, reason).causedBy(e);
  }

  private static int indexOf(List<RecordId> ids, RecordId id) {
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Refuses a snapshot that lists an id twice in a section, which a build would take as a
   * replacement and so drop a record: the ledger then holds fewer records than were read.
   */
  private static void checkNoDuplicates(Ledger ledger, SnapshotLayout layout, List<List<RecordId>> ids,
      List<int[]> starts, String source) {
    for (Section section : Section.values()) {
      List<RecordId> read = ids.get(section.ordinal());
      if (section.records(ledger).size() != read.size()) {
        Map<RecordId, Integer> seen = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
          Integer earlier = seen.put(read.get(i), i);
          if (earlier != null) {
            throw LedgerFormatException.atOffset(source,
                layout.offset(section.ordinal() + 1) + starts.get(section.ordinal())[i],
                section.field + "[" + i + "].id",
                "id '" + read.get(i) + "' is already the id of " + section.field + "[" + earlier + "]");
          }
        }
      }
    }
  }

  /**
   * A file's bytes mapped into memory: the first read maps the file from its offset to the end (at
   * most 2 GiB), and later reads within that window are slices of the one mapping; a read beyond it
   * maps its own bytes.
   */
  private static final class MappedWindow implements Bytes {
    private final FileChannel channel;
    private final long size;
    private @Nullable ByteBuffer window;
    private long windowStart;

    MappedWindow(FileChannel channel, long size) {
      this.channel = channel;
      this.size = size;
    }

    @Override
    public ByteBuffer read(long offset, int length) throws IOException {
      ByteBuffer mapped = window;
      if (mapped == null) {
        windowStart = offset;
        mapped = channel.map(FileChannel.MapMode.READ_ONLY, offset, Math.min(size - offset, Integer.MAX_VALUE));
        window = mapped;
      }
      long from = offset - windowStart;
      if (from < 0 || from + length > mapped.capacity()) {
        return channel.map(FileChannel.MapMode.READ_ONLY, offset, length);
      }
      return mapped.slice((int) from, length);
    }
  }

  private static ByteBuffer readFully(FileChannel channel, long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException("the file ended at " + (offset + buffer.position()) + " while it was read");
      }
    }
    return buffer.flip();
  }

  /**
   * A section of the items written to {@code items}, each starting at its entry of {@code starts}:
   * their count, then (when {@code offsetTable}) the offset table of {@link SnapshotSection}, then
   * the items.
   */
  private static SnapshotOutput framed(int[] starts, SnapshotOutput items, boolean offsetTable) {
    SnapshotOutput section = new SnapshotOutput();
    section.writeVarint(starts.length);
    if (offsetTable) {
      for (int start : starts) {
        section.writeFixedInt(start);
      }
    }
    section.write(items.array(), items.size());
    return section;
  }

  /**
   * Writes {@code ledger} to {@code file} as a snapshot, replacing it atomically (see {@link
   * AtomicFiles}).
   *
   * @param ledger the ledger to write
   * @param file the file to create or replace
   * @throws IllegalArgumentException if a section would exceed 2 GiB; the file is then left as it was
   * @throws UncheckedIOException if the file cannot be written; the file is then left as it was
   */
  public static void write(Ledger ledger, Path file) {
    checkNotNull(ledger, "ledger");
    checkNotNull(file, "file");
    AtomicFiles.write(file, out -> write(ledger, out));
  }

  /**
   * Writes {@code ledger} to {@code out} as a snapshot and flushes it; leaves {@code out} open. The
   * whole snapshot is encoded before its first byte is written.
   *
   * @param ledger the ledger to write
   * @param out where to write it
   * @throws IOException if writing fails
   */
  public static void write(Ledger ledger, OutputStream out) throws IOException {
    checkNotNull(ledger, "ledger");
    checkNotNull(out, "out");
    write(section -> section.records(ledger), IndexImage.of(ledger), SnapshotLayout.VERSION, out);
  }

  /**
   * Writes the records {@code records} gives for each section, as {@link #write(Ledger,
   * OutputStream)} does, in a file of format {@code version}, with the built indexes {@code
   * indexes}, which must be given for versions 2 and 3 only.
   */
  static void write(Function<Section, List<?>> records, byte @Nullable [] indexes, int version, OutputStream out)
      throws IOException {
    checkArgument((indexes == null) == (version == SnapshotLayout.RECORDS_ONLY), "indexes for version %s", version);
    boolean offsetTables = version >= SnapshotLayout.VERSION;
    SnapshotRecordWriter encoder = new SnapshotRecordWriter();
    List<SnapshotOutput> sections = new ArrayList<>();
    for (Section section : Section.values()) {
      List<?> all = records.apply(section);
      SnapshotOutput items = new SnapshotOutput();
      int[] starts = new int[all.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = items.size();
        encoder.write(all.get(i), section, items);
      }
      sections.add(framed(starts, items, offsetTables));
    }
    List<String> strings = encoder.strings();
    SnapshotOutput items = new SnapshotOutput();
    int[] starts = new int[strings.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = items.size();
      byte[] encoded = Wtf8.encode(strings.get(i));
      items.writeVarint(encoded.length);
      items.write(encoded);
    }
    sections.add(0, framed(starts, items, offsetTables));
    List<byte[]> contents = new ArrayList<>();
    int[] lengths = new int[sections.size() + (indexes == null ? 0 : 1)];
    for (int i = 0; i < sections.size(); i++) {
      contents.add(sections.get(i).array());
      lengths[i] = sections.get(i).size();
    }
    if (indexes != null) {
      contents.add(indexes);
      lengths[sections.size()] = indexes.length;
    }
    out.write(SnapshotLayout.header(version, contents, lengths));
    for (int i = 0; i < contents.size(); i++) {
      out.write(contents.get(i), 0, lengths[i]);
    }
    out.flush();
  }
}

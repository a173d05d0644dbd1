package dev.claimtrail.io;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * One section of a snapshot held in a buffer (on the heap or mapped from the file), as a list of
 * items (strings or records): their count, then, in a file of version 3, a table of where each item
 * starts, then the items back to back. The table (four bytes per item, low byte first, each an
 * offset from the first item) lets an item be read alone, without reading the ones before it. A
 * section may hold bytes whose checksum is checked only when an item is first read from it. Safe to
 * share between threads; the buffer is shared and only read, by absolute positions.
 */
final class SnapshotSection {
  private final String source;
  private final ByteBuffer bytes;
  private final long base;
  private final String name;
  private final int count;
  /** The position of the offset table, or -1 for a section without one. */
  private final int table;
  private final int first;
  /** The check of the section's bytes not yet run, or null once it has passed (or if there is none). */
  private volatile @Nullable Runnable pendingCheck;

  private SnapshotSection(String source, ByteBuffer bytes, long base, String name, int count, int table, int first,
      @Nullable Runnable pendingCheck) {
    this.source = source;
    this.bytes = bytes;
    this.base = base;
    this.name = name;
    this.count = count;
    this.table = table;
    this.first = first;
    this.pendingCheck = pendingCheck;
  }

  /**
   * The section in {@code bytes}, called {@code name} in errors, which starts at {@code base} in
   * {@code source}; {@code offsetTable} when it has one.
   *
   * @throws LedgerFormatException if the count or the table does not fit the section
   */
  static SnapshotSection read(String source, ByteBuffer bytes, long base, String name, boolean offsetTable) {
    return read(source, bytes, base, name, offsetTable, null);
  }

  /**
   * As {@link #read(String, ByteBuffer, long, String, boolean)}, for bytes not yet checked: {@code
   * check} (which throws {@link LedgerFormatException} if they are damaged) runs before the first
   * item is read, and before a count that does not fit is reported, so that damage is reported as
   * such.
   */
  static SnapshotSection read(String source, ByteBuffer bytes, long base, String name, boolean offsetTable,
      @Nullable Runnable check) {
    SnapshotInput in = new SnapshotInput(source, bytes, base, name, StringTable.NONE);
    int count;
    try {
      count = in.readCount("count", offsetTable ? 5 : 1);
    } catch (LedgerFormatException e) {
      if (check != null) {
        check.run();
      }
      throw e;
    }
    int table = offsetTable ? in.position() : -1;
    int first = offsetTable ? table + 4 * count : in.position();
    return new SnapshotSection(source, bytes, base, name, count, table, first, check);
  }

  /** Runs the check of the section's bytes if it has not passed yet; once passed, it is not run again. */
  void check() {
    if (pendingCheck != null) {
      synchronized (this) {
        Runnable check = pendingCheck;
        if (check != null) {
          check.run();
          pendingCheck = null;
        }
      }
    }
  }

  /** How many items the section holds. */
  int count() {
    return count;
  }

  /** A reader at the first item, to read every item in order, resolving strings in {@code strings}. */
  SnapshotInput inputAtFirst(StringTable strings) {
    check();
    return new SnapshotInput(source, bytes, base, name, strings).at(first);
  }

  /**
   * A reader at the item {@code index}, found by the offset table, with errors naming that item.
   *
   * @throws LedgerFormatException if the table places the item outside the section
   */
  SnapshotInput inputAt(int index, StringTable strings) {
    if (table < 0) {
      throw new IllegalStateException("section " + name + " has no offset table");
    }
    check();
    int at = table + 4 * index;
    int offset = bytes.get(at) & 0xFF | (bytes.get(at + 1) & 0xFF) << 8 | (bytes.get(at + 2) & 0xFF) << 16
        | bytes.get(at + 3) << 24;
    SnapshotInput in = new SnapshotInput(source, bytes, base, name, strings);
    if (offset < 0 || offset >= bytes.limit() - first) {
      in.startRecord(index);
      throw in.failAt(at, "", "the offset table places the item at " + offset + ", outside the section");
    }
    in.startRecord(index);
    return in.at(first + offset);
  }
}

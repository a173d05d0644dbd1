package dev.claimtrail.io;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The records of one section of a version-3 snapshot as a list that decodes a record each time it is
 * asked for one, by the section's offset table: what {@link dev.claimtrail.ledger.IndexImage#open}
 * keeps, so that opening a snapshot decodes no record and a ledger decodes each once, when first
 * read. Decoding is serialized on the reader, whose caches of values made from strings all sections
 * share. A record that breaks its rules throws {@link LedgerFormatException} naming it when asked
 * for. Immutable.
 */
final class StoredRecords extends AbstractList<Object> implements RandomAccess {
  private final Section kind;
  private final SnapshotSection section;
  private final StringTable strings;
  private final SnapshotRecordReader reader;

  StoredRecords(Section kind, SnapshotSection section, StringTable strings, SnapshotRecordReader reader) {
    this.kind = kind;
    this.section = section;
    this.strings = strings;
    this.reader = reader;
  }

  @Override
  public Object get(int index) {
    Objects.checkIndex(index, section.count());
    synchronized (reader) {
      return reader.readRecord(kind, section.inputAt(index, strings));
    }
  }

  @Override
  public int size() {
    return section.count();
  }
}

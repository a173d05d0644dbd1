package dev.claimtrail.ledger;

import java.util.List;
import java.util.function.Function;

/**
 * The records of one kind in one segment, by ordinal, with an open-addressing table from id to
 * ordinal that costs two ints per record rather than a map entry.
 */
final class RecordTable<K, V> {
  private final Object[] records;
  private final int[] slots;
  private final Function<? super V, ? extends K> idOf;

  RecordTable(List<? extends V> records, Function<? super V, ? extends K> idOf) {
    this.records = records.toArray();
    this.idOf = idOf;
    this.slots = new int[Hashes.tableSize(this.records.length)];
    int mask = slots.length - 1;
    for (int i = 0; i < this.records.length; i++) {
      int slot = Hashes.slot(idOf.apply(get(i)).hashCode(), slots.length);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  int size() {
    return records.length;
  }

  @SuppressWarnings("unchecked")
  V get(int ordinal) {
    return (V) records[ordinal];
  }

  /** The ordinal of the record with the given id, or -1. */
  int find(Object id) {
    int mask = slots.length - 1;
    for (int slot = Hashes.slot(id.hashCode(), slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
      int ordinal = slots[slot] - 1;
      if (idOf.apply(get(ordinal)).equals(id)) {
        return ordinal;
      }
    }
    return -1;
  }
}

package dev.claimtrail.ledger;

import java.util.List;
import java.util.function.Function;

/**
 * The records of one kind in one segment, by ordinal, with an {@link OrdinalSlots} table from id
 * to ordinal that costs about one and a quarter ints per record rather than a map entry.
 */
final class RecordTable<K, V> {
  private final Object[] records;
  private final OrdinalSlots slots;
  private final Function<? super V, ? extends K> idOf;

  RecordTable(List<? extends V> records, Function<? super V, ? extends K> idOf) {
    this.records = records.toArray();
    this.idOf = idOf;
    this.slots = OrdinalSlots.ofDistinct(this.records.length, i -> idOf.apply(get(i)).hashCode());
  }

  /** The table of {@code records} and the slots {@link #writeSlotsTo} wrote for them. */
  RecordTable(List<? extends V> records, Function<? super V, ? extends K> idOf, ImageInput slots) {
    this.records = records.toArray();
    this.idOf = idOf;
    this.slots = OrdinalSlots.read(slots);
  }

  /** Writes the table from id to ordinal, for the constructor that reads it. */
  void writeSlotsTo(ImageOutput out) {
    slots.writeTo(out);
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
    int hash = id.hashCode();
    for (int slot = slots.first(hash); slot >= 0; slot = slots.next(slot, hash)) {
      int ordinal = slots.ordinalAt(slot);
      if (idOf.apply(get(ordinal)).equals(id)) {
        return ordinal;
      }
    }
    return -1;
  }
}

package dev.claimtrail.ledger;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The records of one kind in one segment, by ordinal, with an {@link OrdinalSlots} table from id
 * to ordinal that costs about one and a quarter ints per record rather than a map entry. A table
 * read from a stored image may hold its records undecoded: each is then taken from its source list
 * when first asked for and kept.
 */
final class RecordTable<K, V> {
  private final @Nullable Object[] records;
  /** Where records not yet in {@link #records} come from; null when every record is there. */
  private final @Nullable List<? extends V> source;
  private final OrdinalSlots slots;
  private final Function<? super V, ? extends K> idOf;

  RecordTable(List<? extends V> records, Function<? super V, ? extends K> idOf) {
    this.records = records.toArray();
    this.source = null;
    this.idOf = idOf;
    this.slots = OrdinalSlots.ofDistinct(this.records.length, i -> idOf.apply(get(i)).hashCode());
  }

  /**
   * The table of the records of {@code source} and the slots {@link #writeSlotsTo} wrote for them.
   * No record is taken from {@code source} until it is asked for; {@code source} is kept, so it
   * must not change, and its {@code get} must be safe to call from any thread and may be called
   * more than once for one index, by threads that ask for the same record at once.
   */
  RecordTable(List<? extends V> source, Function<? super V, ? extends K> idOf, ImageInput slots) {
    this.records = new Object[source.size()];
    this.source = source;
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
    Object record = records[ordinal];
    return record != null ? (V) record : taken(ordinal);
  }

  /**
   * The record at {@code ordinal} taken from the source and kept. Records are immutable values
   * whose fields are final, so a thread that reads one from the array without a lock sees it whole.
   */
  private V taken(int ordinal) {
    V record = Objects.requireNonNull(source, "source").get(ordinal);
    records[ordinal] = record;
    return record;
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

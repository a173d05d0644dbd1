package dev.claimtrail.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The records of one kind in one segment, by ordinal, with an {@link OrdinalSlots} table from id
 * to ordinal that costs about one and a quarter ints per record rather than a map entry. A table
 * read from a stored image may hold its records undecoded: each is then taken from its source list
 * when first asked for and kept, and the source is let go once all have been.
 */
final class RecordTable<K, V> {
  private static final VarHandle RECORDS = MethodHandles.arrayElementVarHandle(Object[].class);

  private final @Nullable Object[] records;
  /**
   * Where records not yet in {@link #records} come from; null when every record is there, from the
   * start or once the last was taken, so that the source (and the bytes it decodes) can be freed.
   */
  private volatile @Nullable List<? extends V> source;
  /** How many records were taken from the source, counting a record taken twice at once twice. */
  private final AtomicInteger taken = new AtomicInteger();
  /** The ordinals below it are known to have been taken; guarded by this table. */
  private int takenBelow;
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
   * No record is taken from {@code source} until it is asked for; {@code source} is kept until every
   * record has been taken, so it must not change, and its {@code get} must be safe to call from any
   * thread and may be called more than once for one index, by threads that ask for the same record
   * at once.
   */
  RecordTable(List<? extends V> source, Function<? super V, ? extends K> idOf, ImageInput slots) {
    this.records = new Object[source.size()];
    this.source = source.isEmpty() ? null : source;
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
   * whose fields are final, so a thread that reads one from the array without a lock sees it whole;
   * the array is written with release and read here with acquire semantics, so that a thread that
   * finds the source gone also finds every record it left.
   */
  @SuppressWarnings("unchecked")
  private V taken(int ordinal) {
    List<? extends V> from = source;
    if (from == null) {
      return (V) Objects.requireNonNull(RECORDS.getAcquire(records, ordinal), "a record taken before");
    }
    V record = from.get(ordinal);
    RECORDS.setRelease(records, ordinal, record);
    if (taken.incrementAndGet() >= records.length) {
      releaseSourceIfAllTaken();
    }
    return record;
  }

  /** Lets the source go once every record is in the array. */
  private synchronized void releaseSourceIfAllTaken() {
    while (takenBelow < records.length && RECORDS.getAcquire(records, takenBelow) != null) {
      takenBelow++;
    }
    if (takenBelow == records.length) {
      source = null;
    }
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

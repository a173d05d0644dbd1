package dev.claimtrail.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An inverted index from keys to the ascending ordinals of the records that carry them, stored
 * compressed-sparse-row style: one int per (key, record) pair plus a small table of keys, found
 * through {@link OrdinalSlots}. Keys are the records' own id objects, so the index adds no copies
 * of them.
 */
final class Postings<K> {
  private static final int[] NONE = {};

  private final Object[] keys;
  private final int[] starts;
  private final int[] ordinals;
  private final OrdinalSlots slots;

  private Postings(Object[] keys, int[] starts, int[] ordinals) {
    this.keys = keys;
    this.starts = starts;
    this.ordinals = ordinals;
    this.slots = new OrdinalSlots(keys.length, k -> keys[k].hashCode());
  }

  /**
   * The index over ordinals {@code 0..size-1} where each record carries the keys {@code keysOf}
   * returns (a key listed twice for one record counts once).
   */
  static <K> Postings<K> of(int size, IntFunction<? extends Iterable<? extends K>> keysOf) {
    Pairs<K> pairs = new Pairs<>(size);
    for (int ordinal = 0; ordinal < size; ordinal++) {
      for (K key : keysOf.apply(ordinal)) {
        pairs.add(key, ordinal);
      }
    }
    return pairs.build();
  }

  /**
   * The index over ordinals {@code 0..size-1} where each record carries at most one key: the one
   * {@code keyOf} returns, or none when it returns null. Spares {@link #of} a collection per record.
   */
  static <K> Postings<K> ofSingle(int size, IntFunction<? extends K> keyOf) {
    Pairs<K> pairs = new Pairs<>(size);
    for (int ordinal = 0; ordinal < size; ordinal++) {
      K key = keyOf.apply(ordinal);
      if (key != null) {
        pairs.add(key, ordinal);
      }
    }
    return pairs.build();
  }

  /** (key, ordinal) pairs collected in ascending ordinal order, each counted once. */
  private static final class Pairs<K> {
    private final Map<K, Integer> keyIndex = new HashMap<>();
    private final IntList keys;
    private final IntList ordinals;
    private final IntList lastOrdinal = new IntList();

    /** Pairs expected to be about as many as {@code expected}, for the lists' first capacity. */
    Pairs(int expected) {
      keys = new IntList(expected);
      ordinals = new IntList(expected);
    }

    /** Adds that the record at {@code ordinal}, no lower than any added before, carries {@code key}. */
    void add(K key, int ordinal) {
      Integer k = keyIndex.putIfAbsent(key, lastOrdinal.size());
      if (k == null) {
        k = lastOrdinal.size();
        lastOrdinal.add(-1);
      }
      if (lastOrdinal.get(k) != ordinal) {
        lastOrdinal.set(k, ordinal);
        keys.add(k);
        ordinals.add(ordinal);
      }
    }

    Postings<K> build() {
      Object[] keyTable = new Object[keyIndex.size()];
      keyIndex.forEach((key, k) -> keyTable[k] = key);
      int[] starts = new int[keyTable.length + 1];
      for (int i = 0; i < keys.size(); i++) {
        starts[keys.get(i) + 1]++;
      }
      for (int k = 0; k < keyTable.length; k++) {
        starts[k + 1] += starts[k];
      }
      int[] fill = Arrays.copyOf(starts, keyTable.length);
      int[] sorted = new int[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        sorted[fill[keys.get(i)]++] = ordinals.get(i);
      }
      return new Postings<>(keyTable, starts, sorted);
    }
  }

  /** The ascending ordinals of the records carrying {@code key}. */
  int[] get(Object key) {
    int k = keyIndex(key);
    return k < 0 ? NONE : Arrays.copyOfRange(ordinals, starts[k], starts[k + 1]);
  }

  /** Where the ordinals of the key at {@code keyIndex} start, for {@link #ordinalAt}. */
  int start(int keyIndex) {
    return starts[keyIndex];
  }

  /** Where the ordinals of the key at {@code keyIndex} end, exclusive. */
  int end(int keyIndex) {
    return starts[keyIndex + 1];
  }

  /** The ordinal at {@code position}, between a key's {@link #start} and {@link #end}. */
  int ordinalAt(int position) {
    return ordinals[position];
  }

  /** How many distinct keys the records carry. */
  int keyCount() {
    return keys.length;
  }

  /** The index, from 0 to {@link #keyCount()}, of {@code key} among the keys, or -1 if no record carries it. */
  int keyIndex(Object key) {
    int hash = key.hashCode();
    for (int slot = slots.first(hash); slot >= 0; slot = slots.next(slot, hash)) {
      int k = slots.ordinalAt(slot);
      if (keys[k].equals(key)) {
        return k;
      }
    }
    return -1;
  }
}

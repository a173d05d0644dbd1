package dev.claimtrail.ledger;

import java.util.Arrays;
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

  /** The index of {@code keys}, whose hash codes are {@code keyHashes}, and their postings. */
  private Postings(Object[] keys, int[] keyHashes, int[] starts, int[] ordinals) {
    this.keys = keys;
    this.starts = starts;
    this.ordinals = ordinals;
    this.slots = new OrdinalSlots(keys.length, k -> keyHashes[k]);
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

  /**
   * (key, ordinal) pairs collected in ascending ordinal order, each counted once. Numbers the keys
   * in the order they first come, through an open-addressing table of key numbers that grows by
   * doubling, the hash code of each key computed once.
   */
  private static final class Pairs<K> {
    private Object[] keys = new Object[16];
    private int[] keyHashes = new int[16];
    /** The ordinal each key was last added with, to count a pair once. */
    private int[] lastOrdinals = new int[16];
    private int keyCount;
    /** Key numbers plus one, by a slot found from the key's hash code; 0 for an empty slot. */
    private int[] table = new int[32];
    private final IntList pairKeys;
    private final IntList pairOrdinals;

    /** Pairs expected to be about as many as {@code expected}, for the lists' first capacity. */
    Pairs(int expected) {
      pairKeys = new IntList(expected);
      pairOrdinals = new IntList(expected);
    }

    /** Adds that the record at {@code ordinal}, no lower than any added before, carries {@code key}. */
    void add(K key, int ordinal) {
      int k = number(key);
      if (lastOrdinals[k] != ordinal) {
        lastOrdinals[k] = ordinal;
        pairKeys.add(k);
        pairOrdinals.add(ordinal);
      }
    }

    /** The number of {@code key}, numbering it next if it is new. */
    private int number(Object key) {
      int hash = key.hashCode();
      int mask = table.length - 1;
      int slot = Hashes.slot(hash, table.length);
      for (int entry = table[slot]; entry != 0; entry = table[slot]) {
        Object known = keys[entry - 1];
        if (known == key || keyHashes[entry - 1] == hash && known.equals(key)) {
          return entry - 1;
        }
        slot = (slot + 1) & mask;
      }
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keyHashes = Arrays.copyOf(keyHashes, keyCount * 2);
        lastOrdinals = Arrays.copyOf(lastOrdinals, keyCount * 2);
      }
      keys[keyCount] = key;
      keyHashes[keyCount] = hash;
      lastOrdinals[keyCount] = -1;
      table[slot] = ++keyCount;
      if (keyCount * 2 > table.length) {
        rehash(table.length * 2);
      }
      return keyCount - 1;
    }

    /** Moves the key numbers to a table of {@code slotCount} slots, a power of two. */
    private void rehash(int slotCount) {
      table = new int[slotCount];
      int mask = slotCount - 1;
      for (int k = 0; k < keyCount; k++) {
        int slot = Hashes.slot(keyHashes[k], slotCount);
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = k + 1;
      }
    }

    Postings<K> build() {
      int[] starts = new int[keyCount + 1];
      for (int i = 0; i < pairKeys.size(); i++) {
        starts[pairKeys.get(i) + 1]++;
      }
      for (int k = 0; k < keyCount; k++) {
        starts[k + 1] += starts[k];
      }
      int[] fill = Arrays.copyOf(starts, keyCount);
      int[] sorted = new int[pairKeys.size()];
      for (int i = 0; i < pairKeys.size(); i++) {
        sorted[fill[pairKeys.get(i)]++] = pairOrdinals.get(i);
      }
      return new Postings<>(Arrays.copyOf(keys, keyCount), Arrays.copyOf(keyHashes, keyCount), starts, sorted);
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

  /**
   * For each ordinal below {@code size}, the index of the key its record carries, or -1 if it
   * carries none: read off the postings without hashing a key, for an index whose records carry
   * at most one key each, as {@link #ofSingle} builds.
   */
  int[] keyIndexByOrdinal(int size) {
    int[] keyIndexes = new int[size];
    Arrays.fill(keyIndexes, -1);
    for (int k = 0; k < keys.length; k++) {
      for (int i = starts[k]; i < starts[k + 1]; i++) {
        keyIndexes[ordinals[i]] = k;
      }
    }
    return keyIndexes;
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

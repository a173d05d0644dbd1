package dev.claimtrail.ledger;

import java.util.Arrays;

/**
 * An inverted index from 32-bit hashes (of normalized quotes and of their word pairs) to ascending
 * ordinals: sorted distinct keys, their start offsets and one int per (hash, record) pair. Hashes
 * may collide; callers check the records they get.
 */
final class HashPostings {
  private final int[] keys;
  private final int[] starts;
  private final int[] ordinals;

  /** Builds the index from pairs packed as {@code hash << 32 | ordinal}; sorts the given array. */
  private HashPostings(long[] pairs, int count) {
    Arrays.sort(pairs, 0, count);
    IntList keyList = new IntList();
    IntList startList = new IntList();
    IntList ordinalList = new IntList();
    long previous = 0;
    for (int i = 0; i < count; i++) {
      long pair = pairs[i];
      if (i > 0 && pair == previous) {
        continue;
      }
      int key = (int) (pair >> 32);
      if (keyList.size() == 0 || keyList.get(keyList.size() - 1) != key) {
        keyList.add(key);
        startList.add(ordinalList.size());
      }
      ordinalList.add((int) pair);
      previous = pair;
    }
    startList.add(ordinalList.size());
    this.keys = keyList.toArray();
    this.starts = startList.toArray();
    this.ordinals = ordinalList.toArray();
  }

  /** Collects (hash, ordinal) pairs in any order, each pair counted once. */
  static final class Builder {
    private long[] pairs = new long[16];
    private int count;

    /** Records that the record at {@code ordinal} carries each of {@code hashes}. */
    void add(int ordinal, int[] hashes) {
      for (int hash : hashes) {
        add(ordinal, hash);
      }
    }

    /** Records that the record at {@code ordinal}, which must not be negative, carries {@code hash}. */
    void add(int ordinal, int hash) {
      if (ordinal < 0) {
        throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
      }
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = (long) hash << 32 | ordinal;
    }

    HashPostings build() {
      return new HashPostings(pairs, count);
    }
  }

  /** The index of {@code hash} among the keys, or a negative number when no record carries it. */
  int keyIndex(int hash) {
    return Arrays.binarySearch(keys, hash);
  }

  /** How many records carry the key at {@code key}, an index {@link #keyIndex} returned; 0 when negative. */
  int size(int key) {
    return key < 0 ? 0 : starts[key + 1] - starts[key];
  }

  /**
   * Adds {@code weight} to the count of every record carrying the key at {@code key}, without
   * copying its postings; nothing when {@code key} is negative.
   */
  void addTo(OrdinalCounts counts, int key, int weight) {
    if (key >= 0) {
      for (int i = starts[key]; i < starts[key + 1]; i++) {
        counts.add(ordinals[i], weight);
      }
    }
  }

  /** Whether the record at {@code ordinal} carries the key at {@code key}, by binary search in its postings. */
  boolean carries(int key, int ordinal) {
    return key >= 0 && Arrays.binarySearch(ordinals, starts[key], starts[key + 1], ordinal) >= 0;
  }
}

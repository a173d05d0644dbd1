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

  /** How many records carry {@code hash}. */
  int count(int hash) {
    int k = Arrays.binarySearch(keys, hash);
    return k < 0 ? 0 : starts[k + 1] - starts[k];
  }

  /**
   * Adds {@code weight} to the count of every record carrying {@code hash}, without copying its
   * postings.
   */
  void addTo(OrdinalCounts counts, int hash, int weight) {
    int k = Arrays.binarySearch(keys, hash);
    if (k >= 0) {
      for (int i = starts[k]; i < starts[k + 1]; i++) {
        counts.add(ordinals[i], weight);
      }
    }
  }
}

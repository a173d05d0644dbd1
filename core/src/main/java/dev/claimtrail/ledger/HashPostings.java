package dev.claimtrail.ledger;

import java.util.Arrays;

/**
 * An inverted index from 32-bit hashes (of normalized quotes and of their word pairs) to ascending
 * ordinals: sorted distinct keys, their start offsets and one int per (hash, record) pair. Hashes
 * may collide; callers check the records they get.
 */
final class HashPostings {
  /** Bits of the hash sorted per pass of {@link #sort}: three passes cover the 32. */
  private static final int RADIX_BITS = 11;
  /** Below this many pairs, sorting by comparison is as fast as the passes' fixed cost. */
  private static final int RADIX_MIN = 4096;

  private final int[] keys;
  private final int[] starts;
  private final int[] ordinals;

  /**
   * Builds the index from pairs packed as {@code hash << 32 | ordinal}, sorted (in place, or into
   * a new array that this returns) with {@link #sort}.
   */
  private HashPostings(long[] pairs, int count, boolean ordinalsAscending) {
    long[] sorted = sort(pairs, count, ordinalsAscending);
    int[] keys = new int[count];
    int[] starts = new int[count + 1];
    int[] ordinals = new int[count];
    int keyCount = 0;
    int ordinalCount = 0;
    for (int i = 0; i < count; i++) {
      long pair = sorted[i];
      if (i > 0 && pair == sorted[i - 1]) {
        continue;
      }
      int key = (int) (pair >> 32);
      if (keyCount == 0 || keys[keyCount - 1] != key) {
        keys[keyCount] = key;
        starts[keyCount++] = ordinalCount;
      }
      ordinals[ordinalCount++] = (int) pair;
    }
    starts[keyCount] = ordinalCount;
    this.keys = Arrays.copyOf(keys, keyCount);
    this.starts = Arrays.copyOf(starts, keyCount + 1);
    this.ordinals = Arrays.copyOf(ordinals, ordinalCount);
  }

  /**
   * The first {@code count} packed pairs sorted as signed longs: by hash, then ordinal. When the
   * ordinals were added in ascending order, as a segment adds its records, a stable least
   * significant digit radix sort on the hash alone gives that order in three passes over the
   * pairs; otherwise, or when there are few pairs, this sorts in place by comparison.
   */
  private static long[] sort(long[] pairs, int count, boolean ordinalsAscending) {
    if (!ordinalsAscending || count < RADIX_MIN) {
      Arrays.sort(pairs, 0, count);
      return pairs;
    }
    long[] from = pairs;
    long[] to = new long[count];
    int[] bucketStarts = new int[1 << RADIX_BITS];
    for (int shift = 32; shift < 64; shift += RADIX_BITS) {
      Arrays.fill(bucketStarts, 0);
      for (int i = 0; i < count; i++) {
        bucketStarts[digit(from[i], shift)]++;
      }
      int start = 0;
      for (int b = 0; b < bucketStarts.length; b++) {
        int size = bucketStarts[b];
        bucketStarts[b] = start;
        start += size;
      }
      for (int i = 0; i < count; i++) {
        to[bucketStarts[digit(from[i], shift)]++] = from[i];
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  /**
   * The digit of a packed pair sorted at bit {@code shift}, the hash's sign bit flipped so that
   * digits order the hashes as signed ints.
   */
  private static int digit(long pair, int shift) {
    return (int) ((pair ^ Long.MIN_VALUE) >>> shift) & ((1 << RADIX_BITS) - 1);
  }

  /** Collects (hash, ordinal) pairs in any order, each pair counted once. */
  static final class Builder {
    private long[] pairs = new long[16];
    private int count;
    private int lastOrdinal;
    private boolean ordinalsAscending = true;

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
      ordinalsAscending &= ordinal >= lastOrdinal;
      lastOrdinal = ordinal;
    }

    HashPostings build() {
      return new HashPostings(pairs, count, ordinalsAscending);
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

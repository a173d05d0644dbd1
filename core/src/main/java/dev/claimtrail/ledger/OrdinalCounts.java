package dev.claimtrail.ledger;

/**
 * Counts per record ordinal, for tallying how many hashes of a query each record shares: an
 * open-addressing table of primitive ints sized for the number of additions announced up front, so
 * the work and memory follow the postings read, not the size of the segment. Not thread-safe; one
 * per lookup.
 */
final class OrdinalCounts {
  private final int[] ordinals;
  private final int[] counts;
  private final int mask;
  private int size;

  /** A table for at most {@code additions} distinct ordinals. */
  OrdinalCounts(int additions) {
    int slots = Hashes.tableSize(additions);
    this.ordinals = new int[slots];
    this.counts = new int[slots];
    this.mask = slots - 1;
  }

  /** Adds {@code weight} to the count of {@code ordinal} (zero or more). */
  void add(int ordinal, int weight) {
    int key = ordinal + 1;
    int slot = Hashes.slot(key, ordinals.length);
    while (ordinals[slot] != 0 && ordinals[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (ordinals[slot] == 0) {
      ordinals[slot] = key;
      size++;
    }
    counts[slot] += weight;
  }

  /** How many distinct ordinals have a count. */
  int size() {
    return size;
  }

  /** The number of slots, for iterating with {@link #ordinalAt} and {@link #countAt}. */
  int slots() {
    return ordinals.length;
  }

  /** The ordinal in {@code slot}, or -1 if the slot is empty. */
  int ordinalAt(int slot) {
    return ordinals[slot] - 1;
  }

  /** The count in {@code slot}. */
  int countAt(int slot) {
    return counts[slot];
  }
}

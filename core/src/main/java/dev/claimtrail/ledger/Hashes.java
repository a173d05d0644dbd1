package dev.claimtrail.ledger;

/**
 * Sizing and probing of the open-addressing tables built for one task: a lookup's {@link
 * OrdinalCounts}, the key numbering of a {@link Postings} being built.
 */
final class Hashes {
  private Hashes() {}

  /** A power-of-two table size at least twice {@code count}, so probes stay short. */
  static int tableSize(int count) {
    return Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
  }

  /** The first slot of {@code hash} in a table of {@code size} slots (a power of two). */
  static int slot(int hash, int size) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (size - 1);
  }
}

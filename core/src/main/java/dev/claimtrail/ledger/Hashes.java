package dev.claimtrail.ledger;

import dev.claimtrail.internal.HashMixing;

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
    return HashMixing.fibonacci(hash) & (size - 1);
  }
}

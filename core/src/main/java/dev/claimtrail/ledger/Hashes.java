package dev.claimtrail.ledger;

/** Sizing and probing of the open-addressing tables a lookup builds for itself ({@link OrdinalCounts}). */
final class Hashes {
  private Hashes() {}

  /** A power-of-two table size at least twice {@code count}, so probes stay short. */
  static int tableSize(int count) {
    return Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
  }

  /** The first slot of {@code hash} in a table of {@code size} slots (a power of two). */
  static int slot(int hash, int size) {
    return mix(hash) & (size - 1);
  }

  /**
   * Spreads the bits of {@code hash} over all bits of the result, high ones included; distinct
   * hashes give distinct mixes.
   */
  static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}

package dev.claimtrail.internal;

/**
 * Mixing functions for hash codes, shared by the hash tables and fingerprints of the other
 * packages. Hash codes of similar strings, such as the ids {@code at17} and {@code at18}, lie close
 * together; these spread them so that open addressing does not make long runs of them.
 */
public final class HashMixing {
  private HashMixing() {}

  /**
   * {@return the finalizer of MurmurHash3: every bit of the result depends on every bit of {@code hash}}
   *
   * @param hash a hash code
   */
  public static int murmur3(int hash) {
    int h = hash ^ (hash >>> 16);
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /**
   * {@return a cheaper spread for tables indexed by the low bits: multiplication by the golden ratio's
   * 32-bit fraction, with the high half folded into the low one}
   *
   * @param hash a hash code
   */
  public static int fibonacci(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}

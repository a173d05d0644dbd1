package dev.claimtrail.ledger;

import java.util.function.IntUnaryOperator;

/**
 * An open-addressing table from the hashes of keys to the ordinals of the records that hold them,
 * for tables kept as long as a segment: about 1.25 slots per key (load at most four fifths), one
 * int each. A slot holds the ordinal plus one in its low bits and, in the bits the ordinals leave free,
 * a tag taken from the key's hash, so a probe compares a record's key only when the tag matches.
 * Callers walk the candidates of a hash with {@link #first} and {@link #next} and compare keys
 * themselves.
 */
final class OrdinalSlots {
  private final int[] slots;
  private final int ordinalBits;
  private final int ordinalMask;

  /** The table of ordinals {@code 0..count-1}, the key of ordinal {@code i} hashing to {@code hashOf(i)}. */
  OrdinalSlots(int count, IntUnaryOperator hashOf) {
    this.slots = new int[Math.toIntExact(count + count / 4 + 1L)];
    this.ordinalBits = 32 - Integer.numberOfLeadingZeros(count);
    this.ordinalMask = (int) ((1L << ordinalBits) - 1);
    for (int i = 0; i < count; i++) {
      int mixed = mix(hashOf.applyAsInt(i));
      int slot = home(mixed);
      while (slots[slot] != 0) {
        slot = step(slot);
      }
      slots[slot] = tag(mixed) | (i + 1);
    }
  }

  /** The first slot holding a candidate for a key of hash {@code hash}, or -1 if there is none. */
  int first(int hash) {
    int mixed = mix(hash);
    return candidate(home(mixed), tag(mixed));
  }

  /** The next slot after {@code slot} holding a candidate for a key of hash {@code hash}, or -1. */
  int next(int slot, int hash) {
    return candidate(step(slot), tag(mix(hash)));
  }

  /** The ordinal held in {@code slot}, a slot {@link #first} or {@link #next} returned. */
  int ordinalAt(int slot) {
    return (slots[slot] & ordinalMask) - 1;
  }

  private int candidate(int slot, int tag) {
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if ((entry & ~ordinalMask) == tag) {
        return slot;
      }
      slot = step(slot);
    }
    return -1;
  }

  /** The slot where a probe for {@code mixed} starts, from its high bits. */
  private int home(int mixed) {
    return (int) (((mixed & 0xFFFFFFFFL) * slots.length) >>> 32);
  }

  /** The tag of {@code mixed}: its low bits, moved above the ordinal. */
  private int tag(int mixed) {
    return mixed << ordinalBits & ~ordinalMask;
  }

  private int step(int slot) {
    return slot + 1 == slots.length ? 0 : slot + 1;
  }

  /** A hash whose every bit depends on every bit of {@code hash} (the finalizer of MurmurHash3). */
  private static int mix(int hash) {
    int h = hash ^ (hash >>> 16);
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}

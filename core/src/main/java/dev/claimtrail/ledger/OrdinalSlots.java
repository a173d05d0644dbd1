package dev.claimtrail.ledger;

import dev.claimtrail.internal.HashMixing;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing table from the hashes of keys to the ordinals of the records that hold them,
 * for tables kept as long as a segment, one int per slot. A slot holds the ordinal plus one in its
 * low bits and, in the bits the ordinals leave free, a tag taken from the key's hash, so a probe
 * compares a record's key only when the tag matches. Callers walk the candidates of a hash with
 * {@link #first} and {@link #next} and compare keys themselves.
 *
 * <p>A walk ends at an empty slot, and with linear probing the walks past a full stretch of slots
 * grow quickly with the load; the table holds distinct keys only (keys that repeat are grouped
 * outside it, see {@link #ofFirstOccurrences}), whose lookups mostly stop at the key they find, so
 * it is loaded up to four fifths.
 */
final class OrdinalSlots {
  private final int[] slots;
  private final int ordinalBits;
  private final int ordinalMask;

  /**
   * The table of ordinals {@code 0..count-1}, the key of ordinal {@code i} hashing to {@code
   * hashOf(i)}, with {@code spare} empty slots and one more. An ordinal whose key {@code repeats}
   * says equals an earlier one's is handed to it instead of taking a slot, so that a key repeated
   * many times costs one probe walk each, not a walk past all its copies.
   */
  private OrdinalSlots(int count, int spare, IntUnaryOperator hashOf, @Nullable Repeats repeats) {
    this.slots = new int[Math.toIntExact(count + spare + 1L)];
    this.ordinalBits = 32 - Integer.numberOfLeadingZeros(count);
    this.ordinalMask = (int) ((1L << ordinalBits) - 1);
    for (int i = 0; i < count; i++) {
      insert(i, HashMixing.murmur3(hashOf.applyAsInt(i)), repeats);
    }
  }

  private OrdinalSlots(int[] slots, int ordinalBits) {
    if (ordinalBits < 0 || ordinalBits > 31) {
      throw new IllegalArgumentException("ordinal bits out of range: " + ordinalBits);
    }
    this.slots = slots;
    this.ordinalBits = ordinalBits;
    this.ordinalMask = (int) ((1L << ordinalBits) - 1);
  }

  /** Writes this table for {@link #read}. */
  void writeTo(ImageOutput out) {
    out.writeInts(slots);
    out.writeInt(ordinalBits);
  }

  /** The table {@link #writeTo} wrote. */
  static OrdinalSlots read(ImageInput in) {
    int[] slots = in.readInts();
    if (slots.length == 0) {
      throw new IllegalArgumentException("a slot table has no slots");
    }
    return new OrdinalSlots(slots, in.readInt());
  }

  private void insert(int ordinal, int mixed, @Nullable Repeats repeats) {
    int tag = tag(mixed);
    int slot = home(mixed);
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if (repeats != null && (entry & ~ordinalMask) == tag) {
        int earlier = (entry & ordinalMask) - 1;
        if (repeats.sameKey(earlier, ordinal)) {
          repeats.repeated(earlier, ordinal);
          return;
        }
      }
      slot = step(slot);
    }
    slots[slot] = tag | (ordinal + 1);
  }

  /** How keys that may repeat are told apart, and where a repeat goes instead of the table. */
  interface Repeats {
    /** Whether the keys of ordinals {@code earlier} and {@code later} are equal. */
    boolean sameKey(int earlier, int later);

    /** Takes {@code later}, whose key equals that of {@code earlier}, which holds a slot. */
    void repeated(int earlier, int later);
  }

  /**
   * A table of {@code count} distinct keys, the key of ordinal {@code i} hashing to {@code
   * hashOf(i)}: 1.25 slots per key.
   */
  static OrdinalSlots ofDistinct(int count, IntUnaryOperator hashOf) {
    return new OrdinalSlots(count, count / 4, hashOf, null);
  }

  /**
   * A table of the first ordinal of each key among {@code count} keys that may repeat, the key of
   * ordinal {@code i} hashing to {@code hashOf(i)}: every later ordinal with an equal key goes to
   * {@code repeats} instead, so the table holds distinct keys, 1.25 slots per key at most, and
   * builds in time linear in {@code count} however often keys repeat.
   */
  static OrdinalSlots ofFirstOccurrences(int count, IntUnaryOperator hashOf, Repeats repeats) {
    return new OrdinalSlots(count, count / 4, hashOf, repeats);
  }

  /** The first slot holding a candidate for a key of hash {@code hash}, or -1 if there is none. */
  int first(int hash) {
    int mixed = HashMixing.murmur3(hash);
    return candidate(home(mixed), tag(mixed));
  }

  /** The next slot after {@code slot} holding a candidate for a key of hash {@code hash}, or -1. */
  int next(int slot, int hash) {
    return candidate(step(slot), tag(HashMixing.murmur3(hash)));
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
}

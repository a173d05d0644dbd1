package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrdinalSlotsTest {

  /** A key whose hash takes only {@code hashes} values, so that many keys collide. */
  private static final class Key {
    final int value;
    final int hashes;

    Key(int value, int hashes) {
      this.value = value;
      this.hashes = hashes;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key) other).value == value;
    }

    @Override
    public int hashCode() {
      return Math.floorMod(value, hashes);
    }
  }

  private static List<Key> distinctKeys(Random random, int count, int hashes) {
    Set<Integer> values = new LinkedHashSet<>();
    while (values.size() < count) {
      values.add(random.nextInt());
    }
    List<Key> keys = new ArrayList<>();
    for (int value : values) {
      keys.add(new Key(value, hashes));
    }
    return keys;
  }

  @Property(tries = 200)
  void tablesFindEveryKeyAndNoOther(
      @ForAll long seed, @ForAll @IntRange(max = 3000) int count, @ForAll @IntRange(min = 1) int hashes) {
    Random random = new Random(seed);
    List<Key> keys = distinctKeys(random, count + 50, hashes);
    List<Key> present = keys.subList(0, count);
    RecordTable<Key, Key> table = new RecordTable<>(present, k -> k);
    Postings<Key> postings = Postings.of(count, i -> List.of(present.get(i)));
    for (int i = 0; i < count; i++) {
      assertEquals(i, table.find(present.get(i)));
      assertEquals(i, postings.keyIndex(present.get(i)));
    }
    for (Key absent : keys.subList(count, keys.size())) {
      assertEquals(-1, table.find(absent));
      assertEquals(-1, postings.keyIndex(absent));
    }
  }

  /**
   * A table of first occurrences holds one ordinal per distinct key, the first with that key, and
   * hands every later one to its repeats, paired with that first one.
   */
  @Property(tries = 200)
  void firstOccurrencesHoldEachKeyOnceAndHandOverTheRepeats(
      @ForAll long seed, @ForAll @IntRange(max = 2000) int count, @ForAll @IntRange(min = 1, max = 50) int values,
      @ForAll @IntRange(min = 1) int hashes) {
    Random random = new Random(seed);
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(new Key(random.nextInt(values), hashes));
    }
    java.util.Map<Integer, Integer> firstOf = new java.util.HashMap<>();
    List<int[]> handed = new ArrayList<>();
    OrdinalSlots slots = OrdinalSlots.ofFirstOccurrences(count, i -> keys.get(i).hashCode(), new OrdinalSlots.Repeats() {
      @Override
      public boolean sameKey(int earlier, int later) {
        return keys.get(earlier).equals(keys.get(later));
      }

      @Override
      public void repeated(int earlier, int later) {
        handed.add(new int[] {earlier, later});
      }
    });
    List<int[]> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Integer first = firstOf.putIfAbsent(keys.get(i).value, i);
      if (first != null) {
        expected.add(new int[] {first, i});
      }
    }
    assertEquals(expected.stream().map(java.util.Arrays::toString).collect(java.util.stream.Collectors.toList()),
        handed.stream().map(java.util.Arrays::toString).collect(java.util.stream.Collectors.toList()));
    for (int first : firstOf.values()) {
      List<Integer> found = new ArrayList<>();
      int hash = keys.get(first).hashCode();
      for (int slot = slots.first(hash); slot >= 0; slot = slots.next(slot, hash)) {
        if (keys.get(slots.ordinalAt(slot)).equals(keys.get(first))) {
          found.add(slots.ordinalAt(slot));
        }
      }
      assertEquals(List.of(first), found);
    }
  }
}

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
}

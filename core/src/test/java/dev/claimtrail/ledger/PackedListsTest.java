package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class PackedListsTest {

  /**
   * Lists of distinct ordinals, many empty, some longer than a block, with ordinals near the
   * boundaries of the encoded widths.
   */
  @Provide
  Arbitrary<List<Set<Integer>>> lists() {
    Arbitrary<Integer> ordinals = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, 200)),
        Tuple.of(2, Arbitraries.integers().between(0, Integer.MAX_VALUE)),
        Tuple.of(1, Arbitraries.of(127, 128, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE)));
    Arbitrary<Set<Integer>> list = Arbitraries.frequencyOf(
        Tuple.of(3, ordinals.set().ofMaxSize(4)),
        Tuple.of(1, ordinals.set().ofMaxSize(3 * PackedLists.BLOCK + 5)));
    return list.list().ofMaxSize(43);
  }

  @Property(tries = 300)
  void everyListReadsBackAsWritten(
      @ForAll("lists") List<Set<Integer>> lists, @ForAll @IntRange(min = 1, max = 9) int group) {
    List<int[]> sorted = lists.stream()
        .map(set -> new TreeSet<>(set).stream().mapToInt(Integer::intValue).toArray())
        .collect(Collectors.toList());
    PackedLists.Writer writer = new PackedLists.Writer(4, group);
    for (int[] ordinals : sorted) {
      int[] padded = new int[ordinals.length + 2];
      System.arraycopy(ordinals, 0, padded, 1, ordinals.length);
      writer.add(padded, 1, ordinals.length);
    }
    PackedLists packed = writer.build();

    assertEquals(sorted.size(), packed.count());
    int position = 0;
    for (int list = 0; list < sorted.size(); list++) {
      int[] expected = sorted.get(list);
      assertEquals(position, packed.find(list), "position of list " + list);
      assertEquals(expected.length, packed.size(position), "size of list " + list);
      assertArrayEquals(expected, packed.toArray(position), "list " + list);
      for (int ordinal : expected) {
        assertTrue(packed.carries(position, ordinal), ordinal + " in list " + list);
        if (ordinal < Integer.MAX_VALUE && Arrays.binarySearch(expected, ordinal + 1) < 0) {
          assertFalse(packed.carries(position, ordinal + 1), ordinal + 1 + " in list " + list);
        }
      }
      assertEquals(expected.length > 0 && expected[0] == 0, packed.carries(position, 0), "0 in list " + list);
      position = packed.next(position);
    }
  }
}

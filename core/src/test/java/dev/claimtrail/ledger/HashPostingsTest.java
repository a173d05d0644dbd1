package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class HashPostingsTest {

  /** Records as (ordinal, hashes) pairs; ordinals may repeat, and hashes within a record too. */
  @Provide
  Arbitrary<List<Tuple2<Integer, List<Integer>>>> records() {
    Arbitrary<Integer> ordinals = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 10_000_000)),
        Tuple.of(2, Arbitraries.integers().between(0, 300)),
        Tuple.of(1, Arbitraries.of(127, 128, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE)));
    Arbitrary<Integer> hashes = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers()),
        Tuple.of(2, Arbitraries.integers().between(-20, 20)),
        Tuple.of(1, Arbitraries.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    Arbitrary<Tuple2<Integer, List<Integer>>> record = Combinators.combine(
        ordinals, hashes.list().ofMaxSize(60)).as(Tuple::of);
    return record.list().ofMaxSize(400);
  }

  @Property(tries = 300)
  void lookupsAgreeWithAMapOfSortedSets(
      @ForAll("records") List<Tuple2<Integer, List<Integer>>> records, @ForAll List<Integer> absent) {
    assertIndexAgreesWithAMapOfSortedSets(records, absent);
  }

  /** Records added in ascending ordinal order, as a segment adds them, and enough to take the radix sort. */
  @Property(tries = 100)
  void lookupsAgreeWhenOrdinalsAscend(
      @ForAll("records") List<Tuple2<Integer, List<Integer>>> records, @ForAll List<Integer> absent) {
    List<Tuple2<Integer, List<Integer>>> ascending = new ArrayList<>(records);
    ascending.sort(Comparator.comparing(Tuple2::get1));
    for (int copy = 0; copy < 8; copy++) {
      ascending.addAll(ascending.subList(0, Math.min(ascending.size(), 200)));
    }
    ascending.sort(Comparator.comparing(Tuple2::get1));
    assertIndexAgreesWithAMapOfSortedSets(ascending, absent);
  }

  private static void assertIndexAgreesWithAMapOfSortedSets(
      List<Tuple2<Integer, List<Integer>>> records, List<Integer> absent) {
    HashPostings.Builder builder = new HashPostings.Builder();
    Map<Integer, SortedSet<Integer>> model = new HashMap<>();
    for (Tuple2<Integer, List<Integer>> record : records) {
      int ordinal = record.get1();
      builder.add(ordinal, record.get2().stream().mapToInt(Integer::intValue).toArray());
      for (int hash : record.get2()) {
        model.computeIfAbsent(hash, h -> new TreeSet<>()).add(ordinal);
      }
    }
    HashPostings index = builder.build();
    for (Map.Entry<Integer, SortedSet<Integer>> entry : model.entrySet()) {
      assertLookups(index, entry.getKey(), entry.getValue());
    }
    for (int hash : absent) {
      assertLookups(index, hash, model.getOrDefault(hash, new TreeSet<>()));
    }
  }

  private static void assertLookups(HashPostings index, int hash, SortedSet<Integer> expected) {
    int list = index.find(hash);
    assertEquals(expected.isEmpty(), list < 0, () -> "list of " + hash);
    assertEquals(expected.size(), index.size(list), () -> "size of " + hash);
    for (int ordinal : expected) {
      assertTrue(index.carries(list, ordinal), () -> ordinal + " carries " + hash);
      for (int neighbour : new int[] {ordinal - 1, ordinal + 1}) {
        if (!expected.contains(neighbour)) {
          assertFalse(index.carries(list, neighbour), () -> neighbour + " does not carry " + hash);
        }
      }
    }
    OrdinalCounts counts = new OrdinalCounts(expected.size());
    index.addTo(counts, list, 3);
    Map<Integer, Integer> added = new TreeMap<>();
    for (int slot = 0; slot < counts.slots(); slot++) {
      if (counts.ordinalAt(slot) >= 0) {
        added.put(counts.ordinalAt(slot), counts.countAt(slot));
      }
    }
    Map<Integer, Integer> wanted = new TreeMap<>();
    expected.forEach(ordinal -> wanted.put(ordinal, 3));
    assertEquals(wanted, added, () -> "counts added for " + hash);
  }

  /**
   * Lists of every length around the block size, each next to others in its group of starts, with
   * gaps of every encoded width, so that block tables, block boundaries and skipped lists are all
   * read.
   */
  @Example
  void listsAroundBlockBoundariesAgreeWithTheirOrdinals() {
    int[] gaps = {1, 2, 127, 128, 129, 16_384, 3};
    HashPostings.Builder builder = new HashPostings.Builder();
    Map<Integer, SortedSet<Integer>> model = new TreeMap<>();
    int hash = 0;
    for (int length = 1; length <= 3 * PackedLists.BLOCK + 2; length++) {
      int ordinal = length;
      SortedSet<Integer> ordinals = new TreeSet<>();
      for (int i = 0; i < length; i++) {
        ordinals.add(ordinal);
        builder.add(ordinal, hash);
        ordinal += gaps[(i + length) % gaps.length];
      }
      model.put(hash, ordinals);
      hash += 2;
    }
    HashPostings index = builder.build();
    model.forEach((h, ordinals) -> assertLookups(index, h, ordinals));
    for (int absent = -1; absent < hash; absent += 2) {
      assertLookups(index, absent, new TreeSet<>());
    }
  }

  /**
   * Enough keys to be kept under a directory of their high halves, among them keys sharing a high
   * half or a low half, the extremes, and hashes next to every key that are absent.
   */
  @Example
  void manyKeysAreFoundUnderTheDirectory() {
    Random random = new Random(7);
    HashPostings.Builder builder = new HashPostings.Builder();
    Map<Integer, SortedSet<Integer>> model = new HashMap<>();
    List<Integer> hashes = new ArrayList<>(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 0xFFFF, 0x10000));
    while (hashes.size() < HashPostings.DIRECTORY_MIN + 5000) {
      int hash = random.nextInt();
      hashes.add(hash);
      hashes.add(hash & 0xFFFF0000 | random.nextInt(1 << 16));
      hashes.add(random.nextInt(1 << 16) << 16 | hash & 0xFFFF);
    }
    for (int ordinal = 0; ordinal < 3 * hashes.size(); ordinal++) {
      int hash = hashes.get(ordinal < hashes.size() ? ordinal : random.nextInt(hashes.size()));
      builder.add(ordinal, hash);
      model.computeIfAbsent(hash, h -> new TreeSet<>()).add(ordinal);
    }
    HashPostings index = builder.build();
    for (Map.Entry<Integer, SortedSet<Integer>> entry : model.entrySet()) {
      assertLookups(index, entry.getKey(), entry.getValue());
      for (int neighbour : new int[] {entry.getKey() - 1, entry.getKey() + 1, entry.getKey() ^ 0x10000}) {
        if (!model.containsKey(neighbour)) {
          assertTrue(index.find(neighbour) < 0, () -> "absent " + neighbour);
        }
      }
    }
  }

  @Example
  void anEmptyIndexFindsNothing() {
    HashPostings index = new HashPostings.Builder().build();
    for (int hash : new int[] {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      int list = index.find(hash);
      assertTrue(list < 0);
      assertEquals(0, index.size(list));
      assertFalse(index.carries(list, 0));
      OrdinalCounts counts = new OrdinalCounts(1);
      index.addTo(counts, list, 1);
      assertEquals(0, counts.size());
    }
  }

  @Example
  void aNegativeOrdinalIsRejected() {
    HashPostings.Builder builder = new HashPostings.Builder();
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> builder.add(-1, 7));
    assertEquals("ordinal must not be negative: -1", error.getMessage());
  }
}

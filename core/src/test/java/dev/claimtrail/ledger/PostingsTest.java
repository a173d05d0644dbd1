package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PostingsTest {

  /** Keys per record: few or many distinct ones, some with equal hash codes ("Aa" and "BB"). */
  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "x"),
        Arbitraries.strings().withCharRange('a', 'f').ofMaxLength(4),
        Arbitraries.integers().between(0, 5000).map(i -> "k" + i));
    return keys.list().ofMaxSize(4).list().ofMaxSize(600);
  }

  @Property(tries = 300)
  void postingsAgreeWithAMapOfOrdinalLists(@ForAll("records") List<List<String>> records) {
    assertAgrees(Postings.of(records.size(), records::get), records);
  }

  @Property(tries = 300)
  void singleKeyPostingsAgreeWithAMapOfOrdinalLists(@ForAll("records") List<List<String>> records) {
    List<Optional<String>> single = new ArrayList<>();
    records.forEach(keys -> single.add(keys.stream().findFirst()));
    List<List<String>> asLists = new ArrayList<>();
    single.forEach(key -> asLists.add(key.map(List::of).orElse(List.of())));
    Postings<String> index = Postings.ofSingle(single.size(), i -> single.get(i).orElse(null));
    assertAgrees(index, asLists);
    int[] keyIndexes = index.keyIndexByOrdinal(single.size());
    for (int ordinal = 0; ordinal < single.size(); ordinal++) {
      assertEquals(single.get(ordinal).map(index::keyIndex).orElse(-1), keyIndexes[ordinal]);
    }
  }

  /**
   * Keys numbered by a record table: the ids of its records by their ordinals, whether carried or
   * not, and the other keys after them in the order they first come.
   */
  @Property(tries = 300)
  void keysNumberedByARecordTableAgreeWithAMapOfOrdinalLists(
      @ForAll("records") List<List<String>> records, @ForAll("records") List<List<String>> tableIds,
      @ForAll @IntRange(min = 1, max = 5) int group) {
    List<String> ids = tableIds.stream().flatMap(List::stream).distinct().collect(Collectors.toList());
    RecordTable<String, String> table = new RecordTable<>(ids, id -> id);
    List<String> single = new ArrayList<>();
    records.forEach(keys -> single.add(keys.isEmpty() ? null : keys.get(0)));
    Postings<String> index = Postings.ofSingle(single.size(), single::get, table, group);

    Map<String, List<Integer>> model = new LinkedHashMap<>();
    ids.forEach(id -> model.put(id, new ArrayList<>()));
    for (int ordinal = 0; ordinal < single.size(); ordinal++) {
      if (single.get(ordinal) != null) {
        model.computeIfAbsent(single.get(ordinal), k -> new ArrayList<>()).add(ordinal);
      }
    }
    assertNumbersAndOrdinals(index, model);
    int[] keyIndexes = index.keyIndexByOrdinal(single.size());
    for (int ordinal = 0; ordinal < single.size(); ordinal++) {
      assertEquals(single.get(ordinal) == null ? -1 : index.keyIndex(single.get(ordinal)), keyIndexes[ordinal]);
    }
  }

  /** The keys, numbered in the order they first come, and the ascending ordinals of each. */
  private static void assertAgrees(Postings<String> index, List<List<String>> records) {
    Map<String, List<Integer>> model = new LinkedHashMap<>();
    for (int ordinal = 0; ordinal < records.size(); ordinal++) {
      for (String key : records.get(ordinal)) {
        List<Integer> ordinals = model.computeIfAbsent(key, k -> new ArrayList<>());
        if (ordinals.isEmpty() || ordinals.get(ordinals.size() - 1) != ordinal) {
          ordinals.add(ordinal);
        }
      }
    }
    assertNumbersAndOrdinals(index, model);
  }

  /** The keys of {@code model} are numbered in its order, each with its ordinals, and no other key is. */
  private static void assertNumbersAndOrdinals(Postings<String> index, Map<String, List<Integer>> model) {
    assertEquals(model.size(), index.keyCount());
    int number = 0;
    for (Map.Entry<String, List<Integer>> entry : model.entrySet()) {
      assertEquals(number++, index.keyIndex(entry.getKey()), entry.getKey());
      assertArrayEquals(entry.getValue().stream().mapToInt(Integer::intValue).toArray(),
          index.get(entry.getKey()), entry.getKey());
    }
    assertEquals(-1, index.keyIndex("absent key"));
  }
}

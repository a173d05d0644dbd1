package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.testing.Generators;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The data rows of any results are the rows themselves, in JSON, JSON Lines and the table alike. */
class ResultsProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  @Property(tries = 100)
  void jsonAndJsonLinesHoldTheDataRowsWithTheIdOfEachRow(@ForAll("ledgers") Ledger ledger) throws Exception {
    Results<Quote> quotes = ledger.quotes().list();
    JsonNode array = JSON.readTree(quotes.toJson());
    List<String> lines = quotes.toJsonLines().lines().toList();
    assertEquals(quotes.size(), array.size());
    assertEquals(quotes.size(), lines.size());
    for (int i = 0; i < quotes.size(); i++) {
      Map<String, Object> data = quotes.data().get(i);
      assertEquals(JSON.valueToTree(data), array.get(i));
      assertEquals(array.get(i), JSON.readTree(lines.get(i)));
      assertEquals(quotes.get(i).attribution().id().value(), data.get("attributionId"));
      assertEquals(quotes.keys(), List.copyOf(data.keySet()));
    }
  }

  @Property(tries = 100)
  void chainsCarryTheirDepthAsANumberAndTheirLinksAsIds(@ForAll("ledgers") Ledger ledger) {
    Results<Chain> chains = ledger.quotes().chains();
    for (int i = 0; i < chains.size(); i++) {
      Map<String, Object> data = chains.data().get(i);
      assertEquals(chains.get(i).depth(), data.get("depth"));
      assertEquals(chains.get(i).primaryOnRecord(), data.get("primaryOnRecord"));
      assertEquals(chains.get(i).depth() + 1, ((List<?>) data.get("linkIds")).size());
    }
  }

  @Property(tries = 100)
  void theTableShowsAtMostTwentyRowsAndSaysHowManyMore(@ForAll @IntRange(max = 60) int size) {
    Results<Integer> numbers = Results.of(IntStream.range(0, size).boxed().collect(Collectors.toList()),
        List.of(Column.of("n", "n", 4, n -> n)));
    String shown = numbers.toString();
    assertTrue(shown.startsWith("\n"), shown);
    List<String> lines = shown.substring(1).lines().collect(Collectors.toList());
    if (size == 0) {
      assertEquals(List.of("(no rows)"), lines);
    } else if (size <= Results.SHOWN) {
      assertEquals(2 + size, lines.size(), shown);
    } else {
      assertEquals(2 + Results.SHOWN + 1, lines.size(), shown);
      assertEquals("… " + (size - Results.SHOWN) + " more", lines.get(lines.size() - 1));
    }
    assertEquals(size == 0 ? 1 : 2 + size, numbers.format().lines().count());
  }
}

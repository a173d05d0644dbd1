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
import net.jqwik.api.Arbitraries;
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

  @Property(tries = 200)
  void awkwardTextPrintsAsOneTableLineWithoutControlsAndAsOneJsonLine(@ForAll("awkward") String text) {
    Results<String> rows = Results.of(List.of(text), List.of(Column.of("text", "text", 1000, t -> t)));
    List<String> table = rows.format().lines().toList();
    assertTrue(table.size() <= 3, rows::format);
    assertTrue(rows.format().chars().noneMatch(c -> c != '\n' && Character.getType(c) == Character.CONTROL
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069), rows::format);
    String line = rows.toJsonLines();
    assertEquals(line.length() - 1, line.indexOf('\n'));
    assertTrue(line.chars().noneMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\r'), line);
    String csv = rows.toCsv();
    String cell = csv.substring("text\r\n".length(), csv.length() - 2).replaceFirst("^\"", "");
    assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, csv);
  }

  @Provide
  Arbitrary<String> awkward() {
    return Arbitraries.oneOf(Generators.texts(8),
        Arbitraries.strings().withChars("=+-@\t\r\n\u0000\u001b\u0085\u2028\u2029\u202e\u2066a \"").ofMaxLength(8));
  }
}

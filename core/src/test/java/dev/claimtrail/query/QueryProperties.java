package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.testing.Generators;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.QuoteText;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Every question the query API answers through indexes gets the answer a scan of all records gives. */
class QueryProperties {

  @Provide
  Arbitrary<Tuple2<Ledger, String>> ledgersWithQuotes() {
    return Generators.ledgers().flatMap(ledger -> Arbitraries.oneOf(
            Arbitraries.of(ledger.statements()).flatMap(s -> Generators.variantsOf(s.text())),
            Generators.quoteTexts())
        .map(quote -> Tuple.of(ledger, quote)));
  }

  @Property(tries = 300)
  void whoSaidReturnsWhatMatchingEveryAttributionReturns(@ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input) {
    Ledger ledger = input.get1();
    String quote = input.get2();
    List<QuoteMatch> scan = QuoteText.normalize(quote).isEmpty() ? List.of() : ledger.attributions().stream()
        .flatMap(a -> QuoteMatcher.match(quote, statementOf(ledger, a)).stream()
            .map(m -> new QuoteMatch(Quote.of(ledger, a), m)))
        .sorted(Comparator.comparingDouble(QuoteMatch::score).reversed())
        .collect(Collectors.toList());
    Results<QuoteMatch> indexed = ledger.whoSaid(quote);
    assertEquals(summary(scan), summary(indexed), quote);
    assertEquals(scan, indexed);
  }

  private static List<String> summary(List<QuoteMatch> matches) {
    return matches.stream().map(m -> m.quote().attribution().id() + " " + m.kind() + " " + m.score())
        .collect(Collectors.toList());
  }

  @Property(tries = 100)
  void answersAreTheSameEveryTime(@ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input) {
    Ledger ledger = input.get1();
    Ledger rebuilt = Ledger.builder().addAll(ledger).build();
    assertEquals(ledger.whoSaid(input.get2()).format(), rebuilt.whoSaid(input.get2()).format());
    assertEquals(ledger.whoSaid(input.get2()).toCsv(), ledger.whoSaid(input.get2()).toCsv());
  }

  private static String statementOf(Ledger ledger, Attribution attribution) {
    return ledger.statement(attribution.statement()).orElseThrow().text();
  }
}

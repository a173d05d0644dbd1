package dev.claimtrail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** Checks that the shared generators make what they promise. */
class GeneratorsTest {
  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  @Property(tries = 150)
  void generatedLedgersBuildWithResolvedEvidenceAndAcyclicViaChains(@ForAll("ledgers") Ledger ledger) {
    for (Attribution a : ledger.attributions()) {
      Document document = ledger.document(a.document()).orElseThrow();
      document.text().ifPresent(text -> a.evidence().forEach(span -> assertTrue(span.slices(text),
          () -> "span " + span + " does not slice the text of " + document.id())));
      Set<AttributionId> chain = new HashSet<>();
      Optional<Attribution> current = Optional.of(a);
      while (current.isPresent()) {
        assertTrue(chain.add(current.get().id()), "via chain of " + a.id() + " loops");
        current = current.get().via().flatMap(ledger::attribution);
      }
    }
    Statistics.label("attributions").collect(ledger.attributions().size() > 0);
    Statistics.label("second-hand").collect(ledger.attributions().stream().anyMatch(Attribution::isSecondHand));
  }

  @Provide
  Arbitrary<PartialDate> partialDates() {
    return Generators.partialDates();
  }

  @Property(tries = 200)
  void generatedPartialDatesReadBackFromTheirIsoForm(@ForAll("partialDates") PartialDate date) {
    assertEquals(date, PartialDate.parse(date.toString()));
    Statistics.label("precision").collect(date.precision());
  }

  @Provide
  Arbitrary<Statement> statements() {
    return Generators.statements();
  }

  @Property(tries = 200)
  void generatedStatementsAreNotBlankAndOftenCarryInsertionsOrElisions(
      @ForAll("statements") Statement statement) {
    assertTrue(!statement.text().isBlank());
    Statistics.label("segment kinds").collect(statement.segments().stream()
        .map(s -> s.kind()).distinct().sorted().collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<Tuple2<String, List<Span>>> textsWithEvidence() {
    return Generators.documentTexts().flatMap(text ->
        Generators.evidenceIn(text).map(evidence -> Tuple.of(text, evidence)));
  }

  @Property(tries = 100)
  void generatedEvidenceIsOrderedAndSlicesItsText(
      @ForAll("textsWithEvidence") Tuple2<String, List<Span>> textWithEvidence) {
    String text = textWithEvidence.get1();
    List<Span> evidence = textWithEvidence.get2();
    for (int i = 0; i < evidence.size(); i++) {
      assertTrue(evidence.get(i).slices(text));
      assertTrue(i == 0 || evidence.get(i).start() >= evidence.get(i - 1).end());
    }
    Statistics.label("spans").collect(evidence.size());
  }
}

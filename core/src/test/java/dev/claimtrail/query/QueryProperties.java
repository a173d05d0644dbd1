package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.ledger.InvalidLedgerException;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import dev.claimtrail.testing.Generators;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.QuoteText;
import dev.claimtrail.text.VariantMatch;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Every question the query API answers through indexes gets the answer a scan of all records gives. */
class QueryProperties {

  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  @Provide
  Arbitrary<Tuple2<Ledger, String>> ledgersWithQuotes() {
    return Generators.ledgers().flatMap(ledger -> Arbitraries.oneOf(
            Arbitraries.of(ledger.statements()).flatMap(s -> Generators.variantsOf(s.text())),
            Generators.quoteTexts())
        .map(quote -> Tuple.of(ledger, quote)));
  }

  @Property(tries = 200)
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

  @Property(tries = 200)
  void whoSaidExactlyReturnsTheAttributionsOfStatementsPrintedSo(
      @ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input) {
    Ledger ledger = input.get1();
    String printed = input.get2();
    for (String text : List.of(printed, " " + printed + "\n")) {
      List<Attribution> scan = ledger.attributions().stream()
          .filter(a -> statementOf(ledger, a).strip().equals(text.strip()))
          .collect(Collectors.toList());
      List<Attribution> indexed = ledger.whoSaidExactly(text).stream()
          .map(m -> m.quote().attribution()).collect(Collectors.toList());
      assertEquals(scan, indexed, text);
      assertTrue(ledger.whoSaidExactly(text).stream().allMatch(m -> m.match().kind() == VariantMatch.Kind.EXACT));
    }
  }

  @Property(tries = 100)
  void reportsAreTheCloseMatchesOfAScanInOrderOfAppearance(
      @ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input) {
    Ledger ledger = input.get1();
    String quote = input.get2();
    List<QuoteMatch> scan = QuoteText.normalize(quote).isEmpty() ? List.of() : ledger.attributions().stream()
        .flatMap(a -> QuoteMatcher.match(quote, statementOf(ledger, a)).stream()
            .filter(m -> m.kind() != VariantMatch.Kind.SIMILAR)
            .map(m -> new QuoteMatch(Quote.of(ledger, a), m)))
        .sorted(Comparator.comparing((QuoteMatch m) -> m.quote().published().orElse(null),
                Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(m -> m.quote().attribution().said().map(TimeReference::date).orElse(null),
                Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())))
        .collect(Collectors.toList());
    Reports reports = ledger.reportsOf(quote);
    assertEquals(summary(scan), summary(reports.timeline()), quote);
    assertEquals(scan.stream().findFirst(), reports.first());
  }

  private static List<String> summary(List<QuoteMatch> matches) {
    return matches.stream().map(m -> m.quote().attribution().id() + " " + m.kind() + " " + m.score())
        .collect(Collectors.toList());
  }

  @Property(tries = 100)
  void quotesStepsReturnWhatFilteringEveryAttributionReturns(
      @ForAll("ledgers") Ledger ledger, @ForAll("dates") PartialDate date) {
    List<Attribution> all = ledger.attributions();
    for (Speaker speaker : ledger.speakers()) {
      assertEquals(scan(ledger, a -> a.speaker().equals(speaker.id())), attributions(ledger.quotes().by(speaker.id())));
      assertEquals(scan(ledger, a -> a.speaker().equals(speaker.id())
              && a.said().map(t -> t.overlaps(date.firstDay(), date.lastDay())).orElse(false)),
          attributions(ledger.quotes().during(date.toString()).by(speaker.id())));
    }
    for (Document document : ledger.documents()) {
      assertEquals(scan(ledger, a -> a.document().equals(document.id())),
          attributions(ledger.quotes().in(document.id().value())));
    }
    for (Outlet source : ledger.outlets()) {
      assertEquals(scan(ledger, a -> ledger.document(a.document()).orElseThrow().outlet().equals(Optional.of(source.id()))),
          attributions(ledger.quotes().reportedBy(source.id().value())));
    }
    for (Statement statement : ledger.statements()) {
      assertEquals(scan(ledger, a -> a.statement().equals(statement.id())),
          attributions(ledger.quotes().of(statement.id().value())));
      assertEquals(scan(ledger, a -> a.statement().equals(statement.id()) && a.isSecondHand()),
          attributions(ledger.quotes().secondHand().of(statement.id().value())));
    }
    for (Claim claim : ledger.claims()) {
      assertEquals(scan(ledger, a -> a.claimStances().stream().anyMatch(s -> s.claim().equals(claim.id()))),
          attributions(ledger.quotes().on(claim.id().value())));
    }
    assertEquals(Counts.of(all.stream().map(a -> Quote.of(ledger, a)).collect(Collectors.toList())).toString(),
        ledger.counts().toString());
  }

  @Property(tries = 100)
  void timelinesAreTheMatchesSortedByDateSaidThenInLedgerOrder(
      @ForAll("ledgers") Ledger ledger, @ForAll("dates") PartialDate from, @ForAll("dates") PartialDate to) {
    Comparator<TimeReference> byTime = Comparator.comparing(TimeReference::firstDay)
        .thenComparing(TimeReference::lastDay)
        .thenComparing(t -> t.date().time().orElse(null), Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()));
    Comparator<Attribution> bySaid = Comparator.comparing(
        (Attribution a) -> a.said().orElse(null), Comparator.nullsLast(byTime));
    List<Attribution> all = new ArrayList<>(ledger.attributions());
    all.sort(bySaid);
    assertEquals(all, ledger.quotes().timeline().stream().map(Quote::attribution).collect(Collectors.toList()));
    for (Speaker speaker : ledger.speakers()) {
      List<Attribution> expected = ledger.quotes().by(speaker.id()).list().stream().map(Quote::attribution)
          .filter(a -> a.said().map(t -> t.overlaps(from.firstDay(), to.lastDay())).orElse(false))
          .sorted(bySaid).collect(Collectors.toList());
      assertEquals(expected, ledger.quotes().by(speaker.id()).between(from.toString(), to.toString()).timeline()
          .stream().map(Quote::attribution).collect(Collectors.toList()));
      assertEquals(expected, ledger.quotes().by(speaker.id()).between(from.firstDay(), to.lastDay()).timeline()
          .stream().map(Quote::attribution).collect(Collectors.toList()));
      assertEquals(expected, ledger.timelineOf(speaker.id(), from.firstDay(), to.lastDay()));
    }
  }

  @Provide
  Arbitrary<PartialDate> dates() {
    return Generators.partialDates();
  }

  private static List<Attribution> scan(Ledger ledger, java.util.function.Predicate<Attribution> test) {
    return ledger.attributions().stream().filter(test).collect(Collectors.toList());
  }

  private static List<Attribution> attributions(Quotes quotes) {
    return quotes.stream().map(Quote::attribution).collect(Collectors.toList());
  }

  @Property(tries = 100)
  void standsOnAClaimAreWhatAScanOfAllAttributionsFinds(@ForAll("ledgers") Ledger ledger) {
    for (Claim claim : ledger.claims()) {
      List<Stand> scan = new ArrayList<>();
      for (Attribution a : ledger.attributions()) {
        a.claimStances().stream().filter(s -> s.claim().equals(claim.id()))
            .forEach(s -> scan.add(new Stand(claim, s.position(), Quote.of(ledger, a))));
      }
      scan.sort(Comparator.comparing(Stand::position));
      assertEquals(scan, ledger.standsOn(claim.id().value()).all());
    }
  }

  @Property(tries = 100)
  void chainsAreWhatFollowingViasAndScanningForFirstHandReportsFinds(@ForAll("ledgers") Ledger ledger) {
    for (Attribution a : ledger.attributions()) {
      List<String> path = new ArrayList<>();
      for (Optional<AttributionId> via = a.via(); via.isPresent(); via = ledger.attribution(via.get()).orElseThrow().via()) {
        path.add(0, via.get().value());
      }
      String words = statementOf(ledger, a);
      List<String> primary = ledger.attributions().stream()
          .filter(b -> b.speaker().equals(a.speaker()) && !b.isSecondHand())
          .filter(b -> b.statement().equals(a.statement()) || (!QuoteText.normalize(words).isEmpty()
              && QuoteMatcher.match(words, statementOf(ledger, b))
                  .filter(m -> m.kind() != VariantMatch.Kind.SIMILAR).isPresent()))
          .map(b -> b.id().value())
          .collect(Collectors.toList());
      Chain chain = ledger.chain(a.id().value());
      assertEquals(path, ids(chain.intermediaries()));
      assertEquals(path.size(), chain.depth());
      assertEquals(primary, ids(chain.primarySources()), words);
    }
  }

  @Property(tries = 30)
  void answersAreTheSameEveryTime(@ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input) {
    Ledger ledger = input.get1();
    Ledger rebuilt = Ledger.builder().addAll(ledger).build();
    assertEquals(answers(ledger, input.get2()), answers(rebuilt, input.get2()));
    assertEquals(answers(ledger, input.get2()), answers(ledger, input.get2()));
  }

  @Property(tries = 50)
  void addingRecordsNeverChangesTheAnswersOfAnOldSnapshot(
      @ForAll("ledgersWithQuotes") Tuple2<Ledger, String> input, @ForAll("ledgers") Ledger more) {
    Ledger old = input.get1();
    String before = answers(old, input.get2());
    Ledger grown;
    try {
      grown = old.toBuilder().addAll(more).build();
    } catch (InvalidLedgerException e) {
      Assume.that(false);
      return;
    }
    assertEquals(before, answers(old, input.get2()));
    more.attributions().forEach(a -> assertEquals(Optional.of(a), grown.attribution(a.id())));
  }

  /** Everything the query API answers about a ledger, printed in full. */
  private static String answers(Ledger ledger, String quote) {
    StringBuilder out = new StringBuilder();
    out.append(ledger.whoSaid(quote).format()).append(ledger.whoSaid(quote).toCsv());
    out.append(ledger.quotes().list().format()).append(ledger.quotes().timeline().format());
    out.append(ledger.quotes().chains().format()).append(ledger.counts());
    ledger.attributions().forEach(a -> out.append(ledger.chain(a.id().value())));
    ledger.claims().forEach(c -> out.append(ledger.standsOn(c.id().value())));
    out.append(ledger.reportsOf(quote)).append(ledger.reportsOf(quote).outlets().format());
    ledger.documents().forEach(d -> out.append(ledger.outletsCitedBy(d.id().value()).format()));
    ledger.speakers().forEach(p -> out.append(ledger.whoIs(p.name()).format()));
    return out.toString();
  }

  private static List<String> ids(List<Quote> quotes) {
    return quotes.stream().map(q -> q.attribution().id().value()).collect(Collectors.toList());
  }

  private static String statementOf(Ledger ledger, Attribution attribution) {
    return ledger.statement(attribution.statement()).orElseThrow().text();
  }
}

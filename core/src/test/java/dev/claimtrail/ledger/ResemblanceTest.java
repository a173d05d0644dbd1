package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.text.QuoteFingerprint;
import dev.claimtrail.text.QuoteForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class ResemblanceTest {
  private static final List<String> WORDS =
      List.of("the", "of", "we", "will", "peace", "war", "not", "talks", "now", "people", "said", "never");

  /** Texts over a small vocabulary where a few words are far commoner, with some insertions and elisions. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of("the")),
        Tuple.of(8, Arbitraries.of("of")),
        Tuple.of(10, Arbitraries.of(WORDS)));
    Arbitrary<String> token = Arbitraries.frequencyOf(
        Tuple.of(30, word),
        Tuple.of(1, word.map(w -> "[" + w + "]")),
        Tuple.of(1, Arbitraries.of("…")));
    return token.list().ofMinSize(1).ofMaxSize(24).map(tokens -> String.join(" ", tokens));
  }

  @Provide
  Arbitrary<List<String>> statements() {
    return texts().list().ofMaxSize(60);
  }

  @Property(tries = 300)
    void leavingTheLongestListsUnreadFindsTheSameCandidatesWithTheSameCounts(
      @ForAll("statements") List<String> statements, @ForAll("texts") String query) {
    QuoteForms forms = QuoteForms.of(query);
    if (forms.plain().isEmpty() || !Resemblance.hasWordPair(forms)) {
      return;
    }
    Segment.Records records = new Segment.Records();
    for (int i = 0; i < statements.size(); i++) {
      records.statements.add(Statement.builder().id(StatementId.of("st" + i)).text(statements.get(i)).kind(Statement.Kind.DIRECT_QUOTE).build());
    }
    Part part = new Part(new Segment(records, Runnable::run));
    List<String> everyListRead = candidates(part, forms, 0);
    for (int deferred = 1; deferred <= Resemblance.MAX_DEFERRED; deferred++) {
      assertEquals(everyListRead, candidates(part, forms, deferred), "with " + deferred + " lists unread");
    }
    int pairs = QuoteFingerprint.wordPairs(forms).length;
    boolean deferring = pairs >= 2 && QuoteFingerprint.containedPairs(forms) >= 2;
    Statistics.label("lists left unread").collect(deferring);
    Statistics.label("lists left unread").coverage(coverage -> coverage.check(true).percentage(p -> p > 20));
    Statistics.label("candidates").collect(everyListRead.isEmpty() ? "none" : "some");
    Statistics.label("candidates").coverage(coverage -> coverage.check("some").percentage(p -> p > 50));
  }

  @Example
  void aQuoteOfCommonPairsRanksTheStatementItHoldsFirstWithListsUnread() {
    Segment.Records records = new Segment.Records();
    String[] texts = {
        "the people of the town said the talks will not end the war",
        "of the people of the war",
        "the people of the war will never end",
        "we will talk of peace now and of the war later on",
    };
    for (int i = 0; i < texts.length; i++) {
      records.statements.add(Statement.builder().id(StatementId.of("st" + i)).text(texts[i]).kind(Statement.Kind.DIRECT_QUOTE).build());
    }
    Part part = new Part(new Segment(records, Runnable::run));
    QuoteForms forms = QuoteForms.of("the people of the war will never end the talks");
    List<String> found = candidates(part, forms, Resemblance.MAX_DEFERRED);
    assertEquals(candidates(part, forms, 0), found);
    assertTrue(found.get(0).endsWith("@2"), () -> "ranked " + found);
  }

  @Example
  void moreUnreadListsThanTheShortIndexCoversAreRefused() {
    QuoteForms forms = QuoteForms.of("the war of the people");
    assertThrows(IllegalArgumentException.class, () -> new Resemblance(forms, Resemblance.MAX_DEFERRED + 1));
    assertThrows(IllegalArgumentException.class, () -> new Resemblance(forms, -1));
  }

  /** The candidates as "count@ordinal", in the order the ledger ranks them. */
  private static List<String> candidates(Part part, QuoteForms forms, int maxDeferred) {
    List<long[]> found = new ArrayList<>();
    new Resemblance(forms, maxDeferred).addCandidates(part, 0, found);
    found.sort(Comparator.<long[]>comparingLong(c -> -c[0]).thenComparingLong(c -> c[1]));
    List<String> shown = new ArrayList<>();
    for (long[] candidate : found) {
      shown.add(candidate[0] + "@" + candidate[1]);
    }
    return shown;
  }
}

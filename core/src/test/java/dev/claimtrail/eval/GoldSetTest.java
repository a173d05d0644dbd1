package dev.claimtrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the gold set against the annotation guidelines of {@code gold/README.md}. */
class GoldSetTest {

  static List<GoldSet.Pair> goldPairs() {
    return GoldSet.all();
  }

  @Test
  void theGoldSetHasAtLeastSixTextsWithEveryKindOfStatement() {
    List<GoldSet.Pair> pairs = goldPairs();
    assertTrue(pairs.size() >= 6, () -> "only " + pairs.size() + " gold texts");
    Set<Statement.Kind> kinds = pairs.stream().flatMap(p -> p.ledger().statements().stream())
        .map(Statement::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Statement.Kind.class)));
    assertEquals(EnumSet.allOf(Statement.Kind.class), kinds);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void theLedgerHoldsTheTextFileAsItsOnlyDocument(GoldSet.Pair gold) {
    assertEquals(1, gold.ledger().documents().size());
    Document document = gold.document();
    assertEquals(gold.text(), document.text().orElseThrow());
    assertEquals(Document.sha256(gold.text()), document.contentHash().orElseThrow());
    assertTrue(document.published().isPresent(), "relative dates need a published date");
    int words = gold.text().split("\\s+").length;
    assertTrue(words >= 150 && words <= 400, () -> gold + " has " + words + " words");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void everyEvidenceSpanSlicesTheTextWithItsContext(GoldSet.Pair gold) {
    for (Attribution a : gold.ledger().attributions()) {
      assertFalse(a.evidence().isEmpty(), () -> gold + ": " + a.id() + " has no evidence");
      for (Span span : a.evidence()) {
        Span expected = Span.of(gold.text(), span.start(), span.end());
        assertEquals(expected, span, () -> gold + ": " + a.id() + " evidence " + span);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void statementTextIsItsEvidenceJoinedWithWhitespaceCollapsed(GoldSet.Pair gold) {
    for (Attribution a : gold.ledger().attributions()) {
      String joined = a.evidence().stream().map(Span::exact).collect(Collectors.joining(" "))
          .replaceAll("\\s+", " ").strip();
      assertEquals(joined, gold.ledger().statement(a.statement()).orElseThrow().text(), () -> gold + ": " + a.id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void quoteEvidenceExcludesTheQuoteMarks(GoldSet.Pair gold) {
    String marks = "\"“”";
    // Headlines may quote in single marks ('...'); an apostrophe may still end a quote's last word.
    String openers = marks + "'‘";
    for (Attribution a : gold.ledger().attributions()) {
      if (gold.ledger().statement(a.statement()).orElseThrow().kind() == Statement.Kind.INDIRECT) {
        continue;
      }
      for (Span span : a.evidence()) {
        char before = gold.text().charAt(span.start() - 1);
        assertTrue(openers.indexOf(before) >= 0 || openers.indexOf(gold.text().charAt(span.start() - 2)) >= 0,
            () -> gold + ": " + a.id() + " evidence does not start right after a quote mark: " + span);
        assertTrue(openers.indexOf(span.exact().charAt(0)) < 0 && marks.indexOf(span.exact().charAt(span.exact().length() - 1)) < 0,
            () -> gold + ": " + a.id() + " evidence includes a quote mark: " + span);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void everySpeakerMentionIsPrintedInTheText(GoldSet.Pair gold) {
    String text = gold.text().replaceAll("\\s+", " ");
    for (Attribution a : gold.ledger().attributions()) {
      String mention = a.speakerMention().orElseThrow(() -> new AssertionError(gold + ": " + a.id() + " has no mention"));
      assertTrue(text.contains(mention), () -> gold + ": " + a.id() + " mention '" + mention + "' is not in the text");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void aGoldLedgerScoresPerfectlyAgainstItself(GoldSet.Pair gold) {
    EvaluationReport report = Evaluation.compare(gold.ledger(), gold.ledger());
    assertTrue(report.problems().isEmpty(), report::toString);
    assertEquals(gold.ledger().attributions().size(), report.statements().matched());
  }
}

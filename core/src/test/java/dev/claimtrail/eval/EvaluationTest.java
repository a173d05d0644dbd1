package dev.claimtrail.eval;

import static dev.claimtrail.model.Statement.Kind.DIRECT_QUOTE;
import static dev.claimtrail.model.Statement.Kind.INDIRECT;
import static dev.claimtrail.model.Statement.Kind.PARTIAL_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.eval.QuoteDiff.Marker;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.TimeReference;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final TimeReference MONDAY = TimeReference.of(PartialDate.ofDay(2025, 3, 3), "on Monday");

  /** The gold annotation of {@link LedgerFixture#TEXT}. */
  private static Ledger gold() {
    return withSpeakers(LedgerFixture.gold())
        .statement("q1", "ruiz", DIRECT_QUOTE, b -> b.said(MONDAY).cue("said"),
            "The bridge will reopen in May. Nobody should doubt it.")
        .statement("i1", "ruiz", INDIRECT, b -> b.cue("added").stance(Stance.ADDS),
            "repairs were on budget")
        .statement("q2", "union", DIRECT_QUOTE, b -> b.cue("wrote"),
            "We are not convinced,", "and we will say so.")
        .statement("q3", "officials", PARTIAL_QUOTE, b -> b.cue("said"), "far too high.")
        .statement("i2", "ledger", INDIRECT, b -> b.cue("reported").stance(Stance.REPORTS),
            "Ruiz had told staff the bridge was \"safe enough.\"")
        .statement("q4", "ruiz", PARTIAL_QUOTE, b -> b.cue("told").via(AttributionId.of("i2")), "safe enough.")
        .build();
  }

  private static LedgerFixture withSpeakers(LedgerFixture fixture) {
    return fixture
        .speaker("ruiz", "Ana Ruiz", Speaker.Kind.PERSON, "Mayor Ana Ruiz")
        .speaker("union", "Drivers' Union", Speaker.Kind.ORGANIZATION, "the drivers' union")
        .speaker("officials", "officials", Speaker.Kind.ANONYMOUS)
        .speaker("ledger", "The Daily Ledger", Speaker.Kind.MEDIA_OUTLET);
  }

  @Test
  void aLedgerComparedWithItselfScoresPerfectly() {
    EvaluationReport report = Evaluation.compare(gold(), gold());
    assertEquals(Score.of(4, 0, 0), report.quotes());
    assertEquals(Score.of(2, 0, 0), report.indirect());
    assertEquals(1.0, report.statements().f1());
    assertEquals(Accuracy.of(4, 4), report.quoteSpeakers());
    assertEquals(Accuracy.of(1, 1), report.dates());
    assertEquals(Accuracy.of(1, 1), report.chains());
    assertEquals(Accuracy.of(6, 6), report.stances());
    assertTrue(report.problems().isEmpty(), report::toString);
    assertEquals(6, report.diffs().size());
  }

  @Test
  void aMissedQuoteLowersRecallAndCountsItsDateAsWrong() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p2", "union", DIRECT_QUOTE, b -> b.cue("wrote"), "We are not convinced,", "and we will say so.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Score.of(1, 0, 3), report.quotes());
    assertEquals(0.25, report.quotes().recall());
    assertEquals(1.0, report.quotes().precision());
    assertEquals(Accuracy.of(0, 1), report.dates());
    assertEquals(Accuracy.of(0, 1), report.chains());
    QuoteDiff first = report.diffs().get(0);
    assertEquals(Set.of(Marker.MISSED), first.markers());
    assertEquals("Ana Ruiz", first.gold().orElseThrow().speaker());
  }

  @Test
  void aPredictionOverlappingNoGoldStatementIsSpurious() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p1", "ruiz", DIRECT_QUOTE, "Mayor Ana Ruiz said on Monday")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Score.of(0, 1, 4), report.quotes());
    assertEquals(0.0, report.quotes().precision());
    assertEquals(0.0, report.quotes().f1());
    assertTrue(report.diffs().stream().anyMatch(d -> d.markers().equals(Set.of(Marker.SPURIOUS))));
  }

  @Test
  void evidenceWithQuoteMarksStillMatchesButLessThanHalfDoesNot() {
    Ledger withMarks = withSpeakers(LedgerFixture.predicted())
        .statement("p3", "officials", PARTIAL_QUOTE, b -> b.cue("said"), "\"far too high.\"")
        .build();
    Ledger tooShort = withSpeakers(LedgerFixture.predicted())
        .statement("p1", "ruiz", DIRECT_QUOTE, b -> b.said(MONDAY).cue("said"), "The bridge will reopen")
        .build();
    assertEquals(1, Evaluation.compare(gold(), withMarks).quotes().matched());
    assertEquals(Score.of(0, 1, 4), Evaluation.compare(gold(), tooShort).quotes());
  }

  @Test
  void aSplitQuoteMatchesAPredictionThatCoversMostOfItsParts() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p2", "union", DIRECT_QUOTE, b -> b.cue("wrote"),
            "We are not convinced,\" the drivers' union wrote, \"and we will say so.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(1, report.quotes().matched());
    assertEquals(Set.of(Marker.TEXT_DIFFERS), report.diffs().stream()
        .filter(d -> d.predicted().isPresent()).findFirst().orElseThrow().markers());
  }

  @Test
  void quotesAndIndirectStatementsAreMatchedApart() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p3", "officials", INDIRECT, "far too high.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(0, report.quotes().matched());
    assertEquals(Score.of(0, 1, 2), report.indirect());
  }

  @Test
  void directAndPartialQuotesConfusedStillMatchButCountAsWrongKind() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p3", "officials", DIRECT_QUOTE, b -> b.cue("said"), "far too high.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(1, report.quotes().matched());
    assertEquals(Accuracy.of(0, 1), report.quoteKinds());
    assertTrue(report.problems().stream().anyMatch(d -> d.markers().equals(Set.of(Marker.WRONG_KIND))));
  }

  @Test
  void speakersMatchByAliasOrByLastNameOfAPerson() {
    Ledger predicted = LedgerFixture.predicted()
        .speaker("s1", "Ruiz", Speaker.Kind.PERSON)
        .speaker("s2", "the Drivers’ Union", Speaker.Kind.GROUP)
        .speaker("s3", "Officials", Speaker.Kind.ANONYMOUS)
        .statement("p1", "s1", DIRECT_QUOTE, b -> b.said(MONDAY).cue("said"),
            "The bridge will reopen in May. Nobody should doubt it.")
        .statement("p2", "s2", DIRECT_QUOTE, b -> b.cue("wrote"), "We are not convinced,", "and we will say so.")
        .statement("p3", "s3", PARTIAL_QUOTE, b -> b.cue("said"), "far too high.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Accuracy.of(3, 3), report.quoteSpeakers());
  }

  @Test
  void theLastNameRuleHoldsOnlyForPersons() {
    Speaker gold = Speaker.of(dev.claimtrail.model.SpeakerId.of("g"), "Drivers' Union", Speaker.Kind.ORGANIZATION);
    Speaker predicted = Speaker.of(dev.claimtrail.model.SpeakerId.of("p"), "Teachers' Union", Speaker.Kind.ORGANIZATION);
    assertFalse(SpeakerNames.match(gold, predicted));
    assertTrue(SpeakerNames.match(
        Speaker.of(dev.claimtrail.model.SpeakerId.of("g"), "Dr. Jane Roe", Speaker.Kind.PERSON),
        Speaker.of(dev.claimtrail.model.SpeakerId.of("p"), "Roe", Speaker.Kind.PERSON)));
  }

  @Test
  void aWrongSpeakerIsMarkedAndShownWithBothNames() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p3", "ruiz", PARTIAL_QUOTE, b -> b.cue("said"), "far too high.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Accuracy.of(0, 1), report.quoteSpeakers());
    QuoteDiff wrong = report.problems().stream()
        .filter(d -> d.markers().contains(Marker.WRONG_SPEAKER)).findFirst().orElseThrow();
    String shown = wrong.toString();
    assertTrue(shown.startsWith("WRONG_SPEAKER  doc @"), shown);
    assertTrue(shown.contains("gold:      officials"), shown);
    assertTrue(shown.contains("predicted: Ana Ruiz"), shown);
  }

  @Test
  void aDateOfOtherPrecisionIsWrong() {
    TimeReference march = TimeReference.of(PartialDate.ofMonth(2025, 3), "in March");
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p1", "ruiz", DIRECT_QUOTE, b -> b.said(march).cue("said"),
            "The bridge will reopen in May. Nobody should doubt it.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Accuracy.of(0, 1), report.dates());
    assertEquals(Accuracy.zero(), report.explicitDates());
    assertTrue(report.problems().stream().anyMatch(d -> d.markers().equals(Set.of(Marker.WRONG_DATE))));
  }

  @Test
  void explicitDatePhrasesNameAMonthOrHoldADigit() {
    assertTrue(Evaluation.isExplicitDatePhrase("on Aug. 18"));
    assertTrue(Evaluation.isExplicitDatePhrase("in June"));
    assertTrue(Evaluation.isExplicitDatePhrase("Sept. 3"));
    assertTrue(Evaluation.isExplicitDatePhrase("in 2022"));
    assertFalse(Evaluation.isExplicitDatePhrase("last month"));
    assertFalse(Evaluation.isExplicitDatePhrase("on Thursday"));
    assertFalse(Evaluation.isExplicitDatePhrase("a decade ago"));
  }

  @Test
  void aChainIsRightWhenTheViaTargetHasTheGoldSpeaker() {
    Ledger right = withSpeakers(LedgerFixture.predicted())
        .statement("r", "ledger", INDIRECT, b -> b.cue("reported").stance(Stance.REPORTS),
            "Ruiz had told staff the bridge was \"safe enough.\"")
        .statement("q", "ruiz", PARTIAL_QUOTE, b -> b.cue("told").via(AttributionId.of("r")), "safe enough.")
        .build();
    Ledger missingVia = withSpeakers(LedgerFixture.predicted())
        .statement("q", "ruiz", PARTIAL_QUOTE, b -> b.cue("told"), "safe enough.")
        .build();
    assertEquals(Accuracy.of(1, 1), Evaluation.compare(gold(), right).chains());
    EvaluationReport wrong = Evaluation.compare(gold(), missingVia);
    assertEquals(Accuracy.of(0, 1), wrong.chains());
    assertTrue(wrong.problems().stream().anyMatch(d -> d.markers().equals(Set.of(Marker.WRONG_VIA))));
  }

  @Test
  void cuesCompareIgnoringCaseAndStancesExactly() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p2", "union", DIRECT_QUOTE, b -> b.cue("Wrote").stance(Stance.CLAIMS),
            "We are not convinced,", "and we will say so.")
        .statement("p3", "officials", PARTIAL_QUOTE, b -> b.cue("claimed"), "far too high.")
        .build();
    EvaluationReport report = Evaluation.compare(gold(), predicted);
    assertEquals(Accuracy.of(1, 2), report.cues());
    assertEquals(Accuracy.of(1, 2), report.stances());
  }

  @Test
  void documentsWithOtherIdsArePairedByTheirText() {
    Ledger predicted = LedgerFixture.of("elsewhere", LedgerFixture.TEXT)
        .speaker("o", "officials", Speaker.Kind.ANONYMOUS)
        .statement("p3", "o", PARTIAL_QUOTE, b -> b.cue("said"), "far too high.")
        .build();
    assertEquals(1, Evaluation.compare(gold(), predicted).quotes().matched());
  }

  @Test
  void reportsOfSeveralDocumentsAddUpToMicroAverages() {
    String other = "\"Trains will run late,\" said Ben Okafor.";
    Ledger secondGold = LedgerFixture.of("doc2", other)
        .speaker("b", "Ben Okafor", Speaker.Kind.PERSON)
        .statement("x", "b", DIRECT_QUOTE, "Trains will run late,").build();
    Ledger secondPredicted = LedgerFixture.of("doc2", other).build();
    EvaluationReport combined = EvaluationReport.combine(List.of(
        Evaluation.compare(gold(), gold()), Evaluation.compare(secondGold, secondPredicted)));
    assertEquals(2, combined.documents());
    assertEquals(Score.of(4, 0, 1), combined.quotes());
    assertEquals(0.8, combined.quotes().recall());
    assertEquals(7, combined.diffs().size());
    assertEquals(combined, Evaluation.compare(gold().toBuilder().addAll(secondGold).build(),
        gold().toBuilder().addAll(secondPredicted).build()));
  }

  @Test
  void onlyTheGoldDocumentsAskedForAreScored() {
    Ledger twoDocuments = gold().toBuilder().addAll(LedgerFixture.of("doc2", "\"Trains will run late,\" he said.")
        .speaker("b", "Ben Okafor", Speaker.Kind.PERSON)
        .statement("x", "b", DIRECT_QUOTE, "Trains will run late,").build()).build();
    EvaluationReport report = Evaluation.compare(twoDocuments, gold(), List.of(DocumentId.of("doc")));
    assertEquals(1, report.documents());
    assertTrue(report.problems().isEmpty(), report::toString);
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.compare(gold(), gold(), List.of(DocumentId.of("nowhere"))));
    assertEquals("document 'nowhere' is not in the gold ledger", unknown.getMessage());
  }

  @Test
  void aGoldDocumentWithoutCounterpartHasEveryStatementMissed() {
    EvaluationReport report = Evaluation.compare(gold(), Ledger.empty());
    assertEquals(Score.of(0, 0, 4), report.quotes());
    assertEquals(Score.of(0, 0, 2), report.indirect());
    assertEquals(1.0, report.quotes().precision());
  }

  @Test
  void theReportPrintsATableAndTheProblems() {
    Ledger predicted = withSpeakers(LedgerFixture.predicted())
        .statement("p3", "ruiz", PARTIAL_QUOTE, b -> b.cue("said"), "far too high.")
        .build();
    String shown = Evaluation.compare(gold(), predicted).toString();
    assertTrue(shown.startsWith("evaluation of 1 document\n"), shown);
    assertTrue(shown.contains("quotes                     4     1     1  1.000  0.250  0.400"), shown);
    assertTrue(shown.contains("speaker (quotes)           0/1  0.000"), shown);
    assertTrue(shown.contains("chain (via)                0/1  0.000"), shown);
    assertTrue(shown.contains("6 problems in 6 statements"), shown);
    assertTrue(shown.contains("MISSED  doc @"), shown);
  }
}

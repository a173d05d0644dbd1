package dev.claimtrail.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality of {@link Extractor#standard()}, measured with {@link Evaluation}: on the seed
 * article the targets the extractor is held to, on the gold texts floors a little below the figures
 * measured, so that a change that makes extraction worse fails here. Each test prints its report.
 */
class ExtractionQualityTest {
  /**
   * What is known of the seed article: no published day is printed, but its events of July are
   * "last month" and it reports an interview released on Aug. 18, so it dates from August 2024.
   */
  private static final PartialDate SEED_PUBLISHED = PartialDate.ofMonth(2024, 8);

  /** The least statement F1 of each gold text. */
  private static final Map<String, Double> STATEMENT_F1_FLOORS = Map.ofEntries(
      Map.entry("01-city-council", 0.97),
      Map.entry("02-port-strike", 0.97),
      Map.entry("03-grain-corridor", 0.97),
      Map.entry("04-hospital-audit", 0.82),
      Map.entry("05-football-coach", 0.90),
      Map.entry("06-river-flood", 0.93),
      Map.entry("07-car-plant", 0.97),
      Map.entry("08-steel-tariff", 0.91),
      Map.entry("09-school-hours", 0.92),
      Map.entry("10-water-law", 0.97),
      Map.entry("11-billing-fraud", 0.97),
      Map.entry("12-plant-closure", 0.90),
      Map.entry("15-pension-speech", 0.97),
      Map.entry("16-care-homes", 0.80),
      Map.entry("17-tram-delay", 0.87));

  static List<GoldSet.Pair> goldPairs() {
    return GoldSet.all();
  }

  private static EvaluationReport evaluate(GoldSet.Pair gold, PartialDate published) {
    Document document = gold.document();
    ArticleMetadata metadata = ArticleMetadata.builder().documentId(document.id()).published(published).build();
    Ledger extracted = Extractor.standard().extract(gold.text(), metadata);
    return Evaluation.compare(gold.ledger(), extracted, List.of(document.id()));
  }

  private static EvaluationReport evaluate(GoldSet.Pair gold) {
    return evaluate(gold, gold.document().published().orElseThrow());
  }

  @Test
  void onTheSeedEveryQuoteIsFoundAndSpeakersAndExplicitDatesAreRight() {
    EvaluationReport report = evaluate(GoldSet.seed(), SEED_PUBLISHED);
    System.out.println("seed: " + report);
    Floors floors = new Floors(report);
    floors.atLeast("quote recall", report.quotes().recall(), 1.0);
    floors.atLeast("speaker accuracy", report.speakers().ratio(), 0.95);
    floors.atLeast("explicit date accuracy", report.explicitDates().ratio(), 0.99);
    // The related-stories headline prints Kuleba's "willing and ready", which the extractor finds in
    // the seed document; the curated ledger files it under the related story's own document, so it
    // counts against precision here: one quote of ten
    // (QuoteSievesTest.theRelatedStoryHeadlineOfTheSeedHasItsPartialQuote).
    floors.atLeast("quote precision", report.quotes().precision(), 0.90);
    // Likewise the related-stories headline "Zelensky: Russia SHOULD ATTEND ...", which the
    // colon-headline rule reads as Zelensky's: one indirect statement of seventeen.
    floors.atLeast("indirect F1", report.indirect().f1(), 0.96);
    floors.atLeast("date accuracy", report.dates().ratio(), 0.77);
    floors.atLeast("chain accuracy", report.chains().ratio(), 0.95);
    floors.atLeast("cue accuracy", report.cues().ratio(), 0.98);
    floors.atLeast("stance accuracy", report.stances().ratio(), 0.97);
    floors.check();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldPairs")
  void eachGoldTextKeepsItsStatementF1(GoldSet.Pair gold) {
    Double floor = STATEMENT_F1_FLOORS.get(gold.name());
    assertTrue(floor != null, () -> gold + " has no floor in STATEMENT_F1_FLOORS");
    EvaluationReport report = evaluate(gold);
    System.out.println(gold + ": " + report);
    Floors floors = new Floors(report);
    floors.atLeast("statement F1", report.statements().f1(), floor);
    floors.check();
  }

  @Test
  void theGoldSetAsAWholeKeepsEveryFigure() {
    List<EvaluationReport> reports = new ArrayList<>();
    for (GoldSet.Pair gold : goldPairs()) {
      reports.add(evaluate(gold));
    }
    EvaluationReport report = EvaluationReport.combine(reports);
    System.out.println("gold set: " + report);
    Floors floors = new Floors(report);
    floors.atLeast("quote F1", report.quotes().f1(), 0.95);
    floors.atLeast("indirect F1", report.indirect().f1(), 0.92);
    floors.atLeast("quote speaker accuracy", report.quoteSpeakers().ratio(), 0.95);
    floors.atLeast("indirect speaker accuracy", report.indirectSpeakers().ratio(), 0.96);
    floors.atLeast("quote kind accuracy", report.quoteKinds().ratio(), 0.95);
    floors.atLeast("date accuracy", report.dates().ratio(), 0.70);
    floors.atLeast("explicit date accuracy", report.explicitDates().ratio(), 1.0);
    floors.atLeast("chain accuracy", report.chains().ratio(), 0.86);
    floors.atLeast("cue accuracy", report.cues().ratio(), 0.99);
    floors.atLeast("stance accuracy", report.stances().ratio(), 0.99);
    floors.check();
  }

  /** Figures of one report checked against their floors, every shortfall reported at once. */
  private static final class Floors {
    private final EvaluationReport report;
    private final List<String> shortfalls = new ArrayList<>();

    Floors(EvaluationReport report) {
      this.report = report;
    }

    void atLeast(String figure, double value, double floor) {
      if (value < floor) {
        shortfalls.add(String.format(Locale.ROOT, "%s is %.3f, below its floor %.3f", figure, value, floor));
      }
    }

    void check() {
      assertTrue(shortfalls.isEmpty(), () -> String.join("\n", shortfalls) + "\n" + report.format());
    }
  }
}

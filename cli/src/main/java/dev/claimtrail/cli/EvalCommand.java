package dev.claimtrail.cli;

import dev.claimtrail.eval.Accuracy;
import dev.claimtrail.eval.Evaluation;
import dev.claimtrail.eval.EvaluationReport;
import dev.claimtrail.eval.QuoteDiff;
import dev.claimtrail.eval.ReportedStatement;
import dev.claimtrail.eval.Score;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.query.Column;
import dev.claimtrail.query.Results;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores a predicted ledger against a gold one with {@link Evaluation}: span precision, recall and
 * F1 of quotes and indirect statements, and the accuracy of speakers, dates, chains, cues and
 * stances; with {@code --diffs}, one row per statement saying what differs.
 */
@Command(
    name = "eval",
    description = {
      "Score a predicted ledger, or articles extracted now, against a gold ledger.",
      "Prints span precision, recall and F1 of quotes and indirect statements, and the accuracy "
          + "of speakers, dates, chains (via), cues and stances; --diffs lists every statement."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", paramLabel = "G", required = true, description = "The gold ledger.")
  private Path gold;

  @Option(names = "--pred", paramLabel = "P",
      description = "The predicted ledger; repeat to merge several. Or name article FILEs to extract.")
  private List<Path> predicted = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Articles to extract with the standard extractor and score; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private PublishedOption published;

  @Option(names = "--document", paramLabel = "ID",
      description = "Score only this gold document; repeat for several (default: every gold document).")
  private List<String> documents = new ArrayList<>();

  @Option(names = "--diffs", description = "One row per statement, right or wrong, instead of the summary.")
  private boolean diffs;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    if (predicted.isEmpty() && articles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to score: give --pred P or article FILEs");
    }
    Ledger goldLedger = Ledger.load(gold);
    Ledger predictedLedger = LedgerInputs.load(predicted, ReadLimits.defaults(), Articles.read(articles, System.in).requireAllRead(),
        published::metadata, spec.commandLine().getErr());
    List<DocumentId> scored = documents.isEmpty()
        ? goldLedger.documents().stream().map(Document::id).collect(Collectors.toList())
        : documents.stream().map(DocumentId::of).collect(Collectors.toList());
    EvaluationReport report = Evaluation.compare(goldLedger, predictedLedger, scored);
    if (diffs) {
      format.print(report.format(), Results.of(report.diffs(), DIFF_COLUMNS), spec.commandLine().getOut());
    } else {
      format.print(report.toString(), measures(report), spec.commandLine().getOut());
    }
    return 0;
  }

  /**
   * One measure of the summary: how many were right of how many, and the share, absent when nothing
   * was counted, as it says nothing then.
   */
  private record Measure(String measure, int right, int of, Optional<Double> value) {
    Measure(String measure, int right, int of, double value) {
      this(measure, right, of, of == 0 ? Optional.empty() : Optional.of(value));
    }
  }

  private static final List<Column<Measure>> MEASURE_COLUMNS = List.of(
      Column.of("measure", "measure", 40, Measure::measure),
      Column.of("right", "right", 10, Measure::right),
      Column.of("of", "of", 10, Measure::of),
      Column.<Measure>of("value", "value", 10, Measure::value)
          .printedAs(m -> m.value().map(v -> String.format(Locale.ROOT, "%.4f", v)).orElse("")));

  private static final List<Column<QuoteDiff>> DIFF_COLUMNS = List.of(
      Column.<QuoteDiff>of("status", "markers", 40, d -> d.markers().stream().map(Enum::name).collect(Collectors.toList()))
          .printedAs(d -> d.isCorrect() ? "OK" : d.markers().stream().map(Enum::name).collect(Collectors.joining(","))),
      Column.data("correct", QuoteDiff::isCorrect),
      Column.of("document", "documentId", 30, QuoteDiff::document),
      Column.of("offset", "offset", 8, d -> statement(d).flatMap(s -> s.offset().isPresent()
          ? Optional.of(s.offset().getAsInt()) : Optional.<Integer>empty())),
      Column.of("category", "category", 12, QuoteDiff::category),
      Column.of("text", "text", 60, d -> statement(d).map(ReportedStatement::text)),
      Column.of("gold", "gold", 60, d -> d.gold().map(ReportedStatement::toString)),
      Column.of("predicted", "predicted", 60, d -> d.predicted().map(ReportedStatement::toString)));

  private static Optional<ReportedStatement> statement(QuoteDiff diff) {
    return diff.gold().or(diff::predicted);
  }

  private static Results<Measure> measures(EvaluationReport report) {
    List<Measure> rows = new ArrayList<>();
    addScore(rows, "quotes", report.quotes());
    addScore(rows, "indirect", report.indirect());
    addScore(rows, "all statements", report.statements());
    addAccuracy(rows, "speaker (quotes)", report.quoteSpeakers());
    addAccuracy(rows, "speaker (indirect)", report.indirectSpeakers());
    addAccuracy(rows, "quote kind", report.quoteKinds());
    addAccuracy(rows, "date said", report.dates());
    addAccuracy(rows, "explicit date said", report.explicitDates());
    addAccuracy(rows, "chain (via)", report.chains());
    addAccuracy(rows, "cue", report.cues());
    addAccuracy(rows, "stance", report.stances());
    return Results.of(rows, MEASURE_COLUMNS);
  }

  private static void addScore(List<Measure> rows, String label, Score score) {
    rows.add(new Measure(label + " precision", score.matched(), score.predicted(), score.precision()));
    rows.add(new Measure(label + " recall", score.matched(), score.gold(), score.recall()));
    rows.add(new Measure(label + " F1", 2 * score.matched(), score.gold() + score.predicted(), score.f1()));
  }

  private static void addAccuracy(List<Measure> rows, String label, Accuracy accuracy) {
    rows.add(new Measure(label, accuracy.correct(), accuracy.total(), accuracy.ratio()));
  }
}

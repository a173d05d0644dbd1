package dev.claimtrail.cli;

import dev.claimtrail.eval.Accuracy;
import dev.claimtrail.eval.Evaluation;
import dev.claimtrail.eval.EvaluationReport;
import dev.claimtrail.eval.QuoteDiff;
import dev.claimtrail.eval.ReportedStatement;
import dev.claimtrail.eval.Score;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final String[] MEASURE_HEADERS = {"measure", "right", "of", "value"};
  private static final String[] DIFF_HEADERS =
      {"status", "document", "offset", "category", "text", "gold", "predicted"};

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
    Ledger predictedLedger = LedgerInputs.load(predicted, Articles.read(articles, System.in).requireAllRead(),
        a -> published.metadata(a).build(), spec.commandLine().getErr());
    List<DocumentId> scored = documents.isEmpty()
        ? goldLedger.documents().stream().map(Document::id).collect(Collectors.toList())
        : documents.stream().map(DocumentId::of).collect(Collectors.toList());
    EvaluationReport report = Evaluation.compare(goldLedger, predictedLedger, scored);
    format.print(diffs ? diffRows(report) : measureRows(report), spec.commandLine().getOut());
    return 0;
  }

  private static Rows measureRows(EvaluationReport report) {
    List<Map<String, String>> rows = new ArrayList<>();
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
    return new Rows(report.toString(), List.of(MEASURE_HEADERS), rows);
  }

  private static void addScore(List<Map<String, String>> rows, String label, Score score) {
    rows.add(row(label + " precision", score.matched(), score.predicted(), score.precision()));
    rows.add(row(label + " recall", score.matched(), score.gold(), score.recall()));
    rows.add(row(label + " F1", 2 * score.matched(), score.gold() + score.predicted(), score.f1()));
  }

  private static void addAccuracy(List<Map<String, String>> rows, String label, Accuracy accuracy) {
    rows.add(row(label, accuracy.correct(), accuracy.total(), accuracy.ratio()));
  }

  /** A measure's row; the value is left empty when nothing was counted, as it says nothing then. */
  private static Map<String, String> row(String measure, int right, int of, double value) {
    return cells(MEASURE_HEADERS, measure, Integer.toString(right), Integer.toString(of),
        of == 0 ? "" : String.format(Locale.ROOT, "%.4f", value));
  }

  private static Rows diffRows(EvaluationReport report) {
    List<Map<String, String>> rows = report.diffs().stream().map(d -> cells(DIFF_HEADERS,
            d.isCorrect() ? "OK" : d.markers().stream().map(Enum::name).collect(Collectors.joining(",")),
            d.document().value(),
            d.gold().or(d::predicted).map(s -> s.offset().isPresent() ? Integer.toString(s.offset().getAsInt()) : "")
                .orElse(""),
            d.category().name(),
            d.gold().or(d::predicted).map(ReportedStatement::text).orElse(""),
            side(d, true),
            side(d, false)))
        .collect(Collectors.toList());
    return new Rows(report.format(), List.of(DIFF_HEADERS), rows);
  }

  private static String side(QuoteDiff diff, boolean gold) {
    return (gold ? diff.gold() : diff.predicted()).map(ReportedStatement::toString).orElse("");
  }

  private static Map<String, String> cells(String[] headers, String... values) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i++) {
      cells.put(headers[i], values[i]);
    }
    return cells;
  }
}

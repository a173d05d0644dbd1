package dev.claimtrail.eval;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The result of comparing a predicted ledger with a gold one (see {@link Evaluation} for the
 * matching rules): span scores for quotes and for indirect statements, accuracies over matched
 * statements, and the per-statement {@link #diffs()} in document and text order.
 *
 * <p>Reports of several documents add up with {@link #plus(EvaluationReport)} or {@link
 * #combine(Iterable)}: every figure is a count, so the combined figures are micro-averages. {@link
 * #toString()} prints a summary table and the first problems; {@link #format()} prints every diff.
 */
@Value.Immutable
public abstract class EvaluationReport {
  private static final int LISTED_PROBLEMS = 20;
  private static final EvaluationReport EMPTY = builder().build();

  /** {@return how many gold documents were scored} */
  @Value.Default
  public int documents() {
    return 0;
  }

  /** {@return span matching of direct and partial quotes} */
  @Value.Default
  public Score quotes() {
    return Score.zero();
  }

  /** {@return span matching of indirect statements} */
  @Value.Default
  public Score indirect() {
    return Score.zero();
  }

  /** {@return speakers right over matched quotes} */
  @Value.Default
  public Accuracy quoteSpeakers() {
    return Accuracy.zero();
  }

  /** {@return speakers right over matched indirect statements} */
  @Value.Default
  public Accuracy indirectSpeakers() {
    return Accuracy.zero();
  }

  /** {@return direct and partial quote told apart right, over matched quotes} */
  @Value.Default
  public Accuracy quoteKinds() {
    return Accuracy.zero();
  }

  /** {@return dates said right, over gold attributions that have one (a missed statement counts as wrong)} */
  @Value.Default
  public Accuracy dates() {
    return Accuracy.zero();
  }

  /** {@return like {@link #dates()}, restricted to dates whose phrase names a month or has a digit} */
  @Value.Default
  public Accuracy explicitDates() {
    return Accuracy.zero();
  }

  /** {@return via-links right, over gold attributions that have one (a missed statement counts as wrong)} */
  @Value.Default
  public Accuracy chains() {
    return Accuracy.zero();
  }

  /** {@return cues right, over matched statements whose gold attribution has a cue} */
  @Value.Default
  public Accuracy cues() {
    return Accuracy.zero();
  }

  /** {@return stances right, over matched statements} */
  @Value.Default
  public Accuracy stances() {
    return Accuracy.zero();
  }

  /** {@return one entry per gold or predicted statement, matched pairs sharing one entry} */
  public abstract List<QuoteDiff> diffs();

  /** {@return the report of nothing, the unit of {@link #plus(EvaluationReport)}} */
  public static EvaluationReport empty() {
    return EMPTY;
  }

  /** A new builder. */
  static ImmutableEvaluationReport.Builder builder() {
    return ImmutableEvaluationReport.builder();
  }

  /**
   * {@return the micro-averaged sum of {@code reports}, their diffs concatenated in order}
   *
   * @param reports the reports to sum, in order
   */
  public static EvaluationReport combine(Iterable<EvaluationReport> reports) {
    EvaluationReport sum = EMPTY;
    for (EvaluationReport report : reports) {
      sum = sum.plus(report);
    }
    return sum;
  }

  /** {@return span matching of all statements, quotes and indirect ones together} */
  public final Score statements() {
    return quotes().plus(indirect());
  }

  /** {@return speakers right over all matched statements} */
  public final Accuracy speakers() {
    return quoteSpeakers().plus(indirectSpeakers());
  }

  /** {@return the diffs that have at least one marker} */
  public final List<QuoteDiff> problems() {
    return diffs().stream().filter(d -> !d.isCorrect()).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the micro-averaged sum of this report and {@code other}; diffs of this one come first}
   *
   * @param other the report to add after this one
   */
  public final EvaluationReport plus(EvaluationReport other) {
    return builder()
        .documents(documents() + other.documents())
        .quotes(quotes().plus(other.quotes()))
        .indirect(indirect().plus(other.indirect()))
        .quoteSpeakers(quoteSpeakers().plus(other.quoteSpeakers()))
        .indirectSpeakers(indirectSpeakers().plus(other.indirectSpeakers()))
        .quoteKinds(quoteKinds().plus(other.quoteKinds()))
        .dates(dates().plus(other.dates()))
        .explicitDates(explicitDates().plus(other.explicitDates()))
        .chains(chains().plus(other.chains()))
        .cues(cues().plus(other.cues()))
        .stances(stances().plus(other.stances()))
        .addAllDiffs(diffs())
        .addAllDiffs(other.diffs())
        .build();
  }

  /** {@return the summary table followed by every diff, correct ones included} */
  public final String format() {
    StringBuilder out = summary();
    diffs().forEach(d -> out.append('\n').append(d));
    return out.toString();
  }

  /** The summary table followed by the first problems and a count of the rest. */
  @Override
  public String toString() {
    StringBuilder out = summary();
    List<QuoteDiff> problems = problems();
    out.append(String.format(Locale.ROOT, "\n%d problems in %d statements", problems.size(), diffs().size()));
    problems.stream().limit(LISTED_PROBLEMS).forEach(d -> out.append('\n').append(d));
    if (problems.size() > LISTED_PROBLEMS) {
      out.append("\n… ").append(problems.size() - LISTED_PROBLEMS).append(" more");
    }
    return out.toString();
  }

  private StringBuilder summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "evaluation of %d document%s\n", documents(), documents() == 1 ? "" : "s"));
    out.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %6s %6s %6s\n", "spans", "gold", "pred", "match", "P", "R", "F1"));
    scoreRow(out, "quotes", quotes());
    scoreRow(out, "indirect", indirect());
    scoreRow(out, "all statements", statements());
    out.append(String.format(Locale.ROOT, "%-22s %7s %6s\n", "accuracy", "right", "share"));
    accuracyRow(out, "speaker (quotes)", quoteSpeakers());
    accuracyRow(out, "speaker (indirect)", indirectSpeakers());
    accuracyRow(out, "quote kind", quoteKinds());
    accuracyRow(out, "date said", dates());
    accuracyRow(out, "explicit date said", explicitDates());
    accuracyRow(out, "chain (via)", chains());
    accuracyRow(out, "cue", cues());
    accuracyRow(out, "stance", stances());
    out.setLength(out.length() - 1);
    return out;
  }

  private static void scoreRow(StringBuilder out, String label, Score s) {
    out.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %6s %6s %6s\n", label, s.gold(), s.predicted(), s.matched(),
        Accuracy.figure(s.precision(), s.predicted() > 0),
        Accuracy.figure(s.recall(), s.gold() > 0),
        Accuracy.figure(s.f1(), s.gold() + s.predicted() > 0)));
  }

  private static void accuracyRow(StringBuilder out, String label, Accuracy a) {
    out.append(String.format(Locale.ROOT, "%-22s %7s %6s\n", label, a.correct() + "/" + a.total(),
        Accuracy.figure(a.ratio(), a.total() > 0)));
  }
}

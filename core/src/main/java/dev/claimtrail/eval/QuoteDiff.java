package dev.claimtrail.eval;

import static com.google.common.base.Preconditions.checkState;

import dev.claimtrail.model.DocumentId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One line of the per-statement diff of an {@link EvaluationReport}: a gold statement and the
 * predicted one matched to it, or either one alone, with {@link Marker}s for what differs. Its
 * {@link #toString()} is meant for a terminal: a header line with the markers, the position and the
 * text, then one line per side.
 */
@Value.Immutable
public abstract class QuoteDiff {
  /** What is wrong with a gold or predicted statement. */
  public enum Marker {
    /** A gold statement the prediction did not find. */
    MISSED,
    /** A predicted statement with no gold counterpart. */
    SPURIOUS,
    /** Matched, but direct and partial quote confused. */
    WRONG_KIND,
    /** Matched, but the speakers do not match by name. */
    WRONG_SPEAKER,
    /** Matched, but the dates said differ (or only one side has one). */
    WRONG_DATE,
    /** Matched, but the via-links differ (or only one side has one). */
    WRONG_VIA,
    /** Matched, but the cues differ (only checked when the gold side has one). */
    WRONG_CUE,
    /** Matched, but the stances differ. */
    WRONG_STANCE,
    /** Matched, but the words differ once normalized (span boundaries differ). */
    TEXT_DIFFERS
  }

  /** The two statement classes that are scored apart. */
  public enum Category {
    /** Direct and partial quotes: words in quote marks. */
    QUOTE,
    /** Indirect statements: paraphrase. */
    INDIRECT
  }

  private static final int TEXT_WIDTH = 72;

  /** {@return the gold document} */
  public abstract DocumentId document();

  /** {@return the class the statement is scored in} */
  public abstract Category category();

  /** {@return the gold side, absent for a spurious statement} */
  public abstract Optional<ReportedStatement> gold();

  /** {@return the predicted side, absent for a missed statement} */
  public abstract Optional<ReportedStatement> predicted();

  /** {@return what differs; empty when the prediction is right in every checked respect} */
  public abstract Set<Marker> markers();

  /** {@return whether nothing differs} */
  public final boolean isCorrect() {
    return markers().isEmpty();
  }

  /** A new builder. */
  static ImmutableQuoteDiff.Builder builder() {
    return ImmutableQuoteDiff.builder();
  }

  /** Validates that at least one side is present. */
  @Value.Check
  protected void check() {
    checkState(gold().isPresent() || predicted().isPresent(),
        "quote diff in document %s has neither a gold nor a predicted side", document());
  }

  private ReportedStatement anySide() {
    return gold().or(this::predicted).orElseThrow();
  }

  /**
   * A header line and one line per side (plus the predicted text when the words differ), e.g.
   *
   * <pre>
   * WRONG_SPEAKER  doc-7 @412 QUOTE «We will not sign this budget as it stands,»
   *     gold:      Maria Lopez · 2025-03-06 · via — · said/SAYS
   *     predicted: Tom Reyes · 2025-03-06 · via — · said/SAYS
   * </pre>
   */
  @Override
  public String toString() {
    String status = markers().isEmpty() ? "OK" : String.join(",", markers().stream().map(Enum::name).toList());
    ReportedStatement side = anySide();
    String offset = side.offset().isPresent() ? "@" + side.offset().getAsInt() : "@?";
    StringBuilder out = new StringBuilder()
        .append(status).append("  ").append(document()).append(' ').append(offset).append(' ')
        .append(category()).append(' ').append(clip(side.text()));
    out.append("\n    gold:      ").append(gold().map(ReportedStatement::toString).orElse("—"));
    out.append("\n    predicted: ").append(predicted().map(ReportedStatement::toString).orElse("—"));
    if (markers().contains(Marker.TEXT_DIFFERS) && predicted().isPresent()) {
      out.append("\n    predicted text: ").append(clip(predicted().get().text()));
    }
    return out.toString();
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return '«' + (oneLine.length() <= TEXT_WIDTH ? oneLine : oneLine.substring(0, TEXT_WIDTH - 1) + "…") + '»';
  }
}

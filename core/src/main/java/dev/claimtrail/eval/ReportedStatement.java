package dev.claimtrail.eval;

import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One side of a {@link QuoteDiff}: what one ledger records about a statement in a document, with
 * speakers and via-links resolved to names so the diff reads without the ledger at hand.
 */
@Value.Immutable
public abstract class ReportedStatement {
  /** {@return the attribution this side describes} */
  public abstract AttributionId attribution();

  /** {@return the statement's words as printed} */
  public abstract String text();

  /** {@return direct quote, partial quote or indirect statement} */
  public abstract Statement.Kind kind();

  /** {@return the speaker's preferred name} */
  public abstract String speaker();

  /** {@return the date said, if recorded} */
  public abstract Optional<PartialDate> said();

  /** {@return the end of the date range said, if it is a range} */
  public abstract Optional<PartialDate> saidUntil();

  /** {@return the name of the speaker of the attribution this one is known through, if any} */
  public abstract Optional<String> via();

  /** {@return the cue as printed, if recorded} */
  public abstract Optional<String> cue();

  /** {@return the stance} */
  public abstract Stance stance();

  /** {@return where the first evidence span starts in the document's text, if there is evidence} */
  public abstract OptionalInt offset();

  /** A new builder. */
  static ImmutableReportedStatement.Builder builder() {
    return ImmutableReportedStatement.builder();
  }

  /** Speaker, date, via, cue and stance on one line, e.g. {@code Jane Roe · 2024-03-07 · via — · warned/WARNS}. */
  @Override
  public String toString() {
    String date = said().map(d -> saidUntil().map(u -> d + ".." + u).orElse(d.toString())).orElse("no date");
    return String.join(" · ", speaker(), date, "via " + via().orElse("—"),
        cue().orElse("no cue") + "/" + stance());
  }
}

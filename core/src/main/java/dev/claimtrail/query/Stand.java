package dev.claimtrail.query;

import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import java.util.List;
import java.util.Locale;

/**
 * One position on a claim: who asserts, denies, confirms or disputes it, with the attribution that
 * takes the position as evidence.
 *
 * @param claim the claim
 * @param position the position taken
 * @param quote the attribution taking it, resolved
 */
public record Stand(Claim claim, ClaimStance.Position position, Quote quote) {

  /** {@return who takes the position} */
  public Speaker speaker() {
    return quote.speaker();
  }

  /** {@return where the reporting document shows it: spans of its text, possibly none} */
  public List<Span> evidence() {
    return quote.attribution().evidence();
  }

  /** The columns a list of stands prints, with or without the claim. */
  static List<Column<Stand>> columns(boolean withClaim) {
    List<Column<Stand>> quoteColumns = Quote.columns(Stand::quote);
    Column<Stand> claim = Column.of("claim", 30, s -> s.claim().text());
    Column<Stand> position = Column.of("position", 9, s -> s.position().name().toLowerCase(Locale.ROOT));
    Column<Stand> speaker = quoteColumns.get(0).narrowed(22);
    Column<Stand> statement = quoteColumns.get(1).narrowed(withClaim ? 40 : 52);
    Column<Stand> reportedBy = quoteColumns.get(4);
    return withClaim ? List.of(claim, position, speaker, statement, reportedBy)
        : List.of(position, speaker, statement, reportedBy);
  }

  /** This stand as a one-row table: claim, position, speaker, statement, reported by. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns(true)).format();
  }
}

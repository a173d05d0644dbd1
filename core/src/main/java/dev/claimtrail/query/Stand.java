package dev.claimtrail.query;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import java.util.List;

/**
 * One position on a claim: who asserts, denies, confirms or disputes it, with the attribution that
 * takes the position as evidence.
 *
 * @param claim the claim
 * @param position the position taken
 * @param quote the attribution taking it, resolved
 */
public record Stand(Claim claim, ClaimStance.Position position, Quote quote) {
  private static final Results.Columns<Stand> WITH_CLAIM = new Results.Columns<>(columnsOf(true));
  private static final Results.Columns<Stand> WITHOUT_CLAIM = new Results.Columns<>(columnsOf(false));

  /** {@return who takes the position} */
  public Speaker speaker() {
    return quote.speaker();
  }

  /** {@return where the reporting document shows it: spans of its text, possibly none} */
  public List<Span> evidence() {
    return quote.attribution().evidence();
  }

  /** The columns a list of stands prints, with or without the claim. */
  static Results.Columns<Stand> columns(boolean withClaim) {
    return withClaim ? WITH_CLAIM : WITHOUT_CLAIM;
  }

  private static List<Column<Stand>> columnsOf(boolean withClaim) {
    List<Column<Stand>> quoteColumns = Quote.printedColumns(Stand::quote);
    Column<Stand> claim = Column.of("claim", "claim", 30, s -> s.claim().text());
    return ImmutableList.<Column<Stand>>builder()
        .add(Column.data("claimId", s -> s.claim().id()))
        .add(withClaim ? claim : claim.unprinted())
        .add(Column.ofEnum("position", "position", 9, Stand::position))
        .add(Column.data("attributionId", s -> s.quote().attribution().id()))
        .addAll(List.of(quoteColumns.get(0).narrowed(22), quoteColumns.get(1).narrowed(withClaim ? 40 : 52),
            quoteColumns.get(2).unprinted(), quoteColumns.get(3).unprinted(), quoteColumns.get(4)))
        .addAll(Quote.fields(Stand::quote))
        .build();
  }

  /** A line break, then this stand as a one-row table: claim, position, speaker, statement, reported by. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns(true)).toString();
  }
}

package dev.claimtrail.query;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.text.VariantMatch;
import java.util.List;
import java.util.Locale;

/**
 * One answer to "who said this?": an attribution whose statement matches the searched text, with
 * how it matches. Rows print as score | match | speaker | statement | said | setting | reported
 * by.
 *
 * @param quote the attribution, its records looked up when first read
 * @param match how its statement matches the searched text: kind, score and reason
 */
public record QuoteMatch(Quote quote, VariantMatch match) {
  private static final Results.Columns<QuoteMatch> COLUMNS =
      new Results.Columns<>(columnsOf(Quote.printedColumns(QuoteMatch::quote)));

  private static List<Column<QuoteMatch>> columnsOf(List<Column<QuoteMatch>> quoteColumns) {
    return ImmutableList.<Column<QuoteMatch>>builder()
        .add(Column.data("attributionId", m -> m.quote().attribution().id()))
        .add(Column.<QuoteMatch>of("score", "score", 5, QuoteMatch::score)
            .printedAs(m -> String.format(Locale.ROOT, "%.2f", m.score())))
        .add(Column.ofEnum("match", "match", 10, QuoteMatch::kind))
        .add(Column.data("reason", QuoteMatch::reason))
        .addAll(List.of(quoteColumns.get(0).narrowed(22), quoteColumns.get(1).narrowed(42), quoteColumns.get(2),
            quoteColumns.get(3).unprinted(), quoteColumns.get(4)))
        .addAll(Quote.fields(QuoteMatch::quote))
        .build();
  }

  /** {@return who said it} */
  public Speaker speaker() {
    return quote.speaker();
  }

  /** {@return the score of the match, from 0 to 1 (1 for the exact text)} */
  public double score() {
    return match.score();
  }

  /** {@return the kind of match, e.g. {@link VariantMatch.Kind#ELISIONS}} */
  public VariantMatch.Kind kind() {
    return match.kind();
  }

  /** {@return why the texts match, in words, e.g. "part of the quote (6 of 18 words)"} */
  public String reason() {
    return match.reason();
  }

  /** The columns a list of matches prints. */
  static Results.Columns<QuoteMatch> columns() {
    return COLUMNS;
  }

  /** A line break, then this match as a one-row table: score, match, speaker, statement, said, reported by. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns()).toString();
  }
}

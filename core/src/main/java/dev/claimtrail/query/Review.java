package dev.claimtrail.query;

import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimReview;
import java.util.List;

/**
 * A fact-checker's review of a claim, beside the claim it reviews.
 *
 * @param claim the claim reviewed
 * @param review the review
 */
public record Review(Claim claim, ClaimReview review) {

  /** The columns a list of reviews prints: claim, reviewer, rating, date, url; checked once. */
  private static final Results.Columns<Review> COLUMNS = new Results.Columns<>(List.of(
        Column.data("claimId", r -> r.claim().id()),
        Column.of("claim", "claim", 30, r -> r.claim().text()),
        Column.of("reviewer", "reviewer", 24, r -> r.review().reviewer()),
        Column.data("reviewerOutletId", r -> r.review().reviewerSource()),
        Column.<Review>of("rating", "rating", 20, r -> r.review().rating()).printedAs(r -> r.review().rating()
            + r.review().ratingValue().map(v -> " (" + v + r.review().bestRating().map(b -> "/" + b).orElse("") + ")")
                .orElse("")),
        Column.data("ratingValue", r -> r.review().ratingValue()),
        Column.data("bestRating", r -> r.review().bestRating()),
        Column.data("worstRating", r -> r.review().worstRating()),
        Column.of("date", "date", 10, r -> r.review().date()),
        Column.of("url", "url", 40, r -> r.review().url())));

  /** {@return the columns a list of reviews prints, checked once} */
  static Results.Columns<Review> columns() {
    return COLUMNS;
  }

  /** A line break, then this review as a one-row table: claim, reviewer, rating, date, url. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns()).toString();
  }
}

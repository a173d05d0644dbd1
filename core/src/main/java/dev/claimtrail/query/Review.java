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

  /** The columns a list of reviews prints: claim, reviewer, rating, date, url. */
  static List<Column<Review>> columns() {
    return List.of(
        Column.of("claim", 30, r -> r.claim().text()),
        Column.of("reviewer", 24, r -> r.review().reviewer()),
        Column.of("rating", 20, r -> r.review().rating()
            + r.review().ratingValue().map(v -> " (" + v + r.review().bestRating().map(b -> "/" + b).orElse("") + ")")
                .orElse("")),
        Column.of("date", 10, r -> r.review().date().map(Object::toString).orElse("")),
        Column.of("url", 40, r -> r.review().url().orElse("")));
  }

  /** This review as a one-row table: claim, reviewer, rating, date, url. */
  @Override
  public String toString() {
    return new Results<>(List.of(this), columns()).format();
  }
}

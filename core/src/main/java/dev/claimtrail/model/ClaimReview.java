package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact-checker's published review of a {@link Claim}, in the shape of schema.org {@code
 * ClaimReview}: who reviewed it, the rating in words ({@code alternateName}) and optionally on a
 * numeric scale, when and where. claimtrail records reviews; it does not rate claims itself.
 */
@Value.Immutable
public interface ClaimReview extends WithClaimReview {
  /** {@return the reviewing organization or person} */
  String reviewer();

  /** {@return the outlet of the reviewer, if it is in the ledger} */
  Optional<OutletId> reviewerSource();

  /** {@return the rating in words, e.g. "False", "Mostly true"} */
  String rating();

  /** {@return the rating on the reviewer's numeric scale, if given} */
  Optional<Integer> ratingValue();

  /** {@return the best value of the numeric scale} */
  Optional<Integer> bestRating();

  /** {@return the worst value of the numeric scale} */
  Optional<Integer> worstRating();

  /** {@return when the review was published} */
  Optional<PartialDate> date();

  /** {@return where the review was published} */
  Optional<String> url();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates names and the numeric scale. */
  @Value.Check
  default void check() {
    checkState(!reviewer().isBlank(), "claim review: reviewer must not be blank");
    checkState(!rating().isBlank(), "claim review by %s: rating must not be blank", reviewer());
    if (ratingValue().isPresent() && bestRating().isPresent() && worstRating().isPresent()) {
      int low = Math.min(bestRating().get(), worstRating().get());
      int high = Math.max(bestRating().get(), worstRating().get());
      checkState(ratingValue().get() >= low && ratingValue().get() <= high,
          "claim review by %s: ratingValue %s lies outside [%s, %s]",
          reviewer(), ratingValue().get(), low, high);
    }
  }

  /** Builds a {@link ClaimReview}. */
  final class Builder extends ImmutableClaimReview.Builder {}
}

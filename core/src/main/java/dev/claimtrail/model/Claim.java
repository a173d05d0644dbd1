package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import org.immutables.value.Value;

/**
 * A proposition that statements bear on, e.g. "Johnson's interference ended the 2022 talks".
 * Attributions take positions toward it ({@link ClaimStance}); fact-checkers' {@link
 * ClaimReview}s of it are kept with it, each with its own source.
 */
@Value.Immutable
public interface Claim extends WithClaim {
  /** {@return the id} */
  ClaimId id();

  /** {@return the proposition in words} */
  String text();

  /** {@return published reviews of the claim} */
  List<ClaimReview> reviews();

  /**
   * {@return a claim with the given id and text and no reviews}
   *
   * @param id the claim's id
   * @param text what the claim says
   */
  static Claim of(ClaimId id, String text) {
    return builder().id(id).text(text).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates the text. */
  @Value.Check
  default void check() {
    checkState(!text().isBlank(), "claim %s: text must not be blank", id());
  }

  /** Builds a {@link Claim}. */
  final class Builder extends ImmutableClaim.Builder {}
}

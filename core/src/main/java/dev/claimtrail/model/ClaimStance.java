package dev.claimtrail.model;

import org.immutables.value.Value;

/** The position an attribution takes toward a {@link Claim}. */
@Value.Immutable
public interface ClaimStance extends WithClaimStance {
  /** Positions toward a claim. */
  enum Position {
    /** Puts the claim forward. */
    ASSERTS,
    /** Says the claim is false. */
    DENIES,
    /** Says, from a position to know, that the claim is true. */
    CONFIRMS,
    /** Doubts or questions the claim without denying it. */
    DISPUTES
  }

  /** {@return the claim} */
  @Value.Parameter
  ClaimId claim();

  /** {@return the position taken} */
  @Value.Parameter
  Position position();

  /**
   * {@return the given position toward {@code claim}}
   *
   * @param claim the claim
   * @param position the position taken toward it
   */
  static ClaimStance of(ClaimId claim, Position position) {
    return ImmutableClaimStance.of(claim, position);
  }
}

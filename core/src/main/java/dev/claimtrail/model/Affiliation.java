package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * A tie from one speaker to another, as the text states it: anonymous "staff members close to" a
 * president, "officials of" a ministry, an outlet "owned by" a state.
 */
@Value.Immutable
public interface Affiliation extends WithAffiliation {
  /** {@return the speaker this one is tied to} */
  @Value.Parameter
  SpeakerId speaker();

  /** {@return the relation in words, e.g. "close to"} */
  @Value.Parameter
  String relation();

  /**
   * {@return the tie of {@code relation} to {@code speaker}}
   *
   * @param speaker the speaker tied to
   * @param relation how, in words such as "staff members close to"
   */
  static Affiliation of(SpeakerId speaker, String relation) {
    return ImmutableAffiliation.of(speaker, relation);
  }

  /** Validates the relation. */
  @Value.Check
  default void check() {
    checkState(!relation().isBlank(), "affiliation relation must not be blank");
  }
}

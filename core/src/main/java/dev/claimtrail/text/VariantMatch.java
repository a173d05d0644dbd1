package dev.claimtrail.text;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * How a quote matches a text someone searched for: the {@link Kind} of match, a score from 0 to 1
 * (1 for the exact text) and a reason in words, e.g. "part of the quote (6 of 14 words)".
 */
@Value.Immutable
public interface VariantMatch {
  /** The ways a quote can match, from the closest to the loosest. */
  enum Kind {
    /** The same text, character for character. */
    EXACT,
    /** The same words; quote marks, dashes, case, spacing or punctuation differ. */
    SAME_WORDS,
    /** The same words apart from an editor's insertion, bracketed, plain or left out. */
    INSERTIONS,
    /** The words of one are those of the other with passages elided ("…"). */
    ELISIONS,
    /** The searched text is a run of words of the quote. */
    PART,
    /** The quote is a run of words of the searched text: a truncated variant. */
    TRUNCATED,
    /** Neither contains the other, but they share most pairs of adjacent words. */
    SIMILAR
  }

  /** {@return the kind of match} */
  @Value.Parameter
  Kind kind();

  /** {@return the score, from 0 (unrelated) to 1 (exact)} */
  @Value.Parameter
  double score();

  /** {@return why the texts match, in words} */
  @Value.Parameter
  String reason();

  /**
   * {@return a match of the given kind, score and reason}
   *
   * @param kind how the statement matches
   * @param score how close, from 0 to 1
   * @param reason why, in words
   */
  static VariantMatch of(Kind kind, double score, String reason) {
    return ImmutableVariantMatch.of(kind, score, reason);
  }

  /** Validates the score and reason. */
  @Value.Check
  default void check() {
    checkState(score() > 0 && score() <= 1, "match score must lie in (0, 1]: %s", score());
    checkState(!reason().isBlank(), "match reason must not be blank");
  }
}

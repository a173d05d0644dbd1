package dev.claimtrail.text;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * One piece of a quote as printed: words of the speaker, an editor's insertion in square brackets,
 * or an elision mark. {@link #text()} is the piece exactly as printed, brackets and marks included,
 * so the segments of a quote concatenate to its text.
 */
@Value.Immutable
public interface Segment {
  /** What a piece of quote text is. */
  enum Kind {
    /** The speaker's words. */
    VERBATIM,
    /** Words an editor put in, in square brackets: "[the]". */
    INSERTION,
    /** A mark that words were left out: "…", "...", "[…]". */
    ELISION
  }

  /** {@return what this piece is} */
  @Value.Parameter
  Kind kind();

  /** {@return the piece exactly as printed} */
  @Value.Parameter
  String text();

  /**
   * {@return a segment of the given kind and text}
   *
   * @param kind verbatim, insertion or elision
   * @param text the segment's text
   */
  static Segment of(Kind kind, String text) {
    return ImmutableSegment.of(kind, text);
  }

  /** {@return for an insertion, the words inside the brackets; otherwise the text itself} */
  default String content() {
    return kind() == Kind.INSERTION ? text().substring(1, text().length() - 1) : text();
  }

  /** Validates that the text is not empty. */
  @Value.Check
  default void check() {
    checkState(!text().isEmpty(), "%s segment must not be empty", kind());
  }
}

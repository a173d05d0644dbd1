package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * A range of a document's text, as evidence: character offsets {@code [start, end)} in UTF-16
 * units, the exact text they cover, and a little text before and after it so the range can be found
 * again after the document is edited (the W3C Web Annotation text-quote selector).
 */
@Value.Immutable
public interface Span extends WithSpan {
  /** How many characters of context {@link #of(String, int, int)} keeps on each side. */
  int CONTEXT_LENGTH = 32;

  /** {@return offset of the first character} */
  int start();

  /** {@return offset just past the last character} */
  int end();

  /** {@return the text between {@link #start()} and {@link #end()}} */
  String exact();

  /** {@return up to {@link #CONTEXT_LENGTH} characters before the span} */
  @Value.Default
  default String prefix() {
    return "";
  }

  /** {@return up to {@link #CONTEXT_LENGTH} characters after the span} */
  @Value.Default
  default String suffix() {
    return "";
  }

  /**
   * {@return the span {@code [start, end)} of {@code text} with its exact text and context} The context
   * never splits a surrogate pair, so an emoji at its edge is left out whole. Throws {@link
   * IllegalArgumentException} if the range does not lie within the text.
   *
   * @param text the text of the document
   * @param start the offset of the first character
   * @param end the offset after the last character
   */
  static Span of(String text, int start, int end) {
    checkArgument(0 <= start && start <= end && end <= text.length(),
        "span [%s, %s) is out of range for a text of %s characters", start, end, text.length());
    return builder()
        .start(start)
        .end(end)
        .exact(text.substring(start, end))
        .prefix(text.substring(contextStart(text, start), start))
        .suffix(text.substring(end, contextEnd(text, end)))
        .build();
  }

  /** Where the context before offset {@code start} begins: no farther back than its length, nor inside a surrogate pair. */
  private static int contextStart(String text, int start) {
    int from = Math.max(0, start - CONTEXT_LENGTH);
    return from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))
        ? from + 1 : from;
  }

  /** Where the context after offset {@code end} ends: no farther on than its length, nor inside a surrogate pair. */
  private static int contextEnd(String text, int end) {
    int to = Math.min(text.length(), end + CONTEXT_LENGTH);
    return to < text.length() && Character.isHighSurrogate(text.charAt(to - 1)) && Character.isLowSurrogate(text.charAt(to))
        ? to - 1 : to;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return whether this span lies within {@code text} and slices exactly its {@link #exact()} text}
   *
   * @param text the text of the document
   */
  default boolean slices(String text) {
    return end() <= text.length() && text.regionMatches(start(), exact(), 0, exact().length());
  }

  /** Validates offsets and text length. */
  @Value.Check
  default void check() {
    checkState(start() >= 0, "span start must not be negative: %s", start());
    checkState(end() >= start(), "span end (%s) is before its start (%s)", end(), start());
    checkState(exact().length() == end() - start(),
        "span [%s, %s) covers %s characters but its exact text has %s: '%s'",
        start(), end(), end() - start(), exact().length(), exact());
    checkState(end() > start(), "span [%s, %s) is empty", start(), end());
  }

  /** Builds a {@link Span}. */
  final class Builder extends ImmutableSpan.Builder {}
}

package dev.claimtrail.text;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The normalized forms of one quote, read from a single pass over its {@link Segment}s that
 * normalizes each segment once: the speaker's words ({@link #plain()}), the same with the words of
 * editorial insertions ({@link #withInsertions()}), and the speaker's words of each run between
 * elisions ({@link #fragments()}). Each equals what the {@link QuoteText} method of the same name
 * computes; use this class when a text needs more than one form, as indexing and matching do.
 * Immutable and thread-safe.
 */
public final class QuoteForms {
  private final String plain;
  private final String withInsertions;
  private final List<String> fragments;
  /**
   * The word-pair hashes of both forms, computed on first use. A race may compute them twice, to
   * equal values; the holder's final fields make a published one safe to read from any thread.
   */
  private QuoteFingerprint.@Nullable FormPairs pairs;

  private QuoteForms(String plain, String withInsertions, List<String> fragments) {
    this.plain = plain;
    this.withInsertions = withInsertions;
    this.fragments = fragments;
  }

  /**
   * {@return the forms of {@code text}, as printed with its insertions and elisions}
   *
   * @param text the quote as printed
   */
  public static QuoteForms of(String text) {
    if (!hasMarks(text)) {
      String words = QuoteText.words(text);
      return new QuoteForms(words, words, words.isEmpty() ? ImmutableList.of() : ImmutableList.of(words));
    }
    StringBuilder plain = new StringBuilder(text.length());
    StringBuilder withInsertions = new StringBuilder(text.length());
    StringBuilder fragment = new StringBuilder();
    ImmutableList.Builder<String> fragments = ImmutableList.builder();
    QuoteText.scanSegments(text, (kind, start, end) -> {
      switch (kind) {
        case VERBATIM:
          String words = QuoteText.words(text, start, end);
          appendWords(plain, words);
          appendWords(withInsertions, words);
          appendWords(fragment, words);
          break;
        case INSERTION:
          appendWords(withInsertions, QuoteText.words(text, start + 1, end - 1));
          break;
        default:
          addFragment(fragments, fragment);
          fragment.setLength(0);
      }
    });
    addFragment(fragments, fragment);
    return new QuoteForms(plain.toString(), withInsertions.toString(), fragments.build());
  }

  /**
   * Whether {@code text} may hold an insertion or elision: a bracket, an ellipsis or three dots.
   * Text without any is one verbatim segment, whose forms are all its normalized words.
   */
  private static boolean hasMarks(String text) {
    return text.indexOf('[') >= 0 || text.indexOf('…') >= 0 || text.contains("...");
  }

  /**
   * Appends normalized words after a single space, which is what normalizing the joined segments
   * gives: a space separates every two segments and no normalization step reaches across a space.
   */
  private static void appendWords(StringBuilder out, String words) {
    if (!words.isEmpty()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(words);
    }
  }

  private static void addFragment(ImmutableList.Builder<String> fragments, StringBuilder fragment) {
    if (fragment.length() > 0) {
      fragments.add(fragment.toString());
    }
  }

  /** {@return the speaker's words, see {@link QuoteText#normalize(String)}} */
  public String plain() {
    return plain;
  }

  /** {@return the words with those of editorial insertions, see {@link QuoteText#normalizeWithInsertions(String)}} */
  public String withInsertions() {
    return withInsertions;
  }

  /** {@return the speaker's words of each run between elisions, see {@link QuoteText#fragments(String)}} */
  public List<String> fragments() {
    return fragments;
  }

  /** The word-pair hashes of both forms, for {@link QuoteFingerprint}. */
  QuoteFingerprint.FormPairs pairs() {
    QuoteFingerprint.FormPairs computed = pairs;
    if (computed == null) {
      computed = QuoteFingerprint.FormPairs.of(plain, withInsertions);
      pairs = computed;
    }
    return computed;
  }

  /** {@return whether the text has words on both sides of an elision: more than one fragment} */
  public boolean elided() {
    return fragments.size() > 1;
  }
}

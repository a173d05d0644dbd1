package dev.claimtrail.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a quote is a variant of a searched text, and how closely. Outlets print one
 * quote with different quote marks and dashes, with "[the]" insertions, with "…" elisions,
 * truncated, or in other case and punctuation; the matcher recognizes each and scores it (see
 * {@link VariantMatch.Kind} for the order). Runs in time linear in the two texts, apart from the
 * word-pair comparison of the loosest kind. A matcher made with {@link #of(String)} normalizes the
 * searched text once, for checking it against many quotes; it is immutable and thread-safe.
 */
public final class QuoteMatcher {
  /**
   * The share of word pairs two texts must have in common, counted on the text with more, and
   * exceed to be {@link VariantMatch.Kind#SIMILAR}: more than half of the pairs of each text, so
   * that a short text of common pairs ("the the … to it") is not similar to every long one.
   */
  public static final double MIN_SHARED_PAIRS = 0.5;

  private final String stripped;
  private final Forms q;
  private final int[] queryPairs;

  private QuoteMatcher(String query) {
    this.stripped = query.strip();
    this.q = new Forms(query);
    this.queryPairs = q.pairs();
  }

  /**
   * {@return a matcher for the searched text {@code query}, as printed, with its insertions and elisions}
   *
   * @param query the quote searched for
   */
  public static QuoteMatcher of(String query) {
    return new QuoteMatcher(query);
  }

  /**
   * {@return how {@code quote} matches the searched text {@code query}, or empty when it does not} Both are
   * texts as printed, with their insertions and elisions.
   *
   * @param query the quote searched for
   * @param quote the statement's text as printed
   */
  public static Optional<VariantMatch> match(String query, String quote) {
    return of(query).match(quote);
  }

  /**
   * {@return how {@code quote}, as printed, matches this matcher's searched text, or empty when it does not}
   *
   * @param quote the statement's text as printed
   */
  public Optional<VariantMatch> match(String quote) {
    if (stripped.equals(quote.strip())) {
      return Optional.of(VariantMatch.of(VariantMatch.Kind.EXACT, 1.0, "exact text"));
    }
    Forms c = new Forms(quote);
    if (q.plain.isEmpty() || c.plain.isEmpty()) {
      return Optional.empty();
    }
    if (q.plain.equals(c.plain) && q.withInsertions.equals(c.withInsertions)) {
      return Optional.of(VariantMatch.of(VariantMatch.Kind.SAME_WORDS, 0.97,
          "same words; quote marks, dashes, case or punctuation differ"));
    }
    if (q.plain.equals(c.plain) || q.withInsertions.equals(c.plain) || q.plain.equals(c.withInsertions)
        || q.withInsertions.equals(c.withInsertions)) {
      return Optional.of(VariantMatch.of(VariantMatch.Kind.INSERTIONS, 0.95,
          "same words apart from an editor's insertion"));
    }
    if (q.elided() && c.containsInOrder(q.fragments)) {
      return Optional.of(containment(VariantMatch.Kind.ELISIONS, 0.7, 0.2, q.words(), c.words(),
          "same words with passages elided"));
    }
    if (c.elided() && q.containsInOrder(c.fragments)) {
      return Optional.of(containment(VariantMatch.Kind.ELISIONS, 0.7, 0.2, c.words(), q.words(),
          "the quote elides passages of the searched text"));
    }
    if (c.containsRun(q)) {
      return Optional.of(containment(VariantMatch.Kind.PART, 0.5, 0.4, q.words(), c.words(),
          "part of the quote"));
    }
    if (q.containsRun(c)) {
      return Optional.of(containment(VariantMatch.Kind.TRUNCATED, 0.5, 0.4, c.words(), q.words(),
          "the quote is a truncated form of the searched text"));
    }
    return similar(queryPairs, c.pairs());
  }

  private static VariantMatch containment(
      VariantMatch.Kind kind, double base, double range, int inner, int outer, String reason) {
    double coverage = Math.min(1.0, (double) inner / outer);
    return VariantMatch.of(kind, base + range * coverage,
        String.format("%s (%d of %d words)", reason, Math.min(inner, outer), outer));
  }

  private static Optional<VariantMatch> similar(int[] qPairs, int[] cPairs) {
    int shared = 0;
    for (int pair : qPairs) {
      if (Arrays.binarySearch(cPairs, pair) >= 0) {
        shared++;
      }
    }
    double share = (double) shared / Math.max(1, Math.max(qPairs.length, cPairs.length));
    if (share <= MIN_SHARED_PAIRS) {
      return Optional.empty();
    }
    return Optional.of(VariantMatch.of(VariantMatch.Kind.SIMILAR, 0.5 * share,
        String.format("shares %d%% of its word pairs", Math.round(share * 100))));
  }

  /** The normalized forms of one text and its fragments between elisions. */
  private static final class Forms {
    final String plain;
    final String withInsertions;
    final List<String> fragments;

    Forms(String text) {
      QuoteForms forms = QuoteForms.of(text);
      this.plain = forms.plain();
      this.withInsertions = forms.withInsertions();
      this.fragments = forms.fragments();
    }

    /** The word-pair hashes of both forms. */
    int[] pairs() {
      return QuoteFingerprint.wordPairs(plain, withInsertions);
    }

    boolean elided() {
      return fragments.size() > 1;
    }

    int words() {
      return plain.isEmpty() ? 0 : plain.split(" ").length;
    }

    /** Whether the words of {@code other} appear as one run in either form of this text. */
    boolean containsRun(Forms other) {
      return containsWords(plain, other.plain) || containsWords(withInsertions, other.plain)
          || containsWords(plain, other.withInsertions) || containsWords(withInsertions, other.withInsertions);
    }

    /** Whether each fragment appears, in order and without overlap, in either form of this text. */
    boolean containsInOrder(List<String> parts) {
      return inOrder(plain, parts) || inOrder(withInsertions, parts);
    }

    private static boolean inOrder(String hay, List<String> parts) {
      String padded = " " + hay + " ";
      int from = 0;
      for (String part : parts) {
        int at = padded.indexOf(" " + part + " ", from);
        if (at < 0) {
          return false;
        }
        from = at + part.length() + 1;
      }
      return true;
    }

    private static boolean containsWords(String hay, String needle) {
      return (" " + hay + " ").contains(" " + needle + " ");
    }
  }
}

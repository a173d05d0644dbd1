package dev.claimtrail.text;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Hashes that variants of one quote share, for indexing quotes by their words. {@link #whole}
 * hashes the normalized quote, with and without its editorial insertions; {@link #wordPairs} hashes
 * every pair of adjacent words of both forms, so that a part of a quote, a truncated or elided
 * variant, or a variant with "[the]" printed plainly, still shares most of its pairs with the
 * original. Hashes are 32 bits and may collide: they select candidates that {@link QuoteMatcher}
 * then checks. All methods run in time linear in the text.
 */
public final class QuoteFingerprint {
  private QuoteFingerprint() {}

  /** The distinct hashes of the normalized forms of {@code text}, with and without insertions. */
  public static int[] whole(String text) {
    return whole(QuoteForms.of(text));
  }

  /** {@link #whole(String)} of a text whose forms are already computed. */
  public static int[] whole(QuoteForms forms) {
    return distinct(new int[] {hash(forms.plain()), hash(forms.withInsertions())});
  }

  /** The hash of an already normalized text, as {@link #whole} computes it. */
  public static int hash(String normalized) {
    return mix(normalized.hashCode());
  }

  /**
   * The distinct, sorted hashes of the pairs of adjacent words of both normalized forms of {@code
   * text}; a text of one word yields the hash of that word alone, and an empty one nothing.
   */
  public static int[] wordPairs(String text) {
    return wordPairs(QuoteForms.of(text));
  }

  /** {@link #wordPairs(String)} of a text whose forms are already computed. */
  public static int[] wordPairs(QuoteForms forms) {
    return wordPairs(forms.plain(), forms.withInsertions());
  }

  /**
   * How many distinct word pairs of {@code text} any text must share with it for {@link
   * QuoteMatcher} to find one a run of words of the other, or one to hold the other's fragments
   * between elisions in order: the pairs of whichever form gives the fewest, among the normalized
   * text with insertions, without them, and the pairs inside its fragments between elisions. Zero
   * when a form has fewer than two words. Lets an index skip candidates that cannot be variants.
   */
  public static int containedPairs(String text) {
    return containedPairs(QuoteForms.of(text));
  }

  /** {@link #containedPairs(String)} of a text whose forms are already computed. */
  public static int containedPairs(QuoteForms forms) {
    String plain = forms.plain();
    String withInsertions = forms.withInsertions();
    if (plain.indexOf(' ') < 0 || withInsertions.indexOf(' ') < 0) {
      return 0;
    }
    List<String> fragments = forms.fragments();
    int fewest = Math.min(distinct(pairsOf(plain)).length, distinct(pairsOf(withInsertions)).length);
    if (fragments.size() < 2) {
      return fewest;
    }
    IntStream inside = IntStream.empty();
    for (String fragment : fragments) {
      if (fragment.indexOf(' ') >= 0) {
        inside = IntStream.concat(inside, Arrays.stream(pairsOf(fragment)));
      }
    }
    return Math.min(fewest, (int) inside.distinct().count());
  }

  /** {@link #wordPairs(String)} of a text already normalized, with and without insertions. */
  static int[] wordPairs(String plain, String withInsertions) {
    int[] a = pairsOf(plain);
    int[] b = plain.equals(withInsertions) ? new int[0] : pairsOf(withInsertions);
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return distinct(all);
  }

  /** The hashes of the pairs of adjacent words of a normalized text, in text order. */
  static int[] pairsOf(String normalized) {
    if (normalized.isEmpty()) {
      return new int[0];
    }
    String[] words = normalized.split(" ");
    if (words.length == 1) {
      return new int[] {hash(normalized)};
    }
    int[] pairs = new int[words.length - 1];
    int previous = words[0].hashCode();
    for (int i = 1; i < words.length; i++) {
      int current = words[i].hashCode();
      pairs[i - 1] = mix(previous * 0x01000193 ^ current);
      previous = current;
    }
    return pairs;
  }

  private static int[] distinct(int[] hashes) {
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}

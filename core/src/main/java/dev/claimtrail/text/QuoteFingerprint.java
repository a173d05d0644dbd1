package dev.claimtrail.text;

import dev.claimtrail.internal.HashMixing;
import java.util.Arrays;
import java.util.List;

/**
 * Hashes that variants of one quote share, for indexing quotes by their words. {@link #whole}
 * hashes the normalized quote, with and without its editorial insertions; {@link #wordPairs} hashes
 * every pair of adjacent words of both forms, so that a part of a quote, a truncated or elided
 * variant, or a variant with "[the]" printed plainly, still shares most of its pairs with the
 * original. Hashes are 32 bits and may collide: they select candidates that {@link QuoteMatcher}
 * then checks. All methods run in time linear in the text, plus a sort of its pair hashes.
 */
public final class QuoteFingerprint {
  private static final int[] NONE = {};

  private QuoteFingerprint() {}

  /**
   * {@return the distinct hashes of the normalized forms of {@code text}, with and without insertions}
   *
   * @param text the quote as printed
   */
  public static int[] whole(String text) {
    return whole(QuoteForms.of(text));
  }

  /**
   * {@return {@link #whole(String)} of a text whose forms are already computed}
   *
   * @param forms the forms of the quote
   */
  public static int[] whole(QuoteForms forms) {
    int plain = hash(forms.plain());
    int withInsertions = hash(forms.withInsertions());
    return plain == withInsertions ? new int[] {plain}
        : new int[] {Math.min(plain, withInsertions), Math.max(plain, withInsertions)};
  }

  /**
   * {@return the hash of an already normalized text, as {@link #whole} computes it}
   *
   * @param normalized text in the form {@link QuoteText#normalize} gives
   */
  public static int hash(String normalized) {
    return HashMixing.murmur3(normalized.hashCode());
  }

  /**
   * {@return the distinct, sorted hashes of the pairs of adjacent words of both normalized forms of {@code
   * text}; a text of one word yields the hash of that word alone, and an empty one nothing}
   *
   * @param text the quote as printed
   */
  public static int[] wordPairs(String text) {
    return wordPairs(QuoteForms.of(text));
  }

  /**
   * {@return {@link #wordPairs(String)} of a text whose forms are already computed} The pairs of each form
   * are kept with the forms, so {@link #containedPairs(QuoteForms)} of the same forms does not
   * compute them again.
   *
   * @param forms the forms of the quote
   */
  public static int[] wordPairs(QuoteForms forms) {
    return forms.pairs().union();
  }

  /**
   * {@return how many distinct word pairs of {@code text} any text must share with it for {@link
   * QuoteMatcher} to find one a run of words of the other, or one to hold the other's fragments
   * between elisions in order: the pairs of whichever form gives the fewest, among the normalized
   * text with insertions, without them, and the pairs inside its fragments between elisions} Zero
   * when a form has fewer than two words. Lets an index skip candidates that cannot be variants.
   *
   * @param text the quote as printed
   */
  public static int containedPairs(String text) {
    return containedPairs(QuoteForms.of(text));
  }

  /**
   * {@return {@link #containedPairs(String)} of a text whose forms are already computed}
   *
   * @param forms the forms of the quote
   */
  public static int containedPairs(QuoteForms forms) {
    if (forms.plain().indexOf(' ') < 0 || forms.withInsertions().indexOf(' ') < 0) {
      return 0;
    }
    FormPairs pairs = forms.pairs();
    int fewest = Math.min(pairs.plain.length, pairs.withInsertions.length);
    List<String> fragments = forms.fragments();
    return fragments.size() < 2 ? fewest : Math.min(fewest, pairsInside(fragments));
  }

  /** How many distinct pairs the fragments of more than one word hold, counted together. */
  private static int pairsInside(List<String> fragments) {
    int[][] each = new int[fragments.size()][];
    int total = 0;
    for (int i = 0; i < each.length; i++) {
      String fragment = fragments.get(i);
      each[i] = fragment.indexOf(' ') >= 0 ? pairsOf(fragment) : NONE;
      total += each[i].length;
    }
    int[] all = new int[total];
    int filled = 0;
    for (int[] pairs : each) {
      System.arraycopy(pairs, 0, all, filled, pairs.length);
      filled += pairs.length;
    }
    return sortDistinct(all, all.length);
  }

  /** {@link #wordPairs(String)} of a text already normalized, with and without insertions. */
  static int[] wordPairs(String plain, String withInsertions) {
    return FormPairs.of(plain, withInsertions).union();
  }

  /**
   * The hashes of the pairs of adjacent words of a normalized text, in text order: for words
   * {@code a b}, a mix of {@code a.hashCode() * 0x01000193 ^ b.hashCode()}. A text of one word gives
   * its {@link #hash}, an empty one nothing. Reads each word's {@link String#hashCode()} off the
   * text in one scan, without splitting it into strings; the text must have no space at either end
   * and none next to another, as normalized text has none.
   */
  static int[] pairsOf(String normalized) {
    int[] pairs = new int[normalized.length()];
    int count = scanPairs(normalized, pairs);
    return count == pairs.length ? pairs : Arrays.copyOf(pairs, count);
  }

  /**
   * Writes the {@link #pairsOf} hashes of {@code normalized} to the front of {@code pairs}, which
   * must have room for them: as many as the text has characters is always enough.
   *
   * @return how many there are
   */
  private static int scanPairs(String normalized, int[] pairs) {
    int length = normalized.length();
    int count = 0;
    int previous = 0;
    int current = 0;
    boolean first = true;
    for (int i = 0; i < length; i++) {
      char c = normalized.charAt(i);
      if (c == ' ') {
        if (!first) {
          pairs[count++] = pairHash(previous, current);
        }
        first = false;
        previous = current;
        current = 0;
      } else {
        current = 31 * current + c;
      }
    }
    if (!first) {
      pairs[count++] = pairHash(previous, current);
    } else if (length > 0) {
      pairs[count++] = hash(normalized);
    }
    return count;
  }

  /** The hash of two adjacent words, from their {@link String#hashCode()}s. */
  private static int pairHash(int first, int second) {
    return HashMixing.murmur3(first * 0x01000193 ^ second);
  }

  /**
   * Sorts the first {@code count} of {@code hashes} and moves their distinct values, ascending, to
   * the front.
   *
   * @return how many distinct values there are
   */
  private static int sortDistinct(int[] hashes, int count) {
    if (count < 2) {
      return count;
    }
    Arrays.sort(hashes, 0, count);
    int distinct = 1;
    for (int i = 1; i < count; i++) {
      if (hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct;
  }

  /**
   * The distinct, sorted {@link #pairsOf} hashes of each normalized form of one quote; the same
   * array for both when the forms are equal. Immutable once built: nothing writes to the arrays
   * after construction and no caller receives them.
   */
  static final class FormPairs {
    final int[] plain;
    final int[] withInsertions;

    private FormPairs(int[] plain, int[] withInsertions) {
      this.plain = plain;
      this.withInsertions = withInsertions;
    }

    /** The pairs of the two normalized forms of one quote. */
    static FormPairs of(String plain, String withInsertions) {
      int[] plainPairs = distinctPairs(plain);
      return new FormPairs(plainPairs,
          plain.equals(withInsertions) ? plainPairs : distinctPairs(withInsertions));
    }

    private static int[] distinctPairs(String normalized) {
      int[] pairs = new int[normalized.length()];
      int distinct = sortDistinct(pairs, scanPairs(normalized, pairs));
      return Arrays.copyOf(pairs, distinct);
    }

    /** The distinct, sorted hashes of both forms together, in a new array. */
    int[] union() {
      if (plain == withInsertions) {
        return plain.clone();
      }
      int[] union = new int[plain.length + withInsertions.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < plain.length && j < withInsertions.length) {
        int a = plain[i];
        int b = withInsertions[j];
        union[n++] = Math.min(a, b);
        i += a <= b ? 1 : 0;
        j += b <= a ? 1 : 0;
      }
      while (i < plain.length) {
        union[n++] = plain[i++];
      }
      while (j < withInsertions.length) {
        union[n++] = withInsertions[j++];
      }
      return n == union.length ? union : Arrays.copyOf(union, n);
    }
  }
}

package dev.claimtrail.text;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads quote text into {@link Segment}s and computes its normalized form. The normalized form keeps
 * only the speaker's words, in lower case, with typography (quote marks, dashes, ellipses,
 * punctuation, spacing) and editorial insertions removed, so that the variants of one quote printed
 * by different outlets mostly share it. All methods run in time linear in the text.
 */
public final class QuoteText {
  /**
   * Non-ASCII quote marks, dashes, ellipsis and no-break space: compatibility folding leaves them,
   * or turns them into characters that are, like them, neither letters nor digits.
   */
  private static final String TYPOGRAPHY = "‘’“”–—…\u00A0";

  private QuoteText() {}

  /**
   * Splits {@code text} into verbatim, insertion and elision segments. Square brackets holding only
   * an ellipsis are elisions; other bracketed text is an insertion; "…", "..." and longer runs of
   * dots are elisions. An unmatched bracket is kept as verbatim text.
   */
  public static List<Segment> segments(String text) {
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    int verbatimStart = 0;
    int i = 0;
    while (i < text.length()) {
      int end = markEnd(text, i);
      if (end > i) {
        if (verbatimStart < i) {
          out.add(Segment.of(Segment.Kind.VERBATIM, text.substring(verbatimStart, i)));
        }
        String mark = text.substring(i, end);
        out.add(Segment.of(isElision(mark) ? Segment.Kind.ELISION : Segment.Kind.INSERTION, mark));
        verbatimStart = end;
        i = end;
      } else {
        i++;
      }
    }
    if (verbatimStart < text.length()) {
      out.add(Segment.of(Segment.Kind.VERBATIM, text.substring(verbatimStart)));
    }
    return out.build();
  }

  /** The end of an insertion or elision starting at {@code i}, or {@code i} if none starts there. */
  private static int markEnd(String text, int i) {
    char c = text.charAt(i);
    if (c == '…') {
      return i + 1;
    }
    if (c == '.' && text.startsWith("...", i)) {
      int end = i;
      while (end < text.length() && text.charAt(end) == '.') {
        end++;
      }
      return end;
    }
    if (c == '[') {
      int close = text.indexOf(']', i + 1);
      int nextOpen = text.indexOf('[', i + 1);
      if (close > i + 1 && (nextOpen < 0 || nextOpen > close)) {
        return close + 1;
      }
    }
    return i;
  }

  private static boolean isElision(String mark) {
    String inner = mark.startsWith("[") ? mark.substring(1, mark.length() - 1).strip() : mark;
    return inner.equals("…") || (inner.length() >= 3 && onlyDots(inner));
  }

  private static boolean onlyDots(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * The speaker's words of {@code text} in lower case, separated by single spaces: insertions and
   * elisions are dropped, letters are folded to their compatibility form (NFKC), and every run of
   * characters that are neither letters nor digits becomes one space. Apostrophes inside words are
   * dropped ("Ukraine’s" becomes "ukraines").
   */
  public static String normalize(String text) {
    return QuoteForms.of(text).plain();
  }

  /**
   * Like {@link #normalize(String)} but keeping the words of editorial insertions, for matching a
   * variant that printed them without brackets.
   */
  public static String normalizeWithInsertions(String text) {
    return QuoteForms.of(text).withInsertions();
  }

  /**
   * Whether every word of {@code words} is a word of {@code text}, in any order, both compared in
   * their {@link #normalize(String) normalized} form: "moreno" is in "Ana Moreno". Words with no
   * letters or digits are in every text.
   */
  public static boolean containsWords(String text, String words) {
    String wanted = normalize(words);
    if (wanted.isEmpty()) {
      return true;
    }
    Set<String> have = Set.copyOf(Arrays.asList(normalize(text).split(" ")));
    for (String word : wanted.split(" ")) {
      if (!have.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The normalized words of each run of {@code text} between elisions, in order, leaving out runs
   * with no words: "We must … discuss [the] issues" gives "we must" and "discuss issues".
   */
  public static List<String> fragments(String text) {
    return QuoteForms.of(text).fragments();
  }

  /**
   * The normalization of one run of text, with no insertions or elisions of its own: NFKC, lower
   * case, every run of characters that are neither letters nor digits made one space, apostrophes
   * inside words dropped, no space at either end.
   */
  static String words(CharSequence raw) {
    String words = scanWords(raw, true);
    return words != null ? words
        : scanWords(Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), false);
  }

  /**
   * The words of {@code text} as {@link #words} gives them, taking the text as already folded; or,
   * when {@code plainOnly}, null on meeting a character that folding or lower-casing could change
   * in a way that matters to the words. Only ASCII and {@link #TYPOGRAPHY} are plain: folding them
   * changes nothing but the case of ASCII letters, which this lowers itself.
   */
  private static String scanWords(CharSequence text, boolean plainOnly) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (plainOnly && c >= 0x80 && TYPOGRAPHY.indexOf(c) < 0) {
        return null;
      }
      if (isLetterOrDigit(c)) {
        if (pendingSpace && length > 0) {
          out[length++] = ' ';
        }
        pendingSpace = false;
        out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (!isApostrophe(c) || i == 0 || !isLetterOrDigit(text.charAt(i - 1))) {
        pendingSpace = true;
      }
    }
    return new String(out, 0, length);
  }

  /** {@link Character#isLetterOrDigit(char)}, answering for ASCII without its property tables. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }
}

package dev.claimtrail.text;

import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads quote text into {@link Segment}s and computes its normalized form. The normalized form keeps
 * only the speaker's words, in lower case, with typography (quote marks, dashes, ellipses,
 * punctuation, spacing) and editorial insertions removed, so that the variants of one quote printed
 * by different outlets mostly share it. All methods run in time linear in the text.
 */
public final class QuoteText {
  private QuoteText() {}

  /**
   * Splits {@code text} into verbatim, insertion and elision segments. Square brackets holding only
   * an ellipsis are elisions; other bracketed text is an insertion; "…", "..." and longer runs of
   * dots are elisions. An unmatched bracket is kept as verbatim text.
   *
   * @param text the quote as printed
   * @return the segments, in the order of the text
   */
  public static List<Segment> segments(String text) {
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    scanSegments(text, (kind, start, end) -> out.add(Segment.of(kind, text.substring(start, end))));
    return out.build();
  }

  /** Receives the segments of a text, each as the range of the text it covers. */
  @FunctionalInterface
  interface SegmentSink {
    /** Takes the segment of kind {@code kind} that covers {@code text[start, end)}. */
    void accept(Segment.Kind kind, int start, int end);
  }

  /**
   * Passes the {@link #segments} of {@code text} to {@code sink} in order, as ranges of the text,
   * without making a string or a {@link Segment} of each.
   */
  static void scanSegments(String text, SegmentSink sink) {
    int verbatimStart = 0;
    int i = 0;
    while (i < text.length()) {
      int end = markEnd(text, i);
      if (end > i) {
        if (verbatimStart < i) {
          sink.accept(Segment.Kind.VERBATIM, verbatimStart, i);
        }
        sink.accept(isElision(text, i, end) ? Segment.Kind.ELISION : Segment.Kind.INSERTION, i, end);
        verbatimStart = end;
        i = end;
      } else {
        i++;
      }
    }
    if (verbatimStart < text.length()) {
      sink.accept(Segment.Kind.VERBATIM, verbatimStart, text.length());
    }
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

  /**
   * Whether the mark {@code text[start, end)} is an elision: an ellipsis or three or more dots,
   * alone or in square brackets with only white space beside it.
   */
  private static boolean isElision(String text, int start, int end) {
    if (text.charAt(start) == '[') {
      start++;
      end--;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
    }
    if (end - start == 1) {
      return text.charAt(start) == '…';
    }
    if (end - start < 3) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the speaker's words of {@code text} in lower case, separated by single spaces: insertions and
   * elisions are dropped, letters are folded to their compatibility form (NFKC), and every run of
   * characters that are neither letters nor digits becomes one space} Apostrophes inside words are
   * dropped ("Ukraine’s" becomes "ukraines").
   *
   * @param text the text to normalize
   */
  public static String normalize(String text) {
    return QuoteForms.of(text).plain();
  }

  /**
   * {@return like {@link #normalize(String)} but keeping the words of editorial insertions, for matching a
   * variant that printed them without brackets}
   *
   * @param text the quote as printed
   */
  public static String normalizeWithInsertions(String text) {
    return QuoteForms.of(text).withInsertions();
  }

  /**
   * {@return whether every word of {@code words} is a word of {@code text}, in any order, both compared in
   * their {@link #normalize(String) normalized} form: "moreno" is in "Ana Moreno"} Words with no
   * letters or digits are in every text.
   *
   * @param text the text to search
   * @param words the words to find
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
   * {@return the normalized words of each run of {@code text} between elisions, in order, leaving out runs
   * with no words: "We must … discuss [the] issues" gives "we must" and "discuss issues"}
   *
   * @param text the quote as printed
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
    return words(raw, 0, raw.length());
  }

  /** {@link #words(CharSequence)} of {@code raw[start, end)}. */
  static String words(CharSequence raw, int start, int end) {
    String words = scanWords(raw, start, end, true);
    if (words != null) {
      return words;
    }
    String folded = Normalizer.normalize(raw.subSequence(start, end), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    return verifyNotNull(scanWords(folded, 0, folded.length(), false));
  }

  /**
   * The words of {@code text[start, end)} as {@link #words} gives them, taking the text as already
   * folded; or, when {@code plainOnly}, null on meeting a character that folding or lower-casing
   * could change in a way that matters to the words. Only ASCII and {@link #isTypography typography} are plain:
   * folding them changes nothing but the case of ASCII letters, which this lowers itself, and
   * typography is neither letter nor digit.
   */
  private static @Nullable String scanWords(CharSequence text, int start, int end, boolean plainOnly) {
    char[] out = new char[end - start];
    int length = 0;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean letterOrDigit;
      if (c >= 0x80 && plainOnly) {
        if (!isTypography(c)) {
          return null;
        }
        letterOrDigit = false;
      } else {
        letterOrDigit = isLetterOrDigit(c);
      }
      if (letterOrDigit) {
        if (pendingSpace && length > 0) {
          out[length++] = ' ';
        }
        pendingSpace = false;
        out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (!isApostrophe(c) || i == start || !isLetterOrDigit(text.charAt(i - 1))) {
        pendingSpace = true;
      }
    }
    return new String(out, 0, length);
  }

  /**
   * Whether {@code c} is a non-ASCII quote mark, dash, ellipsis or no-break space: compatibility
   * folding leaves these, or turns them into characters that are, like them, neither letters nor
   * digits.
   */
  private static boolean isTypography(char c) {
    switch (c) {
      case '‘':
      case '’':
      case '“':
      case '”':
      case '–':
      case '—':
      case '…':
      case '\u00A0':
        return true;
      default:
        return false;
    }
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

package dev.claimtrail.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words, numbers, punctuation and quote marks of a text with their character offsets, kept in
 * parallel arrays so that megabytes of text cost no object per token. Built by one left-to-right
 * scan; a word keeps inner apostrophes, hyphens and dots ("Ukraine's", "state-owned", "RT.com"),
 * and two apostrophes in a row ({@code ''}), which some outlets print for a double quote mark, are
 * one punctuation token.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;
  static final byte QUOTE = 3;

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private byte[] breaksBefore;
  @SuppressWarnings("NullAway.Init") // made by scan, before any token is read
  private String[] lowerCache;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.max(16, text.length() / 4);
    starts = new int[capacity];
    ends = new int[capacity];
    kinds = new byte[capacity];
    breaksBefore = new byte[capacity];
  }

  /** Scans {@code text} into tokens. */
  static Tokens scan(String text) {
    Tokens t = new Tokens(text);
    int n = text.length();
    int i = 0;
    int breaks = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        breaks++;
        i++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        t.add(i, end, allDigits(text, i, end) ? NUMBER : WORD, breaks);
        breaks = 0;
        i = end;
      } else {
        int end = c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' ? i + 2 : i + 1;
        t.add(i, end, isQuoteMark(c) ? QUOTE : PUNCT, breaks);
        breaks = 0;
        i = end;
      }
    }
    t.lowerCache = new String[t.size];
    return t;
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑' || c == '&')
          && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean allDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is a double quote mark of any style. */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟'
        || c == '″';
  }

  private void add(int start, int end, byte kind, int breaks) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      breaksBefore = Arrays.copyOf(breaksBefore, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    breaksBefore[size] = (byte) Math.min(breaks, 100);
    size++;
  }

  /** The scanned text. */
  String text() {
    return text;
  }

  /** The number of tokens. */
  int size() {
    return size;
  }

  /** The offset of token {@code i}'s first character. */
  int start(int i) {
    return starts[i];
  }

  /** The offset just past token {@code i}. */
  int end(int i) {
    return ends[i];
  }

  /** The kind of token {@code i}. */
  byte kind(int i) {
    return kinds[i];
  }

  /** How many line breaks separate token {@code i} from the one before it. */
  int breaksBefore(int i) {
    return breaksBefore[i];
  }

  /** The text of token {@code i}. */
  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** The text of word or number {@code i} in lower case; "" for other tokens and outside them. */
  String lower(int i) {
    if (i < 0 || i >= size || kinds[i] == PUNCT || kinds[i] == QUOTE) {
      return "";
    }
    String cached = lowerCache[i];
    if (cached == null) {
      cached = text(i).toLowerCase(Locale.ROOT).replace('’', '\'');
      lowerCache[i] = cached;
    }
    return cached;
  }

  /** The first character of token {@code i}. */
  char first(int i) {
    return text.charAt(starts[i]);
  }

  /** Whether token {@code i} exists and is a word. */
  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == WORD;
  }

  /** Whether token {@code i} exists and is the punctuation character {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /**
   * Whether token {@code i} is two apostrophes ({@code ''}), the typewriter's double quote mark.
   * They are not paired as quote marks: the words between them are read as the reporter's, by the
   * rules for reported clauses.
   */
  boolean isDoubleApostrophe(int i) {
    return i >= 0 && i < size && kinds[i] == PUNCT && ends[i] - starts[i] == 2;
  }

  /** Whether token {@code i} is a word that starts with an upper-case letter or a digit. */
  boolean isCapitalized(int i) {
    return isWord(i) && (Character.isUpperCase(first(i)) || Character.isTitleCase(first(i)));
  }

  /** Whether token {@code i} is a word written all in capitals and longer than {@code min}. */
  boolean isAllCaps(int i, int min) {
    if (!isWord(i) || ends[i] - starts[i] <= min) {
      return false;
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is a word ending in a possessive "'s" or "’s". */
  boolean isPossessive(int i) {
    String w = lower(i);
    return isWord(i) && w.length() > 2 && w.endsWith("'s");
  }

  /** The lower-case word of token {@code i} without a possessive ending. */
  String lowerStem(int i) {
    String w = lower(i);
    return isPossessive(i) ? w.substring(0, w.length() - 2) : w;
  }

  /** Whether token {@code i} is the lower-case word {@code word}. */
  boolean is(int i, String word) {
    return i >= 0 && i < size && kinds[i] == WORD && ends[i] - starts[i] == word.length()
        && text.regionMatches(true, starts[i], word, 0, word.length());
  }

  /** The text from the start of token {@code from} to the end of token {@code to} (inclusive). */
  String slice(int from, int to) {
    return text.substring(starts[from], ends[to]);
  }

  /** {@link #slice} with each run of white space turned into one space. */
  String words(int from, int to) {
    return collapseSpace(slice(from, to));
  }

  /** {@code s} with each run of white space turned into one space, trimmed. */
  static String collapseSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether token {@code i} ends a share of people: the "%" of "42%", "10" in "six in 10". */
  boolean isShareNumber(int i) {
    return i > 0 && (isPunct(i, '%') && kind(i - 1) == NUMBER || kind(i) == NUMBER && is(i - 1, "in"));
  }
}

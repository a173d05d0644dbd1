package dev.claimtrail.extract;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Sentence boundaries of a token range, found in one pass. A sentence ends at ".", "!", "?" or "…"
 * before a capitalized word or a quote (abbreviations such as "Aug." and initials excepted), after a
 * closing quote whose words end a sentence, at a blank line, and at a line break after end
 * punctuation or after a line that ends like a headline (but not inside a name wrapped over a
 * full line of prose, see {@link #wrapsName}), and after the dash of a dateline ({@code LONDON
 * (Reuters) —}). Two apostrophes ({@code ''}) open and close a sentence as a quote mark does.
 * Quotes are opaque: no boundary falls inside one or at its closing mark, so a
 * quote ending in "?" or "!" belongs to the sentence that reports it ({@code "...?" she asked}).
 */
final class Sentences {

  /** Most tokens of a dateline before its dash ("PORTLAND, Ore. (AP) —"). */
  private static final int MAX_DATELINE = 10;

  /** The least length of a line of hard-wrapped text that a name may run over. */
  static final int FULL_LINE = 40;

  private final int[] starts;
  private final int count;
  private final int end;

  private Sentences(int[] starts, int count, int end) {
    this.starts = starts;
    this.count = count;
    this.end = end;
  }

  /**
   * The sentences of tokens {@code [from, to)}; with {@code quotes}, tokens inside quotes never
   * start a sentence.
   */
  static Sentences split(Tokens t, int from, int to, Quotes.@Nullable Found quotes) {
    int[] starts = new int[16];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (i == from || (quotes == null || !quotes.inside(i) && !quotes.closes(i))
          && startsSentence(t, i, from)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
    }
    return new Sentences(starts, count, to);
  }

  private static boolean startsSentence(Tokens t, int i, int from) {
    int prev = i - 1;
    if (prev < from) {
      return false;
    }
    boolean opener = t.isCapitalized(i) || openingMark(t, i) || t.kind(i) == Tokens.NUMBER;
    if (t.breaksBefore(i) >= 2) {
      return true;
    }
    if (t.breaksBefore(i) == 1) {
      if (endsSentence(t, prev) || t.isPunct(prev, ':')) {
        return true;
      }
      if (quoteMark(t, prev) && endsSentence(t, prev - 1)) {
        return true;
      }
      if (openingMark(t, i) && (t.isPunct(prev, ')') || quoteMark(t, prev))) {
        return true;
      }
      if (opener && (t.isCapitalized(prev) || t.kind(prev) == Tokens.NUMBER)
          && !t.isPunct(i + 1, ':') && !openingMark(t, i) && !wrapsName(t, i)) {
        return true;
      }
    }
    if (!opener) {
      return false;
    }
    if (endsDateline(t, prev, from)) {
      return true;
    }
    if (endsSentence(t, prev)) {
      return !isAbbreviation(t, prev - 1);
    }
    if (quoteMark(t, prev) && endsSentence(t, prev - 1)) {
      return !(t.isCapitalized(i) && nextIsCue(t, i));
    }
    return false;
  }

  /** Whether token {@code i} is a quote mark or two apostrophes standing for one. */
  private static boolean quoteMark(Tokens t, int i) {
    return t.kind(i) == Tokens.QUOTE || t.isDoubleApostrophe(i);
  }

  /** Whether token {@code i} is a quote mark, or two apostrophes after a space, which open a quote. */
  private static boolean openingMark(Tokens t, int i) {
    return t.kind(i) == Tokens.QUOTE || t.isDoubleApostrophe(i) && (i == 0 || t.end(i - 1) < t.start(i));
  }

  /**
   * Whether the capitalized word at token {@code i} continues a name from the line before it in
   * hard-wrapped prose ("Ken\nDoyle"): one line break, after a capitalized word that ends a full
   * line of running text (at least {@link #FULL_LINE} characters, several of its words in lower
   * case, so not a headline in title case), and not before a function word.
   */
  static boolean wrapsName(Tokens t, int i) {
    if (t.breaksBefore(i) != 1 || i == 0 || !t.isCapitalized(i) || !t.isCapitalized(i - 1)
        || Lexicon.standard().functionWords.contains(t.lower(i))) {
      return false;
    }
    String text = t.text();
    int lineStart = text.lastIndexOf('\n', t.start(i - 1)) + 1;
    if (t.end(i - 1) - lineStart < FULL_LINE) {
      return false;
    }
    int lowerWords = 0;
    for (int k = lineStart; k < t.end(i - 1); k++) {
      if ((k == lineStart || text.charAt(k - 1) == ' ') && Character.isLowerCase(text.charAt(k))) {
        lowerWords++;
      }
    }
    return lowerWords >= 3;
  }

  /**
   * Whether a reporting verb follows the capitalized words at token {@code i} within a few words:
   * {@code "...?" Jones asked} goes on after the quote, {@code "..." In the same report} does not.
   */
  private static boolean nextIsCue(Tokens t, int i) {
    Lexicon lex = Lexicon.standard();
    for (int k = i; k < Math.min(t.size(), i + 5); k++) {
      if (k > i && lex.cueAt(t, k) != null) {
        return true;
      }
      if (t.kind(k) != Tokens.WORD || !t.isCapitalized(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the dash at token {@code dash} ends a dateline that opens its line: a place in capitals,
   * then at most a few capitalized words, commas, periods and a parenthesized agency ("PORTLAND,
   * Ore. (AP) —", "LONDON (Reuters) -"). What follows is the story's first sentence.
   */
  private static boolean endsDateline(Tokens t, int dash, int from) {
    if (t.kind(dash) != Tokens.PUNCT || t.first(dash) != '—' && t.first(dash) != '–' && t.first(dash) != '-') {
      return false;
    }
    int k = dash - 1;
    while (k >= from && dash - k <= MAX_DATELINE && t.breaksBefore(k) == 0 && k > 0
        && (t.isCapitalized(k) || t.kind(k) == Tokens.PUNCT && ",.()".indexOf(t.first(k)) >= 0)) {
      k--;
    }
    return k >= from && dash - k <= MAX_DATELINE && (k == 0 || t.breaksBefore(k) > 0) && t.isAllCaps(k, 1);
  }

  /** Whether token {@code i} is punctuation that ends a sentence: ".", "!", "?" or "…". */
  static boolean endsSentence(Tokens t, int i) {
    if (i < 0 || i >= t.size() || t.kind(i) != Tokens.PUNCT) {
      return false;
    }
    char c = t.first(i);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isAbbreviation(Tokens t, int i) {
    if (!t.isWord(i) || t.end(i) != t.start(i + 1)) {
      return false;
    }
    String w = t.lower(i);
    return w.length() == 1 && Character.isUpperCase(t.first(i)) || WordClasses.standard().is(WordClasses.WordClass.ABBREVIATION, w)
        || w.indexOf('.') > 0;
  }

  /** The number of sentences. */
  int count() {
    return count;
  }

  /** The first token of sentence {@code s}. */
  int start(int s) {
    return starts[s];
  }

  /** The token just past sentence {@code s}. */
  int end(int s) {
    return s + 1 < count ? starts[s + 1] : end;
  }

  /** The sentence that holds token {@code i}. */
  int of(int i) {
    int pos = Arrays.binarySearch(starts, 0, count, i);
    return pos >= 0 ? pos : -pos - 2;
  }
}

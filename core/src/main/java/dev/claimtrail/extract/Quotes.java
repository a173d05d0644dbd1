package dev.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quote marks of a text in one left-to-right pass. Curly marks say which side they are
 * on; a straight mark opens when no quote is open and closes otherwise. A quote that runs to the
 * end of a line whose next line opens with a quote mark is one paragraph of a quote continued
 * there, as news style prints quotes over several paragraphs. A quote left open for more than
 * {@link #MAX_LENGTH} characters, or at the end of the text, is dropped as a stray mark; the scan
 * never goes back, so its time is linear in the number of tokens.
 */
final class Quotes {
  /** Longest quote, in characters, that the scan keeps open without a closing mark. */
  static final int MAX_LENGTH = 6000;

  /**
   * One quote: the token indices of its marks ({@code close} is -1 for a paragraph that the next
   * paragraph continues), and the character range of its words with surrounding space trimmed.
   */
  record Quote(int open, int close, int contentStart, int contentEnd, boolean continuesPrevious) {}

  private Quotes() {}

  /** The quotes of the tokens, in text order, and the marks of the tokens inside each. */
  static Found find(Tokens t) {
    List<int[]> raw = new ArrayList<>();
    int open = -1;
    char openMark = 0;
    boolean continuing = false;
    for (int i = 0; i < t.size(); i++) {
      if (open >= 0 && t.start(i) - t.end(open) > MAX_LENGTH) {
        open = -1;
        continuing = false;
      }
      if (t.kind(i) != Tokens.QUOTE) {
        continue;
      }
      char c = t.first(i);
      boolean opensOnly = c == '“' || c == '„' || c == '«';
      boolean closesOnly = c == '”' || c == '»' || c == '‟' || (c == '“' && openMark == '„');
      if (open < 0) {
        if (!closesOnly) {
          open = i;
          openMark = c;
        }
        continue;
      }
      boolean atLineStart = t.breaksBefore(i) > 0 && i > open + 1;
      boolean gluedToNext = i + 1 < t.size() && t.start(i + 1) == t.end(i);
      if (atLineStart && gluedToNext && !closesOnly && t.kind(i - 1) != Tokens.QUOTE) {
        raw.add(new int[] {open, -1, i - 1, continuing ? 1 : 0});
        open = i;
        openMark = c;
        continuing = true;
      } else if (opensOnly && !closesOnly) {
        continue;
      } else {
        if (i - 1 > open) {
          raw.add(new int[] {open, i, i - 1, continuing ? 1 : 0});
        }
        open = -1;
        continuing = false;
      }
    }
    return new Found(t, raw);
  }

  /** The quotes found in a text, with a fast test of whether a token lies inside one. */
  static final class Found {
    private static final byte INSIDE = 1;
    private static final byte CLOSING_MARK = 2;
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Integer> lastTokens = new ArrayList<>();
    private final byte[] inside;

    private Found(Tokens t, List<int[]> raw) {
      inside = new byte[t.size()];
      for (int[] r : raw) {
        int open = r[0];
        int close = r[1];
        int last = r[2];
        if (last <= open) {
          continue;
        }
        int contentStart = t.start(open + 1);
        int contentEnd = t.end(last);
        quotes.add(new Quote(open, close, contentStart, contentEnd, r[3] == 1));
        lastTokens.add(last);
        for (int k = open + 1; k <= last; k++) {
          inside[k] = INSIDE;
        }
        if (close >= 0) {
          inside[close] = CLOSING_MARK;
        }
      }
    }

    /** The quotes in text order. */
    List<Quote> all() {
      return quotes;
    }

    /** The index of the last token inside quote {@code q}. */
    int lastToken(int q) {
      return lastTokens.get(q);
    }

    /** The first token after quote {@code q}: past its closing mark, if it has one. */
    int after(int q) {
      Quote quote = quotes.get(q);
      return quote.close() >= 0 ? quote.close() + 1 : lastTokens.get(q) + 1;
    }

    /** Whether token {@code i} lies inside a quote (its marks excluded). */
    boolean inside(int i) {
      return i >= 0 && i < inside.length && inside[i] == INSIDE;
    }

    /** Whether token {@code i} is the mark that closes a quote. */
    boolean closes(int i) {
      return i >= 0 && i < inside.length && inside[i] == CLOSING_MARK;
    }

    /** The index of the quote whose words hold token {@code i}, or -1. */
    int quoteAt(int i) {
      if (!inside(i)) {
        return -1;
      }
      int lo = 0;
      int hi = quotes.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (quotes.get(mid).open() < i) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return hi;
    }
  }
}

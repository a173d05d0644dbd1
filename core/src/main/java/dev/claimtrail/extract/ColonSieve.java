package dev.claimtrail.extract;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who speaks by the layout of a colon or a dash, with no reporting verb: a name that opens a
 * sentence before the colon ({@code Smith: "..."}, {@code Continued Smith: "..."}, with the outlet
 * where it was said after a comma: {@code Smith, Fox News: "..."}), a name after a quote that opens
 * its line ({@code "...": Riverside residents}), a name signing a quote after a dash at the end of
 * its line ({@code "..." — Ana Ruiz}), an introduction that ends the line before a quote
 * paragraph ({@code Ruiz wrote:} and then {@code "..."}), and a transcript's label at the start
 * of the quoted words ({@code "MORENO: ...}).
 */
final class ColonSieve extends ArticleRules implements QuoteSieve {
  /** Most words of a speaker's label in a transcript ("SEN. JOHN SMITH:"). */
  private static final int MAX_LABEL_WORDS = 4;

  private final ReportingFrames frames;
  private final NamesBeforeColons names;

  ColonSieve(Article article, ReportingFrames frames, NamesBeforeColons names) {
    super(article);
    this.frames = frames;
    this.names = names;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    Frame label = speakerLabel(quote);
    if (label != null) {
      return label;
    }
    int colon = quote.before();
    boolean opensLine = quote.open() == 0 || t.breaksBefore(quote.open()) > 0;
    if (isDash(quote.after()) && (opensLine || !quote.wordsBefore())) {
      // a signature: the line before may end in one of its own, in the same sentence
      Frame signed = nameAfterColon(quote.after() + 1, quote.hi());
      return signed != null && endsLine(signed.end(), quote.hi()) ? signed : null;
    }
    if (quote.wordsBefore()) {
      return t.isPunct(colon, ':') ? names.nameBeforeColon(quote.lo(), colon) : null;
    }
    if (t.isPunct(quote.after(), ':') && opensLine) {
      return nameAfterColon(quote.after() + 1, quote.hi());
    }
    return t.isPunct(colon, ':') && t.breaksBefore(quote.open()) > 0 ? introductionAbove(colon) : null;
  }

  /**
   * The speaker's label that opens the words of a quote in a transcript ({@code "MORENO: Let's
   * start ...}): a few capitalized words and a colon, whose last word names the speaker, as a
   * short name of someone the text names elsewhere or as a new name. Null when the quote opens
   * otherwise.
   */
  private @Nullable Frame speakerLabel(QuoteCandidate quote) {
    int start = quote.open() + 1;
    int colon = labelColon(t, quotes, quote.open());
    if (colon < 0) {
      return null;
    }
    String last = t.text(colon - 1);
    Entity named = entities.named(last.charAt(0) + last.substring(1).toLowerCase(Locale.ROOT));
    return new Frame(new Entities.Resolved(named, t.words(start, colon - 1), false), -1, null, start,
        colon, false, 0);
  }

  /**
   * The colon that ends a transcript's speaker label at the start of the quote opened at token
   * {@code open}, or -1 when its words open otherwise.
   */
  static int labelColon(Tokens t, Quotes.Found quotes, int open) {
    int colon = open + 1;
    while (colon <= open + MAX_LABEL_WORDS && t.isWord(colon) && t.isCapitalized(colon)) {
      colon++;
    }
    return colon > open + 1 && t.isPunct(colon, ':') && quotes.inside(colon + 1) ? colon : -1;
  }

  private boolean isDash(int k) {
    return t.isPunct(k, '—') || t.isPunct(k, '–') || t.isPunct(k, '―') || t.isPunct(k, '-');
  }

  /** Whether nothing but punctuation stands from token {@code k} to the end of its line or {@code hi}. */
  private boolean endsLine(int k, int hi) {
    for (int j = k; j < hi && j < t.size(); j++) {
      if (t.breaksBefore(j) > 0) {
        return true;
      }
      if (t.kind(j) != Tokens.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** {@code "...": Riverside residents}, as headlines print who speaks. */
  private @Nullable Frame nameAfterColon(int k, int hi) {
    int end = entities.phraseEndAfter(k, hi);
    Entities.Resolved r = end > k ? entities.resolve(k, end) : null;
    return r == null || r.pronoun() ? null : new Frame(r, -1, null, k, end, true, 0);
  }

  /** The reporting clause or name that ends the sentence before a quote paragraph with a colon. */
  private @Nullable Frame introductionAbove(int colon) {
    int lo = sentenceStartOf(colon);
    Frame clause = frames.frameBefore(colon - 1, lo);
    return clause != null ? clause : names.nameBeforeColon(lo, colon);
  }
}

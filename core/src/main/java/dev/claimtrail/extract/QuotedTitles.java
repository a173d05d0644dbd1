package dev.claimtrail.extract;

/**
 * Tells quoted names of works, shows and events from quoted words: a quote in title case, every
 * word but function words capitalized ("State of the Union", "Fox and Friends"), is a title; one
 * printed right after a possessive or an article ({@code on MSNBC's "Morning Joe"}, {@code during
 * a "Commander-in-Chief Forum"}) names something rather than quotes anyone.
 */
final class QuotedTitles extends ArticleRules {
  /** Most words of a title that is taken for a name rather than for a quote. */
  private static final int MAX_NAME_WORDS = 6;

  QuotedTitles(Article article) {
    super(article);
  }

  /** Whether {@code quote} names a work, show or event: a short title after a possessive or an article. */
  boolean namesSomething(QuoteCandidate quote) {
    Shape shape = shape(quote);
    int before = quote.open() - 1;
    return shape.title() && shape.words() <= MAX_NAME_WORDS && quote.first() == quote.last()
        && (t.isPossessive(before) || Entities.isDeterminer(t.lower(before)));
  }

  /** How many words {@code quote} has, and whether it is in title case. */
  Shape shape(QuoteCandidate quote) {
    int words = 0;
    int contentWords = 0;
    int capitalized = 0;
    for (int k = quote.open() + 1; k <= quotes.lastToken(quote.last()); k++) {
      if (t.isWord(k)) {
        words++;
        if (!lex.functionWords.contains(t.lower(k))) {
          contentWords++;
          capitalized += t.isCapitalized(k) ? 1 : 0;
        }
      }
    }
    return new Shape(words, contentWords >= 2 && capitalized == contentWords);
  }

  /**
   * The words of a quote: how many, and whether it is in title case, with two content words or
   * more, all capitalized.
   */
  record Shape(int words, boolean title) {}
}

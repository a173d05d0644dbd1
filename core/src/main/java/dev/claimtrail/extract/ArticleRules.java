package dev.claimtrail.extract;

/**
 * What every rule over an {@link Article} reads, under the short names the rules use, with the
 * two questions about tokens they all ask.
 */
abstract class ArticleRules {
  final Tokens t;
  final Lexicon lex;
  final Quotes.Found quotes;
  final Sentences sentences;
  final Entities entities;
  final TimeExpressions times;
  final WordClasses words = WordClasses.standard();

  ArticleRules(Article article) {
    this.t = article.tokens();
    this.lex = article.lexicon();
    this.quotes = article.quotes();
    this.sentences = article.sentences();
    this.entities = article.entities();
    this.times = article.times();
  }

  /** The first token of the sentence that holds {@code token}. */
  final int sentenceStartOf(int token) {
    return sentences.start(sentences.of(token));
  }

  /** Whether token {@code i} is an adverb: a lower-case word in "-ly" or a one-word hedge. */
  final boolean isAdverb(int i) {
    String w = t.lower(i);
    return t.isWord(i) && w.length() > 4 && w.endsWith("ly") && !t.isCapitalized(i)
        || lex.hedges.containsKey(w) && lex.hedges.get(w).get(0).words().length == 1;
  }

  /** Whether a quote mark stands among tokens {@code [from, to)}. */
  final boolean quoteMarkIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.kind(k) == Tokens.QUOTE) {
        return true;
      }
    }
    return false;
  }
}

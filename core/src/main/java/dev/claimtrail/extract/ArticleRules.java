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
        && !words.is(WordClasses.WordClass.NOT_ADVERB, w)
        || lex.hedges.containsKey(w) && lex.hedges.get(w).get(0).words().length == 1;
  }

  /**
   * Whether a preposition stands right before token {@code i} ("32 percent of Harbour Party"), so
   * that the phrase there is an object, which speaks no words of its own; a word that may also
   * open a clause ("after Ruiz said") is no preposition here.
   */
  final boolean followsPreposition(int i) {
    String before = t.lower(i - 1);
    return lex.prepositions.contains(before) && !words.is(WordClasses.WordClass.SUBORDINATOR, before);
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

  /** The "(" of a tag in parentheses that ends at token {@code j} ("(D-Ore.)"), or -1. */
  final int tagBefore(int j, int lo) {
    if (!t.isPunct(j, ')')) {
      return -1;
    }
    for (int k = j - 1; k >= lo && j - k <= 4; k--) {
      if (t.isPunct(k, '(')) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether tokens {@code [from, to)} hold no verb, so that they read as a description ("dean of
   * the University of Illinois College of Law") whatever their length.
   */
  final boolean verbless(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.lower(k);
      if (t.kind(k) == Tokens.QUOTE || lex.finiteVerbs.contains(w) || lex.beForms.contains(w)
          || Entities.isAuxiliary(w) || lex.cueAt(t, k) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word of quantity at {@code k} is a subject on its own, opening its sentence or
   * following a comma or "and" ("Some said", "Many say", "..., and most said").
   */
  final boolean quantityAlone(int k) {
    return words.is(WordClasses.WordClass.QUANTITY, t.lower(k)) && !t.is(k, "about")
        && (k == sentenceStartOf(k) || t.isPunct(k - 1, ',') || t.is(k - 1, "and"));
  }

  /**
   * The first token of the clause that holds the verb at {@code c}: the start of its sentence
   * (after an opening "and", "but", "so" or "yet"), or the token after an opening adverbial set off
   * by a comma ("In an interview, ...", "Earlier this week, ...", "Similarly, ..."); -1 when that
   * token lies more than {@code maxTokens} before the verb.
   */
  final int clauseStart(int c, int lo, int maxTokens) {
    int s = Math.max(lo, sentenceStartOf(c));
    if (t.is(s, "but") || t.is(s, "and") || t.is(s, "so") || t.is(s, "yet")) {
      s++;
    }
    if (opensAdverbial(s)) {
      int k = s;
      while (k < c && !t.isPunct(k, ',')) {
        k++;
      }
      s = k + 1;
    }
    return c - s > maxTokens || s >= c ? -1 : s;
  }

  private boolean opensAdverbial(int s) {
    String w = t.lower(s);
    TimeExpressions.Expression time = times.at(s);
    return lex.prepositions.contains(w) || words.is(WordClasses.WordClass.SUBORDINATOR, w)
        || t.isPunct(s + 1, ',') && entities.runStart(s) < 0
        || time != null && time.phraseStart() == s
        || t.isWord(s) && (w.endsWith("ly") && !words.is(WordClasses.WordClass.NOT_ADVERB, w) || w.endsWith("ing"));
  }
}

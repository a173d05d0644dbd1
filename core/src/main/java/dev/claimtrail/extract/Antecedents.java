package dev.claimtrail.extract;

import dev.claimtrail.model.Speaker;

/**
 * Finds the entity a pronoun refers back to. Each mention before the pronoun that agrees with it
 * (see {@link Lexicon#pronouns}) gets a rank from its place in its sentence: the subject of a
 * reporting verb ranks first ("Ana Roe said", "Ana Roe, the mayor, said", "..., said Ana Roe"),
 * then a subject, then a possessive ("Roe's aide"), then the object of a preposition or a name
 * after an article ("at the Riverside Convention"). The latest sentence whose best mention is a
 * subject wins; a sentence with only possessives and objects yields to a subject a sentence or two
 * before it, and is taken only when none is found.
 */
final class Antecedents {
  /** Most sentences before the pronoun's own that are searched for its referent. */
  private static final int MAX_SENTENCES_BACK = 3;
  /** Most tokens back that are searched, so that the cost stays bounded in hostile text. */
  private static final int MAX_TOKENS_BACK = 400;
  /** Most tokens of an appositive between a name and its reporting verb ("Roe, the mayor, said"). */
  private static final int MAX_APPOSITIVE = 12;

  private static final int OBJECT = 0;
  private static final int POSSESSIVE = 1;
  private static final int SUBJECT = 2;
  private static final int REPORTING = 3;

  private final Tokens t;
  private final Lexicon lex;
  private final Quotes.Found quotes;
  private final Sentences sentences;
  private final EntityIndex index;

  Antecedents(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences, EntityIndex index) {
    this.t = t;
    this.lex = lex;
    this.quotes = quotes;
    this.sentences = sentences;
    this.index = index;
  }

  /**
   * The entity the pronoun at token {@code at} stands for, of the kind {@code fits} says, or null;
   * quoted mentions count only for a quoted pronoun. A gendered pronoun gives its gender to the
   * entity found.
   */
  Entity referent(int at, char fits) {
    int own = sentences.of(at);
    int sentence = -1;
    Entity best = null;
    int bestRank = -1;
    Entity fallback = null;
    for (int m = index.mentionIndexBefore(at); m >= 0; m--) {
      EntityIndex.Mention mention = index.mention(m);
      if (at - mention.token() >= MAX_TOKENS_BACK || own - mention.sentence() > MAX_SENTENCES_BACK) {
        break;
      }
      if (mention.quoted() && !quotes.inside(at) || !fits(mention.entity(), fits)
          || mention.sentence() == own && quoteMarkBetween(mention.token(), at)) {
        continue;
      }
      if (mention.sentence() != sentence) {
        if (bestRank >= SUBJECT) {
          break;
        }
        if (fallback == null) {
          fallback = best;
        }
        sentence = mention.sentence();
        best = null;
        bestRank = -1;
      }
      int rank = rank(mention.token());
      if (rank >= bestRank) {
        best = mention.entity();
        bestRank = rank;
      }
    }
    Entity found = bestRank >= SUBJECT || fallback == null ? best : fallback;
    if (found != null && (fits == 'm' || fits == 'f')) {
      found.gender = fits;
    }
    return found;
  }

  /** Whether a quote mark stands between tokens {@code from} and {@code to}. */
  private boolean quoteMarkBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (t.kind(k) == Tokens.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /** The rank of the mention whose last token is {@code last}, as the class comment orders them. */
  private int rank(int last) {
    if (reports(last)) {
      return REPORTING;
    }
    if (t.isPossessive(last)) {
      return POSSESSIVE;
    }
    int start = index.runStart(last) >= 0 ? index.runStart(last) : last;
    String before = start > 0 && t.isWord(start - 1) ? t.lower(start - 1) : "";
    return lex.prepositions.contains(before) || lex.isDeterminer(before) ? OBJECT : SUBJECT;
  }

  /**
   * Whether the name that ends at token {@code last} is the subject of a reporting verb: right
   * after it (auxiliaries aside) or after an appositive set off by commas, or before its run when
   * the verb follows a quote or a comma ({@code ," said Ana Roe}).
   */
  private boolean reports(int last) {
    int k = last + 1;
    if (t.isPunct(k, ',')) {
      int close = k + 1;
      while (close < t.size() && close - k <= MAX_APPOSITIVE && t.kind(close) != Tokens.QUOTE
          && !t.isPunct(close, ',') && !Sentences.endsSentence(t, close)) {
        close++;
      }
      k = t.isPunct(close, ',') ? close + 1 : k;
    }
    while (k < t.size() && k - last < MAX_APPOSITIVE + 4 && t.isWord(k) && lex.isAuxiliary(t.lower(k))) {
      k++;
    }
    if (lex.cueAt(t, k) != null) {
      return true;
    }
    int start = index.runStart(last) >= 0 ? index.runStart(last) : last;
    return lex.cueAt(t, start - 1) != null && !t.isPossessive(last)
        && (t.isPunct(start - 2, ',') || start >= 2 && t.kind(start - 2) == Tokens.QUOTE);
  }

  private static boolean fits(Entity e, char fits) {
    switch (fits) {
      case 'm':
      case 'f':
        return e.isPerson() && (e.gender == 0 || e.gender == fits);
      case 'n':
        return e.kind == Speaker.Kind.MEDIA_OUTLET || e.kind == Speaker.Kind.ORGANIZATION
            || e.kind == Speaker.Kind.COUNTRY || e.kind == Speaker.Kind.GOVERNMENT;
      default:
        return !e.isPerson();
    }
  }
}

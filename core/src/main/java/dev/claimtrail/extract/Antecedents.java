package dev.claimtrail.extract;

import dev.claimtrail.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Finds the entity a pronoun refers back to. Each mention before the pronoun that agrees with it
 * (see {@link Lexicon#pronouns}) gets a rank from its place in its sentence: the subject of a
 * reporting verb ranks first ("Ana Roe said", "Ana Roe, the mayor, said", "..., said Ana Roe"),
 * then a subject, then a possessive ("Roe's aide") or a name in what someone is reported to say
 * ("Ruiz told them that Roe had won"), then the object of a preposition or a name after an article
 * ("at the Riverside Convention"). The latest sentence whose best mention is a
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
  private static final int SAID_OF = 1;
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
  @Nullable Entity referent(int at, char fits) {
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
          || mention.sentence() == own && betweenQuotes(mention.token(), at)) {
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

  /**
   * Whether the mention at token {@code k} stands between two parts of a quote that the pronoun at
   * {@code at} reports ({@code "..." -- that Roe is -- "...," he says}): quote marks stand between
   * it and the pronoun and between its sentence's start and it.
   */
  private boolean betweenQuotes(int k, int at) {
    return quoteMarkIn(k + 1, at) && quoteMarkIn(Math.max(sentences.start(sentences.of(k)), k - MAX_TOKENS_BACK), k);
  }

  /** Whether a quote mark stands among tokens {@code [from, to)}. */
  private boolean quoteMarkIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.kind(k) == Tokens.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a reporting verb stands between the start of the sentence and token {@code start}, so
   * that a name there is said of rather than saying ("Roe told them that Ruiz had won").
   */
  private boolean reported(int start) {
    for (int k = Math.max(sentences.start(sentences.of(start)), start - MAX_TOKENS_BACK); k < start; k++) {
      if (lex.cueAt(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  /** The rank of the mention whose last token is {@code last}, as the class comment orders them. */
  private int rank(int last) {
    int start = index.runStart(last) >= 0 ? index.runStart(last) : last;
    if (reportedAfter(start, last) || reportsBefore(last)) {
      return REPORTING;
    }
    if (isObject(last)) {
      return OBJECT;
    }
    return t.isPossessive(last) || reported(start) ? SAID_OF : SUBJECT;
  }

  /**
   * The first person mentioned outside quotes within tokens {@code [from, to)} who may be the
   * subject there: not an object ({@link #isObject}) nor in the possessive; null when none is.
   */
  @Nullable Entity firstSubjectIn(int from, int to) {
    for (int m = index.mentionIndexBefore(from) + 1; m < index.size() && index.mention(m).token() < to; m++) {
      EntityIndex.Mention mention = index.mention(m);
      if (!mention.quoted() && mention.entity().isPerson() && !isObject(mention.token())
          && !t.isPossessive(mention.token())) {
        return mention.entity();
      }
    }
    return null;
  }

  /**
   * Whether the name run holding token {@code last} follows a preposition or a definite article
   * ("at the Riverside Convention", "from Millbrook"), where no one who speaks is named.
   */
  private boolean isObject(int last) {
    int start = index.runStart(last) >= 0 ? index.runStart(last) : last;
    String before = start > 0 && t.isWord(start - 1) ? t.lower(start - 1) : "";
    return lex.prepositions.contains(before) || lex.determiners.get(before) == Lexicon.DeterminerKind.DEFINITE;
  }

  /**
   * Whether the name {@code [start, last]} follows its reporting verb, which follows a quote or a
   * comma, and ends its clause ({@code ," said Ana Roe.}), an outlet's possessive aside
   * ({@code , noted the Ledger's Ana Roe.}).
   */
  private boolean reportedAfter(int start, int last) {
    int verb = start - 1;
    if (t.isPossessive(verb)) {
      verb -= t.is(verb - 1, "the") ? 2 : 1;
    }
    return lex.cueAt(t, verb) != null && !t.isPossessive(last) && !t.isWord(last + 1)
        && (t.isPunct(verb - 1, ',') || verb >= 1 && t.kind(verb - 1) == Tokens.QUOTE);
  }

  /**
   * Whether the name that ends at token {@code last} is the subject of a reporting verb after it,
   * auxiliaries aside, or after an appositive set off by commas ({@code Ana Roe, the mayor, said}).
   */
  private boolean reportsBefore(int last) {
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
    return lex.cueAt(t, k) != null;
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

package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import org.jspecify.annotations.Nullable;

/**
 * The subject of a reporting verb that names no one the entities know: the words back to where the
 * clause begins, a description such as "his campaign", "the oil industry", "47 percent of voters"
 * or "a new poll", which then speaks as a group of that description. A name with a tag in
 * parentheses ("Sen. Ana Ruiz (D-Ore.)") is the name's. A verb that may be a noun ("remarks",
 * "States") must read as a finite verb: in lower case, active, and followed by no verb of its own.
 */
final class DescribedSubjects extends ArticleRules {
  /** Most words of a description that speaks ("many of the local party leaders in the state"). */
  private static final int MAX_WORDS = 8;
  /** How much less sure a description is than a subject the entities resolve. */
  private static final double LESS_SURE = 0.1;

  DescribedSubjects(Article article) {
    super(article);
  }

  /**
   * The frame of cue {@code c} whose subject is the description ending right before it (past
   * auxiliaries and adverbs) and starting at or after {@code lo}; null when the words there are no
   * subject, or the cue no finite verb.
   */
  @Nullable Frame before(int c, Lexicon.Cue cue, int lo) {
    if (!readsAsVerb(c, cue)) {
      return null;
    }
    int j = c - 1;
    while (j >= lo && t.isWord(j) && (Entities.isAuxiliary(t.lower(j)) || isAdverb(j))) {
      if (lex.beForms.contains(t.lower(j))) {
        return null;
      }
      j--;
    }
    int tagStart = tagBefore(j, lo);
    int last = tagStart >= 0 ? tagStart - 1 : j;
    int name = entities.runStart(last);
    boolean subjectEnd = last >= lo
        && (t.isWord(last) && (nounLike(last) || quantityAlone(last)) || t.isShareNumber(last));
    if (!subjectEnd || name > 0 && followsPreposition(name) && !partitive(name - 1)) {
      return null;
    }
    int start = start(last, lo);
    if (start < 0) {
      return null;
    }
    Entities.Resolved named = tagStart >= 0 ? entities.resolve(entities.phraseStartBefore(last, start), last + 1)
        : null;
    Entities.Resolved r = named != null ? named : verifyNotNull(entities.group(start, last + 1));
    return new Frame(r, c, cue, start, c + cue.words().length, false,
        ReportingFrames.confidence(r) - LESS_SURE);
  }

  /**
   * Whether cue {@code c} reads as a finite verb rather than a noun or a participle: not
   * capitalized inside a sentence ("the United States"), after no form of "be" ("aren't
   * admitted"), and followed by no verb of its own ("his remarks are") nor a passive agent.
   */
  private boolean readsAsVerb(int c, Lexicon.Cue cue) {
    if (t.isCapitalized(c) && c != sentenceStartOf(c) || lex.beForms.contains(t.lower(c - 1))) {
      return false;
    }
    int next = c + cue.words().length;
    String after = t.lower(next);
    return !lex.finiteVerbs.contains(after) && !lex.beForms.contains(after) && !t.is(next, "by")
        && !(t.lower(c).endsWith("s") && lex.prepositions.contains(after));
  }

  /**
   * Whether the preposition at {@code k} joins a share to the whole it is taken from: "of" ("most
   * of the delegates"), or another after a word of quantity ("many in the crowd", "some at the
   * rally").
   */
  private boolean partitive(int k) {
    return t.is(k, "of") || lex.prepositions.contains(t.lower(k)) && words.is(WordClasses.WordClass.QUANTITY, t.lower(k - 1));
  }

  /**
   * Whether token {@code k} may end a description: no pronoun, function word, verb or word with a
   * verb contracted onto it ("he'd").
   */
  private boolean nounLike(int k) {
    String w = t.lower(k);
    return !lex.pronouns.containsKey(w) && !lex.functionWords.contains(w) && !lex.prepositions.contains(w)
        && !Entities.isAuxiliary(w) && !lex.finiteVerbs.contains(w) && !lex.subjectBoundaries.contains(w)
        && lex.cueAt(t, k) == null && (w.indexOf('\'') < 0 || t.isPossessive(k));
  }

  /**
   * The first token of the description that ends at {@code last}: back to the start of the
   * sentence, a punctuation mark or a word that ends a clause, or to a determiner that opens it
   * (unless a partitive stands before it, as in "most of the delegates", "many in the crowd"); -1
   * when it would be longer than
   * {@link #MAX_WORDS}, start with a preposition or follow one (the object of "in a later
   * interview" is no speaker).
   */
  private int start(int last, int lo) {
    int k = last;
    while (k > lo && last - k < MAX_WORDS) {
      if (Entities.isDeterminer(t.lower(k)) && !partitive(k - 1)) {
        break;
      }
      int prev = k - 1;
      if (!t.isWord(prev) && t.kind(prev) != Tokens.NUMBER || lex.subjectBoundaries.contains(t.lower(prev))
          || lex.prepositions.contains(t.lower(prev)) && !partitive(prev) && !aboutNumber(prev)
          || lex.cueAt(t, prev) != null || quotes.inside(prev) != quotes.inside(last)) {
        break;
      }
      k = prev;
    }
    String before = t.lower(k - 1);
    boolean complete = k == lo || !t.isWord(k - 1) && t.kind(k - 1) != Tokens.NUMBER
        || lex.subjectBoundaries.contains(before) || lex.cueAt(t, k - 1) != null
        || Entities.isDeterminer(t.lower(k)) && !lex.prepositions.contains(before);
    return complete && (!lex.prepositions.contains(t.lower(k)) || aboutNumber(k)) ? k : -1;
  }

  /** Whether "about" at {@code k} opens a number ("about 9 percent"). */
  private boolean aboutNumber(int k) {
    return t.is(k, "about") && t.kind(k + 1) == Tokens.NUMBER;
  }
}

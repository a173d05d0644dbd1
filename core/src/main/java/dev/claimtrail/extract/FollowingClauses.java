package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Reporting clauses that follow what they report, right after a quote or a clause: {@code "...,"
 * she said}, {@code "...," said the minister}, {@code "...," Huw Pill, the bank's chief economist,
 * said}, and the speaker phrase with an auxiliary before its verb ({@code "...," he has said}).
 */
final class FollowingClauses extends ArticleRules {
  /** Most words of a speaker phrase between a quote and its reporting verb. */
  private static final int MAX_SPEAKER_WORDS = 9;
  /** Most words of a description that speaks right after a quote ("the gambling tycoon"). */
  private static final int MAX_DESCRIPTION_WORDS = 4;
  /** Most words of the object between a verb and the colon that introduces a quote ("scolded the panel"). */
  private static final int MAX_OBJECT_WORDS = 3;

  FollowingClauses(Article article) {
    super(article);
  }

  /**
   * A looser reading of the slot right after a quote, where almost any verb reports: the speaker's
   * words run up to the first reporting verb within a few words ({@code "...," Senate minority
   * leader Ann Cole told}, {@code "...," Rep. Ann Cole (D-Ohio) said}), or a name is followed by
   * a verb in the past tense that the lexicon lacks ({@code "...," Smith boasted}). Null when
   * neither reads.
   */
  @Nullable Frame besideQuote(int i, int hi) {
    int k = pastCommasAndDashes(i, hi);
    for (int c = k + 1; c < hi && c - k <= MAX_SPEAKER_WORDS && partOfSpeakerPhrase(c); c++) {
      Lexicon.Cue cue = lex.cueAt(t, c);
      if (cue != null) {
        int end = t.isPunct(c - 1, ')') ? openingParenthesis(c - 1, k) : c;
        Entities.Resolved r = cue.baseForm() || cue.participle() || end <= k ? null
            : entities.resolve(k, end);
        if (r == null && !cue.baseForm() && !cue.participle() && description(k, end)) {
          r = entities.group(k, end);
        }
        return r == null ? null : new Frame(r, c, cue, i, c + cue.words().length, true, 0);
      }
    }
    int end = entities.phraseEndAfter(k, hi);
    if (end <= k || !unlistedPastTense(end)) {
      return null;
    }
    Entities.Resolved r = entities.resolve(k, end);
    return r == null ? null : new Frame(r, end, says(end), i, end + 1, true, 0);
  }

  /** Whether token {@code i} is a verb in the past tense in lower case: "-ed", no auxiliary. */
  private boolean unlistedPastTense(int i) {
    String w = t.lower(i);
    return t.isWord(i) && !t.isCapitalized(i) && w.endsWith("ed") && !Entities.isAuxiliary(w);
  }

  /** The verb at {@code i}, which the lexicon lacks, read as a cue that says. */
  private Lexicon.Cue says(int i) {
    return new Lexicon.Cue(new String[] {t.lower(i)}, Stance.SAYS, false, false, false, false);
  }

  /**
   * The speaker of a verb in the past tense that the lexicon lacks, ending its clause at the colon
   * {@code colon} after a short object ({@code Ruiz scolded him: "..."}, {@code Ruiz shot back:
   * "..."}): the name right before the verb, opening the clause at {@code lo}. Null when none
   * reads so.
   */
  @Nullable Frame pastTenseBeforeColon(int colon, int lo) {
    for (int v = colon - 1; v > lo && colon - v <= MAX_OBJECT_WORDS + 1; v--) {
      if (!t.isWord(v)) {
        return null;
      }
      if (unlistedPastTense(v)) {
        int end = t.isPunct(v - 1, ')') ? openingParenthesis(v - 1, lo) : v;
        int start = end > lo ? entities.phraseStartBefore(end - 1, lo) : -1;
        Entities.Resolved r = start >= lo && (start == lo || t.isPunct(start - 1, ','))
            ? entities.resolve(start, end) : null;
        return r == null || r.pronoun() ? null : new Frame(r, v, says(v), start, v + 1, false, 0);
      }
    }
    return null;
  }

  /**
   * Whether tokens {@code [k, end)} describe a speaker the entities do not know: an article and a
   * few words in lower case ({@code "...," the gambling tycoon told Reuters}).
   */
  private boolean description(int k, int end) {
    if (end - k < 2 || end - k > MAX_DESCRIPTION_WORDS || !t.is(k, "the") && !t.is(k, "a") && !t.is(k, "an")) {
      return false;
    }
    for (int w = k + 1; w < end; w++) {
      if (!t.isWord(w) || t.isCapitalized(w) || lex.functionWords.contains(t.lower(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code c} may stand in a speaker phrase: a word, an initial's period, a party tag. */
  private boolean partOfSpeakerPhrase(int c) {
    return t.isWord(c) || t.isPunct(c, '(') || t.isPunct(c, ')') || t.isPunct(c, '-')
        || t.isPunct(c, '.') && t.start(c) == t.end(c - 1)
        && (t.isCapitalized(c + 1) || t.isPunct(c + 1, ')'));
  }

  /** Whether the period at {@code k} ends an abbreviation inside a phrase: "R-Ky.,", "(D-Mo.)". */
  private boolean abbreviationPeriod(int k) {
    return t.isPunct(k, '.') && k > 0 && t.start(k) == t.end(k - 1)
        && (t.isPunct(k + 1, ',') || t.isPunct(k + 1, ')'));
  }

  /** The "(" that opens the parenthesis closing at {@code close}, a party tag; -1 before {@code lo}. */
  private int openingParenthesis(int close, int lo) {
    for (int k = close - 1; k >= lo; k--) {
      if (t.isPunct(k, '(')) {
        return k;
      }
    }
    return -1;
  }

  private int pastCommasAndDashes(int i, int hi) {
    int k = i;
    while (k < hi && k - i < 2 && (t.isPunct(k, ',') || t.isPunct(k, '–') || t.isPunct(k, '—'))) {
      k++;
    }
    return k;
  }

  /** The reporting clause that starts at token {@code i}, right after a quote. */
  @Nullable Frame frameAfter(int i, int hi) {
    int k = pastCommasAndDashes(i, hi);
    if (k >= hi) {
      return null;
    }
    Lexicon.Cue cue = lex.cueAt(t, k);
    if (cue != null && !cue.baseForm()) {
      int subject = k + cue.words().length;
      int end = entities.phraseEndAfter(subject, hi);
      if (end > subject) {
        Entities.Resolved r = entities.resolve(subject, end);
        if (r != null) {
          return new Frame(r, k, cue, i, end, true, ReportingFrames.confidence(r));
        }
      }
      return null;
    }
    Lexicon.Cue afterShare = lex.cueAt(t, k + 1);
    if (afterShare != null && !afterShare.participle() && quantityAlone(k)) {
      // "..., and many said": a word of quantity on its own as the subject
      Entities.Resolved group = verifyNotNull(entities.group(k, k + 1));
      return new Frame(group, k + 1, afterShare, i, k + 1 + afterShare.words().length, false,
          ReportingFrames.confidence(group) - 0.1);
    }
    int end = entities.phraseEndAfter(k, hi);
    if (end <= k) {
      return null;
    }
    int c = verbAfter(end, hi);
    cue = lex.cueAt(t, c);
    double lessSure = 0;
    if (cue == null && t.isPunct(end, ',')) {
      // "...," Huw Pill, the bank's chief economist, said: the speaker's description set off by commas
      c = verbAfterAside(end, hi);
      cue = c < 0 ? null : lex.cueAt(t, c);
      lessSure = 0.05;
    }
    if (cue == null || cue.baseForm() && !Entities.isAuxiliary(t.lower(c - 1))) {
      return null;
    }
    Entities.Resolved r = entities.resolve(k, end);
    return r == null ? null
        : new Frame(r, c, cue, i, c + cue.words().length, true, ReportingFrames.confidence(r) - lessSure);
  }

  /**
   * The reporting verb after a description set off by commas that follows a speaker's name, the
   * first comma at {@code comma}: "Huw Pill, the bank's chief economist, said", "Tom Reyes,
   * director of a union, a group that backed the strike, said". -1 when no comma within
   * {@link ReportingFrames#MAX_ASIDE} tokens, before a quote or the end of the sentence, is
   * followed by one.
   */
  private int verbAfterAside(int comma, int hi) {
    for (int k = comma + 2; k < hi && k - comma <= ReportingFrames.MAX_ASIDE; k++) {
      if (t.kind(k) == Tokens.QUOTE || Sentences.endsSentence(t, k) && !abbreviationPeriod(k)) {
        return -1;
      }
      if (t.isPunct(k, ',')) {
        int c = verbAfter(k + 1, hi);
        Lexicon.Cue cue = lex.cueAt(t, c);
        if (cue != null && !cue.baseForm() && !cue.participle()) {
          return c;
        }
      }
    }
    return -1;
  }

  /** The first token at or after {@code k} past a few auxiliaries, adverbs and times: where a verb may stand. */
  private int verbAfter(int k, int hi) {
    int c = k;
    while (c < hi && c - k < 4 && (t.isWord(c) && (Entities.isAuxiliary(t.lower(c)) || isAdverb(c))
        || times.at(c) != null)) {
      c++;
    }
    return c;
  }
}

package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * A name that opens its clause and speaks through a verb set off from it by several asides:
 * "Ana Ruiz, 27, a nurse in Dover, said", "Tom Reyes, an official at the Port Authority, which
 * has a backlog of 500 repairs, said", "Ruiz (who has 25 delegates) said". The asides may hold
 * commas, numbers and clauses of their own; no quote, semicolon or finite reporting verb stands
 * among them, and they lie in one sentence.
 */
final class LeadingNames extends ArticleRules {
  /** Most tokens between the start of the clause and the verb. */
  private static final int MAX_ASIDES = 45;
  /** How much less sure such a subject is than a name right before its verb. */
  private static final double LESS_SURE = 0.1;

  LeadingNames(Article article) {
    super(article);
  }

  /**
   * The frame of cue {@code c} whose subject is the name opening the clause, when token {@code j}
   * right before the cue closes an aside (a comma or a parenthesis); null otherwise.
   */
  @Nullable Frame before(int j, int c, Lexicon.Cue cue, int lo) {
    if (!t.isPunct(j, ',') && !t.isPunct(j, ')')) {
      return null;
    }
    int s = clauseStart(c, lo, MAX_ASIDES);
    int end = s < 0 ? -1 : entities.phraseEndAfter(s, j);
    if (end <= s || end >= j || !t.isPunct(end, ',') && !t.isPunct(end, '(')
        || !asidesOnly(end, j)) {
      return null;
    }
    Entities.Resolved r = entities.resolve(s, end);
    return r == null || r.pronoun() ? null
        : new Frame(r, c, cue, s, c + cue.words().length, false, ReportingFrames.confidence(r) - LESS_SURE);
  }

  /**
   * Whether tokens {@code [from, to)} read as asides: parentheses balanced, and no quote mark,
   * semicolon or reporting verb among them but participles and the verbs of relative clauses ("a
   * union that has endorsed Ruiz").
   */
  private boolean asidesOnly(int from, int to) {
    int open = 0;
    boolean relative = false;
    for (int k = from; k < to; k++) {
      if (t.isPunct(k, '(')) {
        open++;
      } else if (t.isPunct(k, ')')) {
        open--;
      }
      if (t.isPunct(k, ',')) {
        relative = false;
      } else if (t.is(k, "who") || t.is(k, "that") || t.is(k, "which")) {
        relative = true;
      }
      Lexicon.Cue cue = lex.cueAt(t, k);
      if (open < 0 || t.kind(k) == Tokens.QUOTE || t.isPunct(k, ';')
          || cue != null && !cue.participle() && !relative) {
        return false;
      }
    }
    return open == 0 && t.isPunct(to, ',') || open == 1 && t.isPunct(to, ')');
  }
}

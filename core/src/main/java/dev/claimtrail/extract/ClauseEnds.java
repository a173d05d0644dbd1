package dev.claimtrail.extract;

import java.util.Set;

/**
 * Where a reported clause starts and ends: the "that" opening it, the words that begin a clause,
 * and the reporter's own words after it (", while ...", ", adding that ...", a trailing reporting
 * clause); and whether a time ending it is when something still to come happens.
 */
final class ClauseEnds extends ArticleRules {
  private static final Set<String> LEADS_TO_THAT = Set.of("throughout", "in", "on", "at", "during",
      "over", "after", "before", "again", "also", "recently", "last", "this", "earlier", "previously",
      "once", "then", "later", "publicly", "privately", "today", "yesterday", "repeatedly");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were",
      "are", "will", "would", "could", "can", "did", "does", "do", "may", "might", "must", "should",
      "shall");

  private final ReportingFrames frames;
  private final FollowingClauses following;
  private final StatementContext context;

  ClauseEnds(Article article, ReportingFrames frames, FollowingClauses following,
      StatementContext context) {
    super(article);
    this.frames = frames;
    this.following = following;
    this.context = context;
  }

  private static boolean isOffset(TimeExpressions.Expression e) {
    return e.kind() == TimeExpressions.Kind.WEEK_OFFSET || e.kind() == TimeExpressions.Kind.MONTH_OFFSET
        || e.kind() == TimeExpressions.Kind.YEAR_OFFSET;
  }

  /**
   * Whether {@code time}, which ends a reported clause that starts at {@code statementStart}, is
   * when something still to come happens: "later this year", or "next week" and "on Sunday" after
   * words of what is to come ({@link #futureIn}).
   */
  boolean toCome(TimeExpressions.Expression time, int statementStart) {
    return t.is(time.phraseStart() - 1, "later")
        || (time.value() >= 0 && isOffset(time) || time.kind() == TimeExpressions.Kind.WEEKDAY)
        && futureIn(statementStart, time.phraseStart());
  }

  /**
   * Whether tokens {@code [from, to)} speak of what is still to come ("would visit"), so that a
   * time after them ("this week") is when it happens, not when it was said.
   */
  private boolean futureIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, "would") || t.is(k, "will") || t.is(k, "could")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the reported clause ends before token {@code k}, the reporter's own words following:
   * ", while ...", ", adding that ..." (a new cue), "but declined to ...", "in 2022 that collapsed"
   * (a clause about the time named), or a last ", which ..." aside that runs to {@code limit}.
   */
  boolean clauseBreak(int k, int limit) {
    if (t.isPunct(k, ',')) {
      Lexicon.Cue cue = lex.cueAt(t, k + 1);
      if (cue != null && cue.participle()
          || Lexicon.phraseStartingAt(t, k + 1, lex.breaksAfterComma) != null) {
        return true;
      }
      if (reportingClauseEnds(k, limit)) {
        return true;
      }
      if (t.is(k + 1, "which") || t.is(k + 1, "who")) {
        int j = k + 2;
        while (j < limit && !t.isPunct(j, ',') && t.kind(j) != Tokens.QUOTE) {
          j++;
        }
        return j == limit;
      }
      return false;
    }
    if (Lexicon.phraseStartingAt(t, k, lex.clauseBreaks) != null) {
      return true;
    }
    Lexicon.Cue joined = lex.cueAt(t, k + 1);
    if (joined != null && frames.coordinated(k + 1, joined)) {
      return true;
    }
    TimeExpressions.Expression time = times.at(k - 1);
    String next = t.lower(k + 1);
    return t.is(k, "that") && time != null && time.end() == k
        && (AUXILIARIES.contains(next) || next.endsWith("ed") && !t.isCapitalized(k + 1));
  }

  /**
   * Whether the comma at {@code k} opens a reporting clause that ends the sentence at {@code limit}
   * (", the Financial Times reported."), whose report the words before it are.
   */
  private boolean reportingClauseEnds(int k, int limit) {
    Frame frame = following.frameAfter(k + 1, limit);
    if (frame == null) {
      return false;
    }
    int end = context.pastContext(frame.end(), limit);
    while (end < limit && t.kind(end) == Tokens.PUNCT) {
      end++;
    }
    return end >= limit;
  }

  /** The "that" opening the reported clause within a few words of {@code from}, or -1. */
  int thatAhead(int from, int to) {
    if (!t.is(from, "that") && !LEADS_TO_THAT.contains(t.lower(from)) && !isAdverb(from)
        || t.is(from, "that") && (from + 2 >= to || t.kind(from + 2) == Tokens.PUNCT)) {
      return -1;
    }
    for (int k = from; k < to && k - from < 8; k++) {
      if (t.is(k, "that")) {
        return k;
      }
      if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER || lex.cueAt(t, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a relative clause opens within tokens {@code [from, to)}: a time in ", who proposed the
   * cuts in January," dates that clause, not the words reported.
   */
  boolean relativeClauseBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isPunct(k, ',') && (t.is(k + 1, "who") || t.is(k + 1, "which") || t.is(k + 1, "whose"))) {
        return true;
      }
    }
    return false;
  }

  boolean startsClause(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower(i);
    return lex.pronouns.containsKey(w) || w.equals("i") || w.equals("we") || w.equals("the")
        || w.equals("why") || w.equals("how")
        || w.equals("there") || w.equals("this") || w.equals("its") || w.equals("his")
        || w.equals("her") || w.equals("their") || entities.runStart(i) >= 0 || verbAhead(i);
  }

  /** Whether an auxiliary follows within a few words of {@code i}: "said workers were ...". */
  private boolean verbAhead(int i) {
    for (int k = i + 1; k <= i + 4 && t.isWord(k); k++) {
      if (AUXILIARIES.contains(t.lower(k))) {
        return true;
      }
      if (lex.functionWords.contains(t.lower(k))) {
        return false;
      }
    }
    return false;
  }
}

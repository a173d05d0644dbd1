package dev.claimtrail.extract;


/**
 * Where a reported clause starts and ends: the "that" opening it, the words that begin a clause,
 * and the reporter's own words after it (", while ...", ", adding that ...", a trailing reporting
 * clause); and whether a time ending it is when something still to come happens.
 */
final class ClauseEnds extends ArticleRules {
  /** Most words of a clause's subject before its verb ("none of the other candidates were"). */
  private static final int MAX_SUBJECT_WORDS = 10;
  /** Most words of an aside between a reporting verb and its "that" (", among other things,"). */
  private static final int MAX_ASIDE_BEFORE_THAT = 6;

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
      if (reportingClauseEnds(k, limit) || newReportAfter(k + 1, limit)) {
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
        && (lex.finiteVerbs.contains(next) || next.endsWith("ed") && !t.isCapitalized(k + 1));
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

  /**
   * Whether a new report opens at token {@code i}, after a comma: "and" or "but" and a reporting
   * clause of its own (", and Ana Ruiz, the port's director, said ..."), so that what comes next is
   * someone else's account, not more of the clause before.
   */
  private boolean newReportAfter(int i, int limit) {
    return (t.is(i, "and") || t.is(i, "but")) && following.frameAfter(i + 1, limit) != null;
  }

  /**
   * The "that" opening the reported clause within a few words of {@code from}, or -1; an aside
   * between commas may come first ("said, among other things, that").
   */
  int thatAhead(int from, int to) {
    if (t.isPunct(from, ',')) {
      int close = from + 1;
      while (close < to && close - from <= MAX_ASIDE_BEFORE_THAT && t.isWord(close)) {
        close++;
      }
      return close > from + 1 && t.isPunct(close, ',') && t.is(close + 1, "that") ? close + 1 : -1;
    }
    String first = t.lower(from);
    boolean preposition = lex.prepositions.contains(first) && !lex.leadsToThat.contains(first);
    if (!t.is(from, "that") && !lex.leadsToThat.contains(first) && !isAdverb(from) && !preposition
        || t.is(from, "that") && (from + 2 >= to || t.kind(from + 2) == Tokens.PUNCT)) {
      return -1;
    }
    for (int k = from; k < to && k - from < 8; k++) {
      if (t.is(k, "that")) {
        // after a phrase such as "from the start", "that" may be a determiner: "to that end"
        return !preposition || startsClause(k + 1) ? k : -1;
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

  /**
   * Whether a clause opens at token {@code i} after a reporting verb without "that": a word that
   * opens clauses ("they", "the", "he's"), a name, or a finite verb among the words up to the next
   * punctuation ("said none of the firms were ...").
   */
  boolean startsClause(int i) {
    if (!t.isWord(i) && t.kind(i) != Tokens.NUMBER) {
      return false;
    }
    String w = t.lower(i);
    if (lex.prepositions.contains(w) && !approximateNumber(i)) {
      return false;
    }
    return opener(i) || entities.runStart(i) >= 0 || finiteVerbAhead(i);
  }

  /** Whether "about" at {@code i} opens a number or a share ("about 200 people", "about half of"). */
  private boolean approximateNumber(int i) {
    return t.is(i, "about") && (t.kind(i + 1) == Tokens.NUMBER || words.is(WordClasses.WordClass.QUANTITY, t.lower(i + 1)));
  }

  /** Whether word {@code i} opens clauses ("they", "the", "he's"). */
  private boolean opener(int i) {
    String w = t.lower(i);
    int contraction = contractionAt(w);
    return t.isWord(i) && lex.clauseOpeners.contains(contraction < 0 ? w : w.substring(0, contraction));
  }

  /**
   * Where a short addressee that starts at token {@code from} ends when a clause without "that"
   * follows it ("told reporters the port would close", "told the Ledger he'd stay", "told him it
   * was over"): a name, or up to three words, before a word that opens a clause and a verb ahead
   * of it; -1 when no clause opens so within {@code [from, to)}.
   */
  int addresseeBeforeClause(int from, int to) {
    int a = Entities.isDeterminer(t.lower(from)) ? from + 1 : from;
    if (entities.runStart(a) == a) {
      int end = entities.runEnd(a);
      return end < to && opensClauseWithVerb(end) ? end : -1;
    }
    for (int s = a + 1; s < to && s - a <= 3; s++) {
      if (opensClauseWithVerb(s)) {
        return s;
      }
    }
    return -1;
  }

  private boolean opensClauseWithVerb(int i) {
    return (opener(i) || entities.runStart(i) == i) && finiteVerbAhead(i);
  }

  /**
   * Whether a finite verb stands at or after {@code i}, among the words before the next punctuation:
   * one of the list, or a verb in the past tense after its first word.
   */
  private boolean finiteVerbAhead(int i) {
    for (int k = i; k <= i + MAX_SUBJECT_WORDS && (t.isWord(k) || t.kind(k) == Tokens.NUMBER); k++) {
      String w = t.lower(k);
      if (lex.finiteVerbs.contains(w) || contractedVerb(w) || k > i && (pastTense(k) || presentTense(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code k} reads as a verb in the past tense after its subject: in lower case,
   * ending in "-ed", and after no article or preposition, whose "-ed" word is an adjective ("the
   * armed men", "in limited numbers").
   */
  /**
   * Whether word {@code k} reads as a verb in the present tense after its subject's first word:
   * a lower-case word in "-s" before an article or "that" ("success requires the ...").
   */
  private boolean presentTense(int k) {
    return !t.isCapitalized(k) && lex.looksPlural(t.lower(k)) && afterContentWord(k)
        && (Entities.isDeterminer(t.lower(k + 1)) || t.is(k + 1, "that") || lex.prepositions.contains(t.lower(k + 1)));
  }

  private boolean pastTense(int k) {
    String w = t.lower(k);
    return (w.length() > 4 && w.endsWith("ed") || lex.irregularPast.contains(w)) && !t.isCapitalized(k)
        && afterContentWord(k);
  }

  /**
   * Whether the word before {@code k} is no determiner, preposition or function word, so that it
   * may end a subject.
   */
  private boolean afterContentWord(int k) {
    String before = t.lower(k - 1);
    return !Entities.isDeterminer(before) && !lex.prepositions.contains(before) && !lex.functionWords.contains(before);
  }

  /**
   * Whether lower-case word {@code w} has a finite verb contracted onto it: "they'll", "it's"; a
   * "'s" after a noun is its possessive ("Ruiz's").
   */
  private boolean contractedVerb(String w) {
    int contraction = contractionAt(w);
    return contraction > 0 && (!w.endsWith("'s") || lex.clauseOpeners.contains(w.substring(0, contraction)));
  }

  /** Where an ending that contracts a finite verb onto lower-case word {@code w} starts, or -1. */
  private int contractionAt(String w) {
    int apostrophe = w.lastIndexOf('\'');
    return apostrophe > 0 && lex.finiteEndings.contains(w.substring(apostrophe)) ? apostrophe : -1;
  }
}

package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.extract.WordClasses.WordClass;

import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Indirect statements: reporting clauses without quote marks ({@code X urged both sides to ...},
 * {@code Prices will rise, the minister said}, {@code according to X, ...}, {@code figures
 * published by X}). Clauses inside a quote or inside another reported clause give statements
 * known through the outer one; inside a quote only named speakers count.
 */
final class ReportedClauses extends ArticleRules {
  /** Most tokens of a reported clause. */
  static final int MAX_COMPLEMENT = 250;
  /** The rule recorded for a clause reported by the verb before it ("X said the plan failed"). */
  static final String LEADING_RULE = "reported-clause";
  /** The rule recorded for a clause reported by a verb after or within it ("..., X said, ..."). */
  static final String TRAILING_RULE = "trailing-clause";

  private final FindingBoard board;
  private final ReportingFrames frames;
  private final StatementContext context;
  private final ClauseEnds clauseEnds;
  private final DescribedSubjects described;
  private final Attitudes attitudes;
  private final AccordingToClauses accordingTo;

  ReportedClauses(Article article, FindingBoard board, ReportingFrames frames, StatementContext context, ClauseEnds clauseEnds) {
    super(article);
    this.board = board;
    this.frames = frames;
    this.context = context;
    this.clauseEnds = clauseEnds;
    this.described = new DescribedSubjects(article);
    this.attitudes = new Attitudes(article);
    this.accordingTo = new AccordingToClauses(article, board, frames, context);
  }

  /**
   * Indirect statements of tokens {@code [from, to)}: a speaker, a reporting verb and what follows
   * it. Inside a quote ({@code via} set), only named speakers count.
   */
  void reportedClauses(int from, int to, @Nullable Finding via, boolean outsideQuotes) {
    List<Finding> open = new ArrayList<>();
    for (int token = from; token < to; token++) {
      final int c = token;
      if (outsideQuotes && quotes.inside(c)) {
        continue;
      }
      open.removeIf(o -> o.endToken <= c);
      Finding enclosing = via;
      for (Finding o : open) {
        if (o.holds(c)) {
          enclosing = o;
        }
      }
      if (t.is(c, "according") && t.is(c + 1, "to") && Finding.depth(enclosing) < Finding.MAX_DEPTH) {
        Finding f = accordingTo.clause(c, from, to, enclosing, outsideQuotes);
        if (f != null) {
          open.add(f);
        }
        continue;
      }
      Lexicon.Cue cue = lex.cueAt(t, c);
      if (cue == null || cue.quoteOnly() || board.byCue.containsKey(c) || passive(c, cue)
          || !frames.acceptCue(c, cue)) {
        continue;
      }
      Frame frame = frames.subjectBefore(c, cue, from);
      if (frame == null && enclosing == null && !cue.participle() && !frames.coordinated(c, cue)) {
        frame = described.before(c, cue, from);
      }
      if (frame == null && (t.isPunct(c - 1, ',') || closesApostropheQuote(c - 1, from)) && !cue.baseForm()
          && !cue.participle()) {
        frame = frames.inverted(c, cue, to);
      }
      if (frame == null || via != null && frame.speaker().pronoun()) {
        continue;
      }
      if (cue.stance() == Stance.ECHOES && !cue.participle() && outsideQuotes) {
        board.echoes.putIfAbsent(sentences.of(c), frame.speaker().entity());
      }
      if (Finding.depth(enclosing) >= Finding.MAX_DEPTH || enclosing != null && Attitudes.isAttitude(cue)) {
        continue;
      }
      Finding f = frame.after() ? null : reported(frame, from, to, outsideQuotes);
      if (f == null) {
        f = trailing(frame, from, to);
      }
      if (f == null) {
        continue;
      }
      f.via = enclosing;
      board.byCue.put(c, f);
      board.findings.add(f);
      open.add(f);
    }
  }

  private @Nullable Finding reported(Frame frame, int from, int to, boolean outsideQuotes) {
    Lexicon.Cue cue = verifyNotNull(frame.cueWords());
    if (cue.stance() == Stance.ECHOES && !cue.participle()) {
      return null;
    }
    int k = frame.cueEnd();
    Finding f = new Finding();
    context.apply(f, frame);
    f.confidence = frame.confidence() - 0.1;
    f.rule = LEADING_RULE;
    // time and setting right after the verb: "said on Thursday that", "wrote on social media that"
    int statementStart = k;
    String addressee = null;
    if (cue.takesAddressee() && cue.stance() == Stance.SAYS) {
      int end = context.addresseeEnd(k, to);
      if (end <= k) {
        return null;
      }
      int beforeClause = clauseEnds.thatAhead(context.pastContext(end, to), to) < 0
          ? clauseEnds.addresseeBeforeClause(k, end) : -1;
      addressee = t.words(k, (beforeClause > k ? beforeClause : end) - 1);
      statementStart = beforeClause > k ? beforeClause : end;
    }
    statementStart = context.pastContext(statementStart, to);
    if ((t.isPunct(statementStart, ':') || t.isPunct(statementStart, ',')) && t.isDoubleApostrophe(statementStart + 1)) {
      return introduced(f, frame, statementStart + 1, addressee);
    }
    int that = clauseEnds.thatAhead(statementStart, to);
    if (that >= 0) {
      statementStart = that + 1;
    } else if (Attitudes.reportsOnlyClauses(cue) && !clauseEnds.startsClause(statementStart)
        || !attitudes.reportsWithoutThat(frame)) {
      return null;
    } else if (addressee != null && !t.is(statementStart, "to") && !clauseEnds.startsClause(statementStart)) {
      return null;
    }
    boolean objectOnly = Attitudes.reportsObject(cue);
    boolean relative = inRelativeClause(frame.cue());
    boolean subordinate = frame.start() > from && words.is(WordClass.SUBORDINATOR, t.lower(frame.start() - 1))
        || relative;
    int end = statementStart;
    int limit = Math.min(to, statementStart + MAX_COMPLEMENT);
    while (end < limit) {
      if (t.isPunct(end, ';') || t.isPunct(end, '(')
          || objectOnly && end > statementStart && attitudes.objectEndsBefore(end)
          || objectOnly && relative && end > statementStart && mainVerbAt(end)
          || (t.isPunct(end, '–') || t.isPunct(end, '—')) && t.start(end) > 0
          && Character.isWhitespace(t.text().charAt(t.start(end) - 1))
          || (!outsideQuotes || !quotes.inside(end))
          && (subordinate && t.isPunct(end, ',') || clauseEnds.clauseBreak(end, limit))) {
        break;
      }
      end++;
    }
    while (end > statementStart && t.kind(end - 1) == Tokens.PUNCT) {
      end--;
    }
    if (objectOnly) {
      context.contextIn(f, end, attitudes.occasionEnd(end, to));
    }
    // a time or an occasion at the end belongs to the report, not to what was said
    boolean trimmed = true;
    while (trimmed && end > statementStart) {
      trimmed = false;
      TimeExpressions.Expression time = times.at(end - 1);
      if (time != null && time.end() == end && time.kind() != TimeExpressions.Kind.YEAR
          && time.kind() != TimeExpressions.Kind.RECENT
          && time.phraseStart() > statementStart && !times.isBound(time) && !clauseEnds.toCome(time, statementStart)) {
        f.said = times.resolve(time).orElse(null);
        end = time.phraseStart();
        trimmed = true;
      }
      FoundSetting tail = context.settingEndingAt(statementStart, end);
      if (tail != null) {
        f.setting = tail;
        if (f.said == null) {
          f.said = context.timeOf(tail, end);
        }
        end = tail.start();
        trimmed = true;
      }
      while (end > statementStart && t.kind(end - 1) == Tokens.PUNCT) {
        end--;
      }
    }
    if (end <= statementStart) {
      return null;
    }
    for (int q = statementStart; q < end; q++) {
      if (t.kind(q) == Tokens.QUOTE && outsideQuotes) {
        int inside = quotes.quoteAt(q + 1);
        if (inside >= 0 && board.byQuote[inside] != null && board.byQuote[inside].cueToken == frame.cue()) {
          return null;
        }
      }
    }
    f.kind = Statement.Kind.INDIRECT;
    f.parts.add(new int[] {t.start(statementStart), t.end(end - 1)});
    f.firstToken = statementStart;
    f.endToken = end;
    f.addressee = addressee;
    if (cue.takesAddressee() && cue.stance() != Stance.SAYS) {
      int obj = statementStart;
      while (obj < end && !t.is(obj, "to") && !t.is(obj, "of") && obj - statementStart < 8) {
        obj++;
      }
      if (obj < end && obj > statementStart) {
        f.addressee = t.words(statementStart, obj - 1);
      }
    }
    context.contextIn(f, frame.cueEnd(), statementStart);
    TimeExpressions.Expression between = times.firstIn(frame.start(), frame.cue());
    if (f.said == null && between != null && between.kind() != TimeExpressions.Kind.YEAR
        && !times.isBound(between) && !clauseEnds.relativeClauseBefore(frame.start(), between.phraseStart())) {
      f.said = times.resolve(between).orElse(null);
    }
    context.contextIn(f, Math.max(Math.max(from, frame.start() - 30), sentenceStartOf(frame.start())),
        frame.start());
    f.ownContext = f.setting != null || f.said != null;
    return f;
  }

  /**
   * The words between two apostrophes opening at token {@code open} that the reporting clause of
   * {@code frame} introduces with a colon or a comma ({@code Ruiz said: ''Wages will not.''}), up
   * to the closing apostrophes, over sentences; null when none close them in the paragraph.
   */
  private @Nullable Finding introduced(Finding f, Frame frame, int open, @Nullable String addressee) {
    int close = ApostropheQuoteRuns.closing(t, open);
    int end = close < 0 ? -1 : ApostropheQuoteRuns.wordsEnd(t, open, close);
    if (end <= open + 1) {
      return null;
    }
    f.kind = Statement.Kind.INDIRECT;
    f.rule = ApostropheQuoteRuns.INTRODUCED_RULE;
    f.parts.add(new int[] {t.start(open + 1), t.end(end - 1)});
    f.firstToken = open + 1;
    f.endToken = end;
    f.addressee = addressee;
    context.contextIn(f, frame.cueEnd(), open);
    f.ownContext = f.setting != null || f.said != null;
    return f;
  }

  /**
   * Whether the cue at {@code c} is a past participle with its agent after it ("Shoppers questioned
   * by the paper said ..."), which reports nothing of its own.
   */
  private boolean passive(int c, Lexicon.Cue cue) {
    int by = c + cue.words().length;
    String agent = t.lower(by + 1);
    boolean means = t.isWord(by + 1) && !t.isCapitalized(by + 1) && !Entities.isDeterminer(agent)
        && !lex.pronouns.containsKey(agent);
    return !cue.baseForm() && !cue.participle() && t.is(by, "by") && !means;
  }

  /** Whether the verb at {@code cue} opens a relative clause: "X, who proposed the cuts in May, said". */
  /**
   * Whether a finite reporting verb stands at {@code k}, the verb of the clause that a relative
   * clause before it modifies, which ends the object of a stand taken in that relative clause:
   * "Lawmakers who oppose the bill said ...".
   */
  private boolean mainVerbAt(int k) {
    Lexicon.Cue cue = lex.cueAt(t, k);
    return cue != null && !cue.participle() && !t.isCapitalized(k) && !t.is(k - 1, "to")
        && !Entities.isAuxiliary(t.lower(k - 1));
  }

  private boolean inRelativeClause(int cue) {
    int k = cue - 1;
    while (k >= 0 && t.isWord(k) && (Entities.isAuxiliary(t.lower(k)) || isAdverb(k))) {
      k--;
    }
    return t.is(k, "who") || t.is(k, "which");
  }

  /**
   * A paraphrase that its reporting clause follows: "Prices will rise, the minister said." or
   * "..., said the minister, an economist." The clause must end the sentence, with nothing after
   * the verb but an addressee, times, an occasion or an appositive of an inverted subject.
   */
  private @Nullable Finding trailing(Frame frame, int from, int to) {
    int comma = frame.after() ? frame.cue() - 1 : frame.start() - 1;
    boolean quoteEndsWithComma = comma > from && t.kind(comma) == Tokens.QUOTE && quotes.inside(comma - 1)
        && t.isPunct(comma - 1, ',') || closesApostropheQuote(comma, from);
    if (comma <= from || !t.isPunct(comma, ',') && !quoteEndsWithComma || t.kind(from) == Tokens.QUOTE
        || frame.cue() < 0 || verifyNotNull(frame.cueWords()).participle() || comma - from > MAX_COMPLEMENT
        || Attitudes.reportsObject(frame.cueWords())) {
      return null;
    }
    Lexicon.Cue cue = frame.cueWords();
    int k = frame.after() ? frame.end() : frame.cueEnd();
    String addressee = null;
    if (!frame.after() && cue.takesAddressee()) {
      int end = context.addresseeEnd(k, to);
      if (end > k) {
        addressee = t.words(k, end - 1);
        k = end;
      }
    }
    k = context.pastContext(k, to);
    if (frame.after() && t.isPunct(k, ',')) {
      int appositiveEnd = Math.min(to, k + ReportingFrames.MAX_ASIDE);
      while (k < appositiveEnd && !Sentences.endsSentence(t, k) && lex.cueAt(t, k) == null
          && t.kind(k) != Tokens.QUOTE) {
        k++;
      }
    }
    while (k < to && Sentences.endsSentence(t, k)) {
      k++;
    }
    int end = quoteEndsWithComma ? comma + 1 : comma;
    while (end > from && t.kind(end - 1) == Tokens.PUNCT) {
      end--;
    }
    int after = k < to && t.isPunct(k, ',') ? k + 1 : to;
    int afterEnd = to;
    while (afterEnd > after && t.kind(afterEnd - 1) == Tokens.PUNCT) {
      afterEnd--;
    }
    // "..., she said, referring to ...": the words after the clause are the reporter's
    boolean reporterAfter = after < afterEnd && (t.lower(after).endsWith("ing") || t.is(after, "who")
        || t.is(after, "whose"));
    if (k < to && !quoteEndsWithComma && !reporterAfter && (after == to || quoteMarkIn(after, afterEnd))
        || end <= from) {
      return null;
    }
    // "A, she said, B": the clause splits what was said, both sides of it
    boolean afterSide = !reporterAfter && after < afterEnd;
    Finding f = new Finding();
    context.apply(f, frame);
    f.confidence = frame.confidence() - 0.15;
    f.rule = TRAILING_RULE;
    f.kind = Statement.Kind.INDIRECT;
    f.firstToken = t.isDoubleApostrophe(from) ? from + 1 : from;
    f.endToken = afterSide ? afterEnd : end;
    f.parts.add(new int[] {t.start(f.firstToken), t.end(end - 1)});
    if (afterSide) {
      f.parts.add(new int[] {t.start(after), t.end(afterEnd - 1)});
    }
    f.addressee = addressee;
    context.contextIn(f, frame.after() ? frame.end() : frame.cueEnd(), to);
    return f;
  }

  /**
   * Whether token {@code k}, after {@code from}, is two apostrophes closing a quote after a comma, a
   * question mark or an exclamation mark ({@code ''It will pass,'' she said}).
   */
  private boolean closesApostropheQuote(int k, int from) {
    return k > from + 1 && t.isDoubleApostrophe(k)
        && (t.isPunct(k - 1, ',') || t.isPunct(k - 1, '?') || t.isPunct(k - 1, '!'));
  }
}

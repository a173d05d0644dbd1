package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;

/**
 * Indirect statements reported by {@code according to X}: the words after the phrase when it opens
 * the sentence ({@code According to Ana Ruiz, an economist at the bank, ...}), the words before it
 * otherwise, and a document as the speaker for its author ({@code according to figures published
 * by X}).
 */
final class AccordingToClauses extends ArticleRules {
  private final FindingBoard board;
  private final ReportingFrames frames;
  private final StatementContext context;

  AccordingToClauses(Article article, FindingBoard board, ReportingFrames frames, StatementContext context) {
    super(article);
    this.board = board;
    this.frames = frames;
    this.context = context;
  }

  /**
   * The indirect statement of the {@code according to} at token {@code c}, within tokens {@code
   * [from, to)}, known through {@code via}; null when none reads.
   */
  Finding clause(int c, int from, int to, Finding via, boolean outsideQuotes) {
    if (board.byCue.containsKey(c)) {
      return null;
    }
    DocumentAuthor author = documentAuthor(c + 2, to);
    int end = author != null ? author.end() : entities.phraseEndAfter(c + 2, to);
    if (end <= c + 2) {
      return null;
    }
    Entities.Resolved r = author != null ? author.speaker() : entities.resolve(c + 2, end);
    if (r == null) {
      return null;
    }
    int statementStart;
    int statementEnd;
    if (t.isPunct(end, ',') && c == from) {
      // "According to Sarah Hewin, an economist at the bank, ...": her role is no part of what she said
      int roleEnd = frames.appositiveEnd(end, to);
      statementStart = roleEnd >= 0 && namesRole(end + 1, roleEnd) ? roleEnd + 1 : end + 1;
      statementEnd = to;
    } else if (c > from && t.isPunct(c - 1, ',')) {
      statementStart = from;
      statementEnd = c - 1;
    } else {
      return null;
    }
    while (statementEnd > statementStart && t.kind(statementEnd - 1) == Tokens.PUNCT) {
      statementEnd--;
    }
    if (statementEnd <= statementStart || statementEnd - statementStart > ReportedClauses.MAX_COMPLEMENT) {
      return null;
    }
    for (int q = statementStart; q < statementEnd; q++) {
      if (outsideQuotes && board.attributedQuoteAt(q)) {
        return null;
      }
    }
    Finding f = new Finding();
    context.apply(f, new Frame(r, c, ReportingFrames.ACCORDING_TO, c, end, false, ReportingFrames.confidence(r)));
    if (author != null && author.time() != null) {
      f.said = author.time();
      f.ownContext = true;
    }
    f.confidence = ReportingFrames.confidence(r) - 0.15;
    f.kind = Statement.Kind.INDIRECT;
    f.parts.add(new int[] {t.start(statementStart), t.end(statementEnd - 1)});
    f.firstToken = statementStart;
    f.endToken = statementEnd;
    f.via = via;
    board.byCue.put(c, f);
    board.findings.add(f);
    return f;
  }

  /** Whether tokens {@code [from, to)} hold a title or a noun of someone's role ("an economist at"). */
  private boolean namesRole(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.lowerStem(k);
      if (lex.titleWords.containsKey(w) || lex.roleNouns.containsKey(w)) {
        return true;
      }
    }
    return false;
  }

  /** The author of a document that speaks, the token after its name and the time it appeared. */
  private record DocumentAuthor(Entities.Resolved speaker, int end, TimeReference time) {}

  /**
   * "figures published by X earlier this month", "an analysis released on Wednesday by X", "figures
   * from X" starting at token {@code from}: the document speaks for X, as of the time named between.
   * Null when no document is named or the agent only holds it ("a filing seen by the paper").
   */
  private DocumentAuthor documentAuthor(int from, int to) {
    int limit = Math.min(to, from + StatementContext.MAX_SETTING);
    boolean document = false;
    Boolean authored = null;
    int k = from;
    for (; k < limit && !t.is(k, "by") && !t.is(k, "from"); k++) {
      if (!t.isWord(k) && times.at(k) == null) {
        return null;
      }
      document |= lex.documentNouns.contains(t.lower(k));
      Boolean agent = lex.documentAgents.get(t.lower(k));
      authored = agent != null ? agent : authored;
    }
    if (!document || k >= limit || Boolean.FALSE.equals(authored)) {
      return null;
    }
    int end = entities.phraseEndAfter(k + 1, to);
    Entities.Resolved r = end > k + 1 ? entities.resolve(k + 1, end) : null;
    if (r == null || r.pronoun()) {
      return null;
    }
    TimeExpressions.Expression e = times.firstIn(from, k);
    TimeReference time = e == null || times.isBound(e) ? null : times.resolve(e).orElse(null);
    return new DocumentAuthor(r, end, time);
  }
}

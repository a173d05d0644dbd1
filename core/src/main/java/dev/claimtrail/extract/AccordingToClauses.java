package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Indirect statements reported by {@code according to X}: the words after the phrase when it opens
 * the sentence ({@code According to Ana Ruiz, an economist at the bank, ...}), the words before it
 * otherwise, and a document as the speaker for its author ({@code according to figures published
 * by X}).
 */
final class AccordingToClauses extends ArticleRules {
  /** The rule recorded in the provenance of the statements this class finds. */
  static final String RULE = "according-to-clause";

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
  @Nullable Finding clause(int c, int from, int to, @Nullable Finding via, boolean outsideQuotes) {
    if (board.byCue.containsKey(c)) {
      return null;
    }
    DocumentAuthor author = documentAuthor(c + 2, to);
    int end = author != null ? author.end() : entities.phraseEndAfter(c + 2, to);
    Entities.Resolved r = author != null ? author.speaker() : end > c + 2 ? entities.resolve(c + 2, end) : null;
    if (r == null) {
      // "according to exit polls", "according to data from the agency": the description speaks
      end = descriptionEnd(c + 2, to);
      r = end > c + 2 ? entities.group(c + 2, end) : null;
    }
    if (r == null) {
      return null;
    }
    List<int[]> sides = sides(c, end, from, to);
    if (sides.isEmpty()) {
      return null;
    }
    int statementStart = sides.get(0)[0];
    int statementEnd = sides.get(sides.size() - 1)[1];
    if (statementEnd - statementStart > ReportedClauses.MAX_COMPLEMENT) {
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
    f.rule = RULE;
    f.kind = Statement.Kind.INDIRECT;
    for (int[] side : sides) {
      f.parts.add(new int[] {t.start(side[0]), t.end(side[1] - 1)});
    }
    f.firstToken = statementStart;
    f.endToken = statementEnd;
    f.via = via;
    board.byCue.put(c, f);
    board.findings.add(f);
    return f;
  }

  /**
   * The token ranges of what the source of the {@code according to} at {@code c}, whose name ends
   * before {@code end}, says within {@code [from, to)}: the words after it when it opens the
   * sentence, its role aside ("According to Ana Ruiz, an economist at the bank, ..."); else the
   * words before it, after a comma or with the source ending the sentence, and those after it too
   * when it stands between commas ("The delay, according to the report, cost the city ..."), or
   * only those after it when the words before only set the scene ("Since May, according to X, ...").
   * Empty when no words are reported.
   */
  private List<int[]> sides(int c, int end, int from, int to) {
    List<int[]> sides = new ArrayList<>();
    int restEnd = trimmed(end, to);
    if (c == from) {
      int comma = t.isPunct(end, ',') ? end : commaAfterSource(end, to);
      if (comma >= 0) {
        int roleEnd = frames.appositiveEnd(comma, to);
        int start = roleEnd >= 0 && namesRole(comma + 1, roleEnd) ? roleEnd + 1 : comma + 1;
        addSide(sides, start, trimmed(start, to));
      }
      return sides;
    }
    if (!t.isPunct(c - 1, ',') && restEnd > end) {
      return sides;
    }
    boolean aside = t.isPunct(end, ',') && t.isPunct(c - 1, ',') && !t.is(end + 1, "who")
        && !t.is(end + 1, "which")
        && !(namesRole(end + 1, Math.min(restEnd, end + 4)) && !verbIn(end + 1, restEnd));
    if (!(aside && openingAdverbial(from, c - 1))) {
      addSide(sides, from, trimmed(from, c));
    }
    if (aside && (!sides.isEmpty() || openingAdverbial(from, c - 1))) {
      addSide(sides, end + 1, restEnd);
    }
    return sides;
  }

  /**
   * The comma that ends the words describing a source further from token {@code end} ("According
   * to a study by X based on census data from 2014, ..."): the first within {@link
   * StatementContext#MAX_SETTING} tokens, with no verb, quote or sentence end before it; -1 when
   * there is none.
   */
  private int commaAfterSource(int end, int to) {
    for (int k = end; k < to && k - end <= StatementContext.MAX_SETTING; k++) {
      if (t.isPunct(k, ',')) {
        return verbIn(end, k) ? -1 : k;
      }
      if (t.kind(k) == Tokens.QUOTE || Sentences.endsSentence(t, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a finite or reporting verb stands among tokens {@code [from, to)}. */
  private boolean verbIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (lex.finiteVerbs.contains(t.lower(k)) || lex.cueAt(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} only set the scene for the clause after them: a phrase that
   * opens with a preposition or a time ("Since last November", "In Wisconsin", "At the heart of the
   * trouble") and holds no verb of its own.
   */
  private boolean openingAdverbial(int from, int to) {
    if (to <= from || !lex.prepositions.contains(t.lower(from)) && times.at(from) == null) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER) {
        return false;
      }
    }
    return !verbIn(from, to);
  }

  private static void addSide(List<int[]> sides, int start, int end) {
    if (end > start) {
      sides.add(new int[] {start, end});
    }
  }

  /** The end of tokens {@code [from, to)} without the punctuation that closes them. */
  private int trimmed(int from, int to) {
    int end = to;
    while (end > from && t.kind(end - 1) == Tokens.PUNCT) {
      end--;
    }
    return end;
  }

  /**
   * The end of a description of a source from token {@code from}: words up to a comma, a dash or
   * the end of the sentence, within {@link StatementContext#MAX_SETTING} tokens; -1 when none, or
   * when it names a document its agent only holds ("a filing seen by the paper").
   */
  private int descriptionEnd(int from, int to) {
    int k = from;
    int limit = Math.min(to, from + StatementContext.MAX_SETTING);
    while (k < limit && (t.isWord(k) || t.kind(k) == Tokens.NUMBER || t.isPunct(k, '.') && t.isWord(k + 1)
        && !t.isCapitalized(k + 1) || t.isPunct(k, '-'))) {
      if (Boolean.FALSE.equals(lex.documentAgents.get(t.lower(k)))) {
        return -1;
      }
      k++;
    }
    boolean ends = k >= to || t.isPunct(k, ',') || Sentences.endsSentence(t, k) || t.isPunct(k, '—')
        || t.isPunct(k, '–');
    return ends && k > from ? k : -1;
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
  private record DocumentAuthor(Entities.Resolved speaker, int end, @Nullable TimeReference time) {}

  /**
   * "figures published by X earlier this month", "an analysis released on Wednesday by X", "figures
   * from X" starting at token {@code from}: the document speaks for X, as of the time named between.
   * Null when no document is named or the agent only holds it ("a filing seen by the paper").
   */
  private @Nullable DocumentAuthor documentAuthor(int from, int to) {
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

package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;

/**
 * Attributes quotes: by the reporting clause after a quote ({@code "...," he said}) or before it
 * ({@code X told Y: "..."}), by a name before or after a colon, by {@code according to}; a quote
 * split by its reporting clause is one statement; a quote without a clause continues the speaker
 * of the quote before it when it opens a sentence, and is taken for scare quotes otherwise.
 */
final class QuoteAttribution extends ArticleRules {
  /** Most tokens of a reporting clause that splits a quote in two. */
  private static final int MAX_SPLIT_CLAUSE = 30;

  private final FindingBoard board;
  private final ReportingFrames frames;
  private final StatementContext context;

  QuoteAttribution(Article article, FindingBoard board, ReportingFrames frames, StatementContext context) {
    super(article);
    this.board = board;
    this.frames = frames;
    this.context = context;
  }

  void attributeQuote(int qi) {
    Quotes.Quote q = quotes.all().get(qi);
    int lastPart = lastParagraph(qi);
    int s = sentences.of(q.open());
    int lo = sentences.start(s);
    if (qi > 0 && quotes.after(qi - 1) > lo && quotes.after(qi - 1) <= q.open()) {
      lo = quotes.after(qi - 1);
    }
    int after = quotes.after(lastPart);
    int hi = sentences.end(sentences.of(quotes.all().get(lastPart).open()));
    if (lastPart + 1 < board.byQuote.length && quotes.all().get(lastPart + 1).open() < hi) {
      hi = quotes.all().get(lastPart + 1).open();
    }
    Finding f = new Finding();
    f.firstToken = q.open() + 1;
    addParts(f, qi, lastPart);
    boolean preHasWords = false;
    for (int k = lo; k < q.open(); k++) {
      preHasWords |= t.kind(k) == Tokens.WORD || t.kind(k) == Tokens.NUMBER;
    }
    int last = q.open() - 1;
    boolean introduced = false;
    Frame frame = null;
    if (!preHasWords || last < lo) {
      frame = frames.frameAfter(after, hi);
      if (frame == null && t.isPunct(after, ':') && (q.open() == 0 || t.breaksBefore(q.open()) > 0)) {
        frame = frames.speakerAfterColon(after + 1, hi);
      }
    } else if (t.isPunct(last, ':') || t.isPunct(last, ',')) {
      frame = frames.frameBefore(last - 1, lo);
      if (frame == null && t.isPunct(last, ':')) {
        frame = frames.headlineSpeaker(lo, last);
      }
      if (frame == null) {
        frame = frames.accordingTo(lo, last);
      }
      introduced = frame != null;
      if (frame == null) {
        frame = frames.frameAfter(after, hi);
      }
    } else {
      frame = frames.frameBefore(last, lo);
      if (frame == null) {
        frame = frames.accordingTo(lo, hi);
      }
      if (frame == null) {
        frame = frames.frameAfter(after, hi);
      }
    }
    boolean sentenceLike = startsLikeSentence(q.contentStart());
    f.kind = (!preHasWords || introduced) && sentenceLike
        ? Statement.Kind.DIRECT_QUOTE : Statement.Kind.PARTIAL_QUOTE;
    if (frame == null) {
      return;
    }
    context.apply(f, frame);
    f.confidence = frame.confidence();
    if (frame.after()) {
      int next = splitContinuation(lastPart, frame);
      if (next >= 0) {
        context.fillContext(f, frame, frame.cueEnd(), quotes.all().get(next).open());
        addParts(f, next, lastParagraph(next));
      } else {
        context.fillContext(f, frame, frame.cueEnd(), hi);
      }
    } else {
      context.fillContext(f, frame, frame.cueEnd(), q.open());
      context.contextBefore(f, lo, frame.start());
      if (f.said == null && frame.cue() > frame.start() && frame.cueWords().participle()) {
        // ", citing "..."" speaks on the occasion of the clause it hangs on: "announced last week"
        context.contextIn(f, frame.start(), frame.cue());
      }
    }
    board.findings.add(f);
  }

  /** The last quote of the paragraphs that quote {@code qi} opens (itself when it has one). */
  private int lastParagraph(int qi) {
    int last = qi;
    while (last + 1 < board.byQuote.length && quotes.all().get(last + 1).continuesPrevious()) {
      last++;
    }
    return last;
  }

  /** Makes quotes {@code [from, to]} parts of {@code f}. */
  private void addParts(Finding f, int from, int to) {
    for (int q = from; q <= to; q++) {
      Quotes.Quote quote = quotes.all().get(q);
      f.parts.add(new int[] {quote.contentStart(), quote.contentEnd()});
      f.endToken = quotes.lastToken(q) + 1;
      board.byQuote[q] = f;
    }
  }

  /**
   * The quote that goes on with quote {@code q} after its reporting clause, as in {@code "...," she
   * said, "..."} or {@code "...," she said. "..."}: quote {@code q} ends with a comma, the next one
   * opens right after the clause, nothing else is reported between them and the next quote has no
   * reporting clause of its own. -1 when there is none.
   */
  private int splitContinuation(int q, Frame frame) {
    if (q + 1 >= board.byQuote.length || board.byQuote[q + 1] != null) {
      return -1;
    }
    Quotes.Quote quote = quotes.all().get(q);
    boolean comma = t.text().charAt(quote.contentEnd() - 1) == ','
        || t.isPunct(quotes.after(q), ',');
    int open = quotes.all().get(q + 1).open();
    if (!comma || open < frame.end() || open - frame.end() > MAX_SPLIT_CLAUSE
        || t.breaksBefore(open) >= 2 || !(t.isPunct(open - 1, ',') || t.isPunct(open - 1, '.'))) {
      return -1;
    }
    for (int k = frame.cueEnd(); k < open - 1; k++) {
      if (t.kind(k) == Tokens.QUOTE || lex.cueAt(t, k) != null || Sentences.endsSentence(t, k)) {
        return -1;
      }
    }
    int next = lastParagraph(q + 1);
    int nextAfter = quotes.after(next);
    int nextEnd = sentences.end(sentences.of(quotes.all().get(next).open()));
    return nextAfter < nextEnd && frames.frameAfter(nextAfter, nextEnd) != null ? -1 : q + 1;
  }

  private boolean startsLikeSentence(int offset) {
    char c = t.text().charAt(offset);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '…' || c == '.'
        || c == '\'' || c == '‘';
  }

  void continueQuotes() {
    Finding previous = null;
    int previousQuote = -1;
    for (int q = 0; q < board.byQuote.length; q++) {
      Finding f = board.byQuote[q];
      Quotes.Quote quote = quotes.all().get(q);
      if (f != null && f.speaker != null) {
        if (f.kind == Statement.Kind.DIRECT_QUOTE) {
          previous = f;
          previousQuote = q;
        }
        continue;
      }
      if (f == null || previous == null) {
        continue;
      }
      boolean adjacent = q - previousQuote <= 2
          && sentences.of(quote.open()) - sentences.of(quotes.all().get(previousQuote).open()) <= 2;
      if ((quote.continuesPrevious() || f.kind == Statement.Kind.DIRECT_QUOTE && adjacent)
          && !spokenBetween(previous, f)) {
        f.speaker = previous.speaker;
        f.mention = null;
        f.setting = previous.setting;
        f.said = previous.said;
        f.addressee = previous.addressee;
        f.confidence = 0.65;
        f.kind = Statement.Kind.DIRECT_QUOTE;
        board.findings.add(f);
        previous = f;
        previousQuote = q;
      }
    }
  }

  private boolean spokenBetween(Finding previous, Finding next) {
    for (int k = previous.endToken; k < next.firstToken; k++) {
      Finding spoken = board.byCue.get(k);
      if (spoken != null && spoken.kind == Statement.Kind.INDIRECT && spoken.speaker != previous.speaker
          || !quotes.inside(k) && lex.cueAt(t, k) != null && spoken == null
          && entities.phraseStartBefore(k - 1, Math.max(0, k - 8)) >= 0) {
        return true;
      }
    }
    return false;
  }
}

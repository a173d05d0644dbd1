package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Words between two apostrophes ({@code ''...''}, the typewriter's quote marks) that open a
 * sentence with no reporting clause of their own: they go on with the speaker reported in the
 * sentence before, when that sentence printed such marks too ({@code ''Prices will rise,'' she
 * said. ''Wages will not.''}), and they are what a reporting clause ending the sentence before
 * with a colon or a comma introduces ({@code Ruiz said: ''Wages will not.''}). The statement runs
 * to the closing apostrophes, over sentences, and a run goes on as long as each sentence after it
 * opens the same way.
 */
final class ApostropheQuoteRuns extends ArticleRules {
  /** The rule name recorded in the provenance of the statements this class finds. */
  static final String RULE = "apostrophe-continuation";
  /** The rule name of the words a reporting clause introduces with a colon or a comma. */
  static final String INTRODUCED_RULE = "apostrophe-introduced";
  /** Most tokens of one run, as of a reported clause. */
  private static final int MAX_RUN = 250;
  /** Most tokens between an introducing verb and its colon or comma ("said in a statement on Friday:"). */
  private static final int MAX_INTRODUCTION_TAIL = 12;
  /** How much less sure words a clause introduces are than the clause's own speaker. */
  private static final double INTRODUCED_LESS_SURE = 0.1;

  private final FindingBoard board;
  private final ReportingFrames frames;
  private final StatementContext context;

  ApostropheQuoteRuns(Article article, FindingBoard board, ReportingFrames frames, StatementContext context) {
    super(article);
    this.board = board;
    this.frames = frames;
    this.context = context;
  }

  /** Adds the statements that go on from those the board holds, in text order. */
  void continueRuns() {
    Finding[] lastInSentence = new Finding[sentences.count()];
    for (Finding f : board.findings) {
      int s = sentences.of(f.firstToken);
      if (f.speaker != null && (lastInSentence[s] == null || lastInSentence[s].firstToken < f.firstToken)) {
        lastInSentence[s] = f;
      }
    }
    for (int s = 1; s < sentences.count(); s++) {
      Finding previous = lastInSentence[s - 1];
      if (lastInSentence[s] != null) {
        continue;
      }
      Finding run = null;
      if (previous != null && apostrophesIn(sentences.start(s - 1), sentences.end(s - 1))) {
        run = run(sentences.start(s));
        if (run != null) {
          continuing(run, previous);
        }
      } else if (previous == null) {
        Frame introduction = introduction(s - 1);
        run = introduction == null ? null : run(sentences.start(s));
        if (introduction != null && run != null) {
          context.apply(run, introduction);
          run.confidence = introduction.confidence() - INTRODUCED_LESS_SURE;
          run.rule = INTRODUCED_RULE;
        }
      }
      if (run != null) {
        board.findings.add(run);
        int last = sentences.of(run.endToken);
        for (int k = s; k <= last && k < sentences.count(); k++) {
          lastInSentence[k] = run;
        }
        s = last;
      }
    }
  }

  /**
   * The reporting clause that ends sentence {@code s} with a colon or a comma ({@code Ruiz said:},
   * {@code Ruiz, the mayor, said,}), whose words the next sentence holds; null when it ends
   * otherwise or its verb reports already.
   */
  private @Nullable Frame introduction(int s) {
    int last = sentences.end(s) - 1;
    if (!t.isPunct(last, ':') && !t.isPunct(last, ',')) {
      return null;
    }
    Frame frame = frames.frameBefore(last - 1, sentences.start(s));
    return frame == null || !frame.hasCue() || board.byCue.containsKey(frame.cue())
        || frame.cueEnd() < last - MAX_INTRODUCTION_TAIL ? null : frame;
  }

  /**
   * The run of words opening with the apostrophes at token {@code open} up to the closing ones, with
   * no speaker yet; null when the words do not open that way, no closing marks end them in the
   * paragraph, or a reporting verb stands after them in their sentence.
   */
  private @Nullable Finding run(int open) {
    if (!t.isDoubleApostrophe(open) || !t.isWord(open + 1) && t.kind(open + 1) != Tokens.NUMBER) {
      return null;
    }
    int close = closing(t, open);
    if (close < 0) {
      return null;
    }
    int sentenceEnd = sentences.end(sentences.of(close));
    for (int k = close + 1; k < sentenceEnd; k++) {
      if (lex.cueAt(t, k) != null || board.byCue.containsKey(k)) {
        return null;
      }
    }
    int end = wordsEnd(t, open, close);
    Finding f = new Finding();
    f.kind = Statement.Kind.INDIRECT;
    f.firstToken = open + 1;
    f.endToken = end;
    f.parts.add(new int[] {t.start(open + 1), t.end(end - 1)});
    return f;
  }

  /**
   * The apostrophes that close those at token {@code open} within the paragraph and {@link
   * #MAX_RUN} tokens, or -1.
   */
  static int closing(Tokens t, int open) {
    int close = open + 1;
    int limit = Math.min(t.size(), open + MAX_RUN);
    while (close < limit && !t.isDoubleApostrophe(close) && t.breaksBefore(close) == 0) {
      close++;
    }
    return close < limit && t.isDoubleApostrophe(close) ? close : -1;
  }

  /**
   * The end of the words between the apostrophes at {@code open} and those at {@code close}, without
   * the punctuation before the closing ones but for a sentence's end mark.
   */
  static int wordsEnd(Tokens t, int open, int close) {
    int end = close;
    while (end > open + 1 && t.kind(end - 1) == Tokens.PUNCT && !Sentences.endsSentence(t, end - 1)) {
      end--;
    }
    return end;
  }

  /** Makes {@code f} go on with the speaker of {@code previous}. */
  private static void continuing(Finding f, Finding previous) {
    f.speaker = previous.speaker;
    f.mention = previous.mention;
    f.setting = previous.setting;
    f.said = previous.said;
    f.stance = previous.stance;
    f.confidence = previous.confidence;
    f.rule = RULE;
  }

  private boolean apostrophesIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isDoubleApostrophe(k)) {
        return true;
      }
    }
    return false;
  }
}

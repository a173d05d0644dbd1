package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Words between two apostrophes ({@code ''...''}, the typewriter's quote marks) that open a
 * sentence with no reporting clause of their own go on with the speaker reported in the sentence
 * before, when that sentence printed such marks too: {@code ''Prices will rise,'' she said.
 * ''Wages will not.''} The statement runs to the closing apostrophes, over sentences, and a run
 * goes on as long as each sentence after it opens the same way.
 */
final class ApostropheQuoteRuns extends ArticleRules {
  /** The rule name recorded in the provenance of the statements this class finds. */
  static final String RULE = "apostrophe-continuation";
  /** Most tokens of one run, as of a reported clause. */
  private static final int MAX_RUN = 250;

  private final FindingBoard board;

  ApostropheQuoteRuns(Article article, FindingBoard board) {
    super(article);
    this.board = board;
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
      if (previous == null || lastInSentence[s] != null || !apostrophesIn(sentences.start(s - 1), sentences.end(s - 1))) {
        continue;
      }
      Finding run = run(sentences.start(s), previous);
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
   * The run of words opening with the apostrophes at token {@code open} up to the closing ones, said
   * by the speaker of {@code previous}; null when the words do not open that way, no closing marks
   * end them in the paragraph, or a reporting verb stands after them in their sentence.
   */
  private @Nullable Finding run(int open, Finding previous) {
    if (!t.isDoubleApostrophe(open) || !t.isWord(open + 1) && t.kind(open + 1) != Tokens.NUMBER) {
      return null;
    }
    int close = open + 1;
    int limit = Math.min(t.size(), open + MAX_RUN);
    while (close < limit && !t.isDoubleApostrophe(close) && t.breaksBefore(close) == 0) {
      close++;
    }
    if (close >= limit || !t.isDoubleApostrophe(close)) {
      return null;
    }
    int sentenceEnd = sentences.end(sentences.of(close));
    for (int k = close + 1; k < sentenceEnd; k++) {
      if (lex.cueAt(t, k) != null || board.byCue.containsKey(k)) {
        return null;
      }
    }
    int end = close;
    while (end > open + 1 && t.kind(end - 1) == Tokens.PUNCT && !Sentences.endsSentence(t, end - 1)) {
      end--;
    }
    Finding f = new Finding();
    f.kind = Statement.Kind.INDIRECT;
    f.firstToken = open + 1;
    f.endToken = end;
    f.parts.add(new int[] {t.start(open + 1), t.end(end - 1)});
    f.speaker = previous.speaker;
    f.mention = previous.mention;
    f.setting = previous.setting;
    f.said = previous.said;
    f.stance = previous.stance;
    f.confidence = previous.confidence;
    f.rule = RULE;
    return f;
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

package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;

/**
 * Paraphrases that a name and a colon introduce on a line of their own, as headlines, roundups and
 * transcripts print them ({@code Ruiz: Port Will Stay Open All Winter}, {@code RUIZ: We are
 * ready.}): the words after the colon, to the end of the line, are the named speaker's. Labels of
 * the page ({@code Breaking: ...}), lines that hold a quote mark, which the quote sieves read, and
 * lines another rule already reads are left alone.
 */
final class HeadlineColons extends ArticleRules {
  /** The rule recorded for what a headline's name and colon attribute. */
  static final String RULE = "colon-headline";
  /** Most tokens between the start of a line and its colon. */
  private static final int MAX_NAME_TOKENS = 8;
  /** Fewest words after the colon that make a statement rather than a label ("Photo: AP"). */
  private static final int MIN_WORDS = 3;
  /** How much less sure a headline's speaker is than a reporting verb's subject. */
  private static final double LESS_SURE = 0.15;

  private final FindingBoard board;
  private final StatementContext context;
  private final NamesBeforeColons names;

  HeadlineColons(Article article, FindingBoard board, StatementContext context) {
    super(article);
    this.board = board;
    this.context = context;
    this.names = new NamesBeforeColons(article);
  }

  /** Adds a finding for each line that a name and a colon introduce, and no other rule reads. */
  void find() {
    boolean[] read = new boolean[t.size()];
    for (Finding f : board.findings) {
      for (int k = Math.max(0, f.firstToken); k < Math.min(f.endToken, read.length); k++) {
        read[k] = true;
      }
    }
    for (int k = 0; k < t.size(); k = lineEnd(k + 1)) {
      int colon = colonAfter(k);
      if (colon < 0) {
        continue;
      }
      int end = lineEnd(colon + 1);
      int last = end;
      while (last > colon + 1 && t.kind(last - 1) == Tokens.PUNCT) {
        last--;
      }
      if (wordsIn(colon + 1, last) < MIN_WORDS || quoteMarkIn(k, end) || anyRead(read, k, end)) {
        continue;
      }
      Frame frame = names.nameBeforeColon(k, colon);
      if (frame != null && !label(k, colon)) {
        board.findings.add(finding(frame, colon + 1, last));
      }
    }
  }

  /**
   * Whether tokens {@code [from, colon)} are a label of the page rather than a speaker: a word of
   * page furniture among them ("The Latest", "Breaking", "Just Leaked") or a single letter ("Q").
   */
  private boolean label(int from, int colon) {
    for (int k = from; k < colon; k++) {
      if (lex.layoutWords.contains(t.lower(k))) {
        return true;
      }
    }
    return colon - from == 1 && t.text(from).length() == 1;
  }

  private Finding finding(Frame frame, int first, int end) {
    Finding f = new Finding();
    context.apply(f, frame);
    f.kind = Statement.Kind.INDIRECT;
    f.rule = RULE;
    f.confidence = ReportingFrames.confidence(frame.speaker()) - LESS_SURE;
    f.parts.add(new int[] {t.start(first), t.end(end - 1)});
    f.firstToken = first;
    f.endToken = end;
    return f;
  }

  /** The colon that follows the words opening the line at {@code start}, or -1. */
  private int colonAfter(int start) {
    for (int k = start; k < t.size() && k - start <= MAX_NAME_TOKENS; k++) {
      if (k > start && t.breaksBefore(k) > 0) {
        return -1;
      }
      if (t.isPunct(k, ':')) {
        return k > start ? k : -1;
      }
      if (!t.isWord(k) && !t.isPunct(k, '.') && !t.isPunct(k, ',')) {
        return -1;
      }
    }
    return -1;
  }

  /** The first token at or after {@code k} that opens a new line, or the number of tokens. */
  private int lineEnd(int k) {
    int j = k;
    while (j < t.size() && t.breaksBefore(j) == 0) {
      j++;
    }
    return j;
  }

  private int wordsIn(int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      words += t.isWord(k) ? 1 : 0;
    }
    return words;
  }

  private static boolean anyRead(boolean[] read, int from, int to) {
    for (int k = from; k < to; k++) {
      if (read[k]) {
        return true;
      }
    }
    return false;
  }
}

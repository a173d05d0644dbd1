package dev.claimtrail.extract;

import dev.claimtrail.model.Statement;
import org.jspecify.annotations.Nullable;

/**
 * A quote that opens its sentence with no reporting clause goes on with the speaker of the direct
 * quote just before it (one quote between them at most, and two sentences), unless someone else
 * is reported as speaking between them.
 */
final class ContinuationSieve extends ArticleRules implements QuoteSieve {
  private final FindingBoard board;

  ContinuationSieve(Article article, FindingBoard board) {
    super(article);
    this.board = board;
  }

  @Override
  public boolean readsReportedClauses() {
    return true;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    if (!quote.opensSentence()) {
      return null;
    }
    int previousQuote = quote.first() - 1;
    if (previousQuote >= 0 && !spokenDirectly(board.byQuote[previousQuote])) {
      previousQuote--;
    }
    if (previousQuote < 0 || !spokenDirectly(board.byQuote[previousQuote])
        || sentences.of(quote.open()) - sentences.of(quotes.all().get(previousQuote).open()) > 2) {
      return null;
    }
    Finding previous = board.byQuote[previousQuote];
    return spokenBetween(previous, quote.open() + 1) ? null : new Continuation(previous);
  }

  /**
   * Whether someone other than the speaker of {@code previous} is reported as speaking between it
   * and token {@code to}: an indirect statement of another speaker, or a reporting verb after a
   * speaker phrase that no rule attributed.
   */
  private boolean spokenBetween(Finding previous, int to) {
    for (int k = previous.endToken; k < to; k++) {
      Finding spoken = board.byCue.get(k);
      if (spoken != null && spoken.kind == Statement.Kind.INDIRECT && spoken.speaker != previous.speaker
          || !quotes.inside(k) && lex.cueAt(t, k) != null && spoken == null
          && entities.phraseStartBefore(k - 1, Math.max(0, k - 8)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean spokenDirectly(Finding f) {
    return f != null && f.speaker != null && f.kind == Statement.Kind.DIRECT_QUOTE;
  }
}

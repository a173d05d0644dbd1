package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * A partial quote later in the clause of an attributed one goes on with its speaker: in {@code X
 * called the plan "a disaster" and "a waste"}, the reporting clause before the first quote
 * governs the second, as long as no other reporting verb and no sentence end stand between.
 */
final class SameClauseSieve extends ArticleRules implements QuoteSieve {
  private final FindingBoard board;

  SameClauseSieve(Article article, FindingBoard board) {
    super(article);
    this.board = board;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    if (!quote.wordsBefore() || quote.first() == 0) {
      return null;
    }
    Finding previous = board.byQuote[quote.first() - 1];
    if (previous == null || previous.speaker == null || previous.cueToken < 0
        || previous.cueToken > previous.firstToken
        || sentences.of(previous.firstToken) != sentences.of(quote.open())) {
      return null;
    }
    for (int k = previous.endToken; k < quote.open(); k++) {
      if (Sentences.endsSentence(t, k) || lex.cueAt(t, k) != null) {
        return null;
      }
    }
    return new Continuation(previous);
  }
}

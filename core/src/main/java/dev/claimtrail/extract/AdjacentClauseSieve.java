package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * The reporting clause beside the quote: before it ({@code X said: "..."}, {@code X told Y that
 * the plan was "..."}) or right after it ({@code "...," she said}, {@code "...," said the
 * minister}, {@code "...," Senate minority leader Ann Cole told}, {@code "...," Smith
 * boasted}), within the quote's sentence; before a colon, a verb in the past tense the lexicon
 * lacks introduces the quote too ({@code Ruiz scolded him: "..."}).
 */
final class AdjacentClauseSieve extends ArticleRules implements QuoteSieve {
  private final ReportingFrames frames;
  private final FollowingClauses following;

  AdjacentClauseSieve(Article article, ReportingFrames frames, FollowingClauses following) {
    super(article);
    this.frames = frames;
    this.following = following;
  }

  /**
   * Whether the quote's words end as an utterance does, with a comma or an end mark inside the
   * quote or right after it, rather than run on into the sentence ({@code the "project" Osei
   * launched}).
   */
  private boolean endsUtterance(QuoteCandidate quote) {
    char last = t.text().charAt(quotes.all().get(quote.last()).contentEnd() - 1);
    return ",.?!—".indexOf(last) >= 0 || t.isPunct(quote.after(), ',');
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    Frame before = null;
    if (quote.wordsBefore()) {
      int last = quote.before();
      boolean introduced = t.isPunct(last, ':') || t.isPunct(last, ',');
      before = frames.frameBefore(introduced ? last - 1 : last, quote.lo());
    }
    if (before == null && quote.wordsBefore() && t.isPunct(quote.before(), ':')) {
      before = following.pastTenseBeforeColon(quote.before(), quote.lo());
    }
    if (before != null) {
      return before;
    }
    Frame after = following.frameAfter(quote.after(), quote.hi());
    return after != null || !endsUtterance(quote) ? after
        : following.besideQuote(quote.after(), quote.hi());
  }
}

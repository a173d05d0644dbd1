package dev.claimtrail.extract;

/**
 * The reporting clause beside the quote: before it ({@code X said: "..."}, {@code X told Y that
 * the plan was "..."}) or right after it ({@code "...," she said}, {@code "...," said the
 * minister}), within the quote's sentence.
 */
final class AdjacentClauseSieve extends ArticleRules implements QuoteSieve {
  private final ReportingFrames frames;

  AdjacentClauseSieve(Article article, ReportingFrames frames) {
    super(article);
    this.frames = frames;
  }

  @Override
  public Decision decide(QuoteCandidate quote) {
    Frame before = null;
    if (quote.wordsBefore()) {
      int last = quote.before();
      boolean introduced = t.isPunct(last, ':') || t.isPunct(last, ',');
      before = frames.frameBefore(introduced ? last - 1 : last, quote.lo());
    }
    return before != null ? before : frames.frameAfter(quote.after(), quote.hi());
  }
}

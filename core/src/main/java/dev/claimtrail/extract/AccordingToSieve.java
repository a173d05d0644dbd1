package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * {@code According to X, "..."}, {@code ..., according to X, "..."} and {@code "...," according
 * to X}: the source that "according to" names in the quote's sentence.
 */
final class AccordingToSieve extends ArticleRules implements QuoteSieve {
  private final ReportingFrames frames;

  AccordingToSieve(Article article, ReportingFrames frames) {
    super(article);
    this.frames = frames;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    if (!quote.wordsBefore()) {
      return frames.accordingTo(quote.after(), quote.hi());
    }
    int last = quote.before();
    boolean introduced = t.isPunct(last, ':') || t.isPunct(last, ',');
    return frames.accordingTo(quote.lo(), introduced ? last : quote.hi());
  }
}

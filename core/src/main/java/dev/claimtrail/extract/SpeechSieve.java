package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * The last sieve: a quote that no other sieve attributed and that reads as speech (three words or
 * more, not a title in title case) is kept under an unknown speaker; shorter quotes and titles are
 * taken for scare quotes and names of works, and left out.
 */
final class SpeechSieve extends ArticleRules implements QuoteSieve {
  /** Fewest words of a quote that reads as speech rather than a scare quote. */
  private static final int MIN_WORDS = 3;
  private static final Unattributed UNATTRIBUTED = new Unattributed();

  private final QuotedTitles titles;

  SpeechSieve(Article article, QuotedTitles titles) {
    super(article);
    this.titles = titles;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    return readsAsSpeech(quote) ? UNATTRIBUTED : null;
  }

  /** Whether {@code quote} has three words or more and is no title in title case. */
  boolean readsAsSpeech(QuoteCandidate quote) {
    QuotedTitles.Shape shape = titles.shape(quote);
    return shape.words() >= MIN_WORDS && !shape.title();
  }
}

package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * The subject of the sentence that a partial quote stands in, when no reporting clause attributes
 * it and it reads as speech ({@link SpeechSieve}), not as a scare quote: in {@code Mayor Ito took to
 * the radio to accuse the council of being "duped by a con artist"} or {@code Ruiz changes tack,
 * now says the port is "open for business again"}, the one the sentence is about speaks. The
 * subject opens the sentence, after an opening phrase set off by a comma if there is one, and a
 * verb follows it.
 */
final class SentenceSubjectSieve extends ArticleRules implements QuoteSieve {
  /** Most tokens of an opening phrase before the subject ("On Monday,", "In a statement,"). */
  private static final int MAX_OPENING = 8;

  private final SpeechSieve speech;

  SentenceSubjectSieve(Article article, SpeechSieve speech) {
    super(article);
    this.speech = speech;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    if (!quote.wordsBefore() || !speech.readsAsSpeech(quote)) {
      return null;
    }
    int start = sentenceStartOf(quote.open());
    Frame subject = subjectAt(start, quote.open());
    if (subject == null) {
      for (int k = start; k < quote.open() && k - start <= MAX_OPENING; k++) {
        if (t.isPunct(k, ',')) {
          return subjectAt(k + 1, quote.open());
        }
      }
    }
    return subject;
  }

  /** The speaker phrase at token {@code start} followed by a word in lower case, or null. */
  private @Nullable Frame subjectAt(int start, int open) {
    int end = entities.phraseEndAfter(start, open);
    if (end <= start || end >= open || !t.isWord(end) || t.isCapitalized(end)) {
      return null;
    }
    Entities.Resolved r = entities.resolve(start, end);
    return r == null ? null : new Frame(r, -1, null, start, end, false, 0);
  }
}

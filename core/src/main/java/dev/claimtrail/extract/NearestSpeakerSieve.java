package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * A guess, for a quote that reads as speech ({@link SpeechSieve}) but that no clause attributes:
 * the person named first after it in its own sentence (whose reporting clause no rule could read);
 * else the first person named before it in its sentence, not after a preposition or an article nor
 * in the possessive (the subject of a verb the lexicon lacks: "Ana Roe, for her part, is labeling
 * it "..."); else the speaker of the nearest statement before it within a few sentences; else the
 * person named last before it in its sentence or the one before. Its measured precision, and so its
 * confidence, is lower than that of the sieves before it.
 */
final class NearestSpeakerSieve extends ArticleRules implements QuoteSieve {
  /** Most sentences back that a statement may lie whose speaker is guessed. */
  private static final int MAX_SENTENCES_BACK = 3;
  /** Most tokens back that the guess looks, so that its cost stays linear in hostile text. */
  private static final int MAX_TOKENS_BACK = 200;

  private final FindingBoard board;
  private final SpeechSieve speech;

  NearestSpeakerSieve(Article article, FindingBoard board, SpeechSieve speech) {
    super(article);
    this.board = board;
    this.speech = speech;
  }

  @Override
  public boolean readsReportedClauses() {
    return true;
  }

  @Override
  public @Nullable Decision decide(QuoteCandidate quote) {
    if (!speech.readsAsSpeech(quote)) {
      return null;
    }
    Entity inSentence = personAfter(quote);
    if (inSentence != null) {
      return guess(inSentence, quote);
    }
    Entity subject = quote.wordsBefore() ? entities.firstSubjectIn(quote.lo(), quote.open()) : null;
    if (subject != null) {
      return guess(subject, quote);
    }
    int sentence = sentences.of(quote.open());
    int statementsFrom = Math.max(quote.open() - MAX_TOKENS_BACK,
        sentences.start(Math.max(0, sentence - MAX_SENTENCES_BACK)));
    int namesFrom = sentences.start(Math.max(0, sentence - 1));
    Entity named = null;
    for (int k = quote.open() - 1; k >= statementsFrom; k--) {
      Finding spoken = statementAt(k);
      if (spoken != null) {
        return new Continuation(spoken);
      }
      Entity mentioned = k < namesFrom || quotes.inside(k) ? null : entities.mentionAt(k);
      if (named == null && mentioned != null && mentioned.isPerson()) {
        named = mentioned;
      }
    }
    return named == null ? null : guess(named, quote);
  }

  /** The first person named after the quote in the rest of its sentence, outside quotes, or null. */
  private @Nullable Entity personAfter(QuoteCandidate quote) {
    for (int k = quote.after(); k < quote.hi() && k - quote.after() < MAX_TOKENS_BACK; k++) {
      Entity mentioned = quotes.inside(k) ? null : entities.mentionAt(k);
      if (mentioned != null && mentioned.isPerson()) {
        return mentioned;
      }
    }
    return null;
  }

  private static Frame guess(Entity speaker, QuoteCandidate quote) {
    return new Frame(new Entities.Resolved(speaker, null, false), -1, null, quote.open(), quote.open(),
        false, 0);
  }

  /** The attributed statement whose cue or quote holds token {@code k}, or null. */
  private @Nullable Finding statementAt(int k) {
    Finding byCue = board.byCue.get(k);
    if (byCue != null && byCue.speaker != null) {
      return byCue;
    }
    int q = quotes.quoteAt(k);
    Finding quoted = q < 0 ? null : board.byQuote[q];
    return quoted != null && quoted.speaker != null ? quoted : null;
  }
}

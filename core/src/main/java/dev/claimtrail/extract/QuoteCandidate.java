package dev.claimtrail.extract;

/**
 * A quote to attribute: quotes {@code first} to {@code last} (one, or the paragraphs of a quote
 * that runs over several), the token of its opening mark, the tokens {@code [lo, hi)} of its
 * sentence that a reporting clause may take (past any quote before it in the sentence and up to
 * the next one), the first token after it, whether words precede it in that stretch, and whether
 * its words start like a sentence.
 */
record QuoteCandidate(int first, int last, int open, int lo, int hi, int after,
    boolean wordsBefore, boolean startsLikeSentence) {
  /** The token right before the opening mark. */
  int before() {
    return open - 1;
  }

  /** Whether the quote opens its sentence with words that start like one: a direct quote. */
  boolean opensSentence() {
    return !wordsBefore && startsLikeSentence;
  }
}

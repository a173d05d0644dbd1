package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * One way of telling who speaks a quote. Sieves run in the order {@link SieveOrder} gives, each
 * over the quotes no earlier sieve decided; a sieve that cannot tell returns null and leaves the
 * quote to the next.
 */
interface QuoteSieve {
  /** Who speaks {@code quote}, or null when this sieve cannot tell. */
  @Nullable Decision decide(QuoteCandidate quote);

  /**
   * Whether this sieve needs the indirect statements of the article, so that the reported clauses
   * are found before it runs; sieves that look at the quote's own sentence do not.
   */
  default boolean readsReportedClauses() {
    return false;
  }
}

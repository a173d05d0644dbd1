package dev.claimtrail.extract;

/**
 * Runs one stage of extraction on one candidate so that a case the stage cannot handle costs that
 * candidate only: the standard guard skips a candidate whose stage throws and goes on with the
 * next, so no article text makes extraction fail. The strict guard rethrows instead, for the
 * properties that look for such cases.
 */
final class CandidateGuard {
  static final CandidateGuard SKIPPING = new CandidateGuard(false);
  static final CandidateGuard STRICT = new CandidateGuard(true);

  private final boolean strict;

  private CandidateGuard(boolean strict) {
    this.strict = strict;
  }

  /** Runs {@code stage}; a {@link RuntimeException} it throws is rethrown only when strict. */
  void run(Runnable stage) {
    try {
      stage.run();
    } catch (RuntimeException e) {
      if (strict) {
        throw e;
      }
    }
  }
}

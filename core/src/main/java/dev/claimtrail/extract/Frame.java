package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A reporting clause: the speaker it names, its cue (the token of the reporting verb, or -1 when
 * the clause has none, as in {@code Smith: "..."}), the tokens it spans, whether it follows what it
 * reports, and how sure the rule that found it is.
 */
record Frame(Entities.Resolved speaker, int cue, Lexicon.@Nullable Cue cueWords, int start, int end,
    boolean after, double confidence) implements Decision {
  /** Whether the clause has a reporting verb. */
  boolean hasCue() {
    return cue >= 0;
  }

  /** The token past the cue, or past the clause when it has no cue. */
  int cueEnd() {
    return cue < 0 ? end : cue + verifyNotNull(cueWords).words().length;
  }
}

package dev.claimtrail.model;

/**
 * What a speaker does with a statement, normalized from the reporting verb ("warned" → {@link
 * #WARNS}, "wrote on social media" → {@link #SAYS}). The cue as printed is kept on the {@link
 * Attribution}.
 */
public enum Stance {
  SAYS,
  ASSERTS,
  CLAIMS,
  WARNS,
  URGES,
  DENIES,
  CONFIRMS,
  ADMITS,
  ACCUSES,
  NOTES,
  ADDS,
  REITERATES,
  ECHOES,
  EMPHASIZES,
  ASKS,
  PROMISES,
  THREATENS,
  REPORTS
}

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
  REPORTS,
  /** Holds a belief or an expectation ("believes", "thinks", "fears"). */
  BELIEVES,
  /** Wants or intends something ("wants", "hopes", "plans"). */
  WANTS,
  /** Speaks for someone or something ("endorsed", "praised", "defended"). */
  SUPPORTS,
  /** Speaks against someone or something ("criticized", "opposes", "slammed"). */
  OPPOSES,
  /** A study, poll or record finds something ("shows", "found", "estimates"). */
  FINDS
}

package dev.claimtrail.model;

/**
 * What a speaker does with a statement, normalized from the reporting verb ("warned" → {@link
 * #WARNS}, "wrote on social media" → {@link #SAYS}). The cue as printed is kept on the {@link
 * Attribution}.
 */
public enum Stance {
  /** Says or writes something, with no stance beyond that ("said", "wrote", "stated"). */
  SAYS,
  /** Holds something to be true against doubt ("insisted", "asserted", "argued"). */
  ASSERTS,
  /** Says something is so that others may dispute ("claimed", "alleged"). */
  CLAIMS,
  /** Warns of a danger ("warned", "cautioned"). */
  WARNS,
  /** Calls on someone to act ("called for", "demanded"). */
  URGES,
  /** Says something is not so ("denied", "rejected", "dismissed"). */
  DENIES,
  /** Says something is so, as asked or expected ("confirmed"). */
  CONFIRMS,
  /** Grants something against one's interest ("admitted", "conceded"). */
  ADMITS,
  /** Blames someone ("accused", "blamed"). */
  ACCUSES,
  /** Remarks on something ("noted", "observed", "pointed out"). */
  NOTES,
  /** Says more after an earlier statement ("added", "continued"). */
  ADDS,
  /** Says again what was said before ("reiterated", "repeated"). */
  REITERATES,
  /** Repeats what someone else said ("echoed"). */
  ECHOES,
  /** Stresses something ("emphasized", "stressed", "underlined"). */
  EMPHASIZES,
  /** Asks or wonders ("asked", "wondered"). */
  ASKS,
  /** Commits to doing something ("promised", "pledged", "vowed"). */
  PROMISES,
  /** Threatens harm if something happens ("threatened"). */
  THREATENS,
  /** Passes on what someone else said, as an outlet does ("reported", "quoted"). */
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

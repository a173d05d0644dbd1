package dev.claimtrail.graph;

import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.Locale;

/** What a {@link Node} stands for: one kind per record type of the ledger that is drawn as a node. */
public enum NodeKind {
  /** A speaker. */
  SPEAKER,
  /** A statement. */
  STATEMENT,
  /** A claim. */
  CLAIM,
  /** A document. */
  DOCUMENT,
  /** An outlet. */
  OUTLET;

  /** {@return the kind in lower case, as used in node keys and exported attributes ("speaker")} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the kind of node that records with ids like {@code id} are drawn as} Throws {@link
   * IllegalArgumentException} for attribution ids: attributions are edges, not nodes.
   *
   * @param id the id of a record
   */
  public static NodeKind of(RecordId id) {
    if (id instanceof SpeakerId) {
      return SPEAKER;
    } else if (id instanceof StatementId) {
      return STATEMENT;
    } else if (id instanceof ClaimId) {
      return CLAIM;
    } else if (id instanceof DocumentId) {
      return DOCUMENT;
    } else if (id instanceof OutletId) {
      return OUTLET;
    }
    throw new IllegalArgumentException(
        "records with ids like '" + id + "' (" + id.getClass().getSimpleName() + ") are not nodes");
  }
}

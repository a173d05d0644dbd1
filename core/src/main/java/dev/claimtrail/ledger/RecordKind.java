package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;

/** The six kinds of record a ledger holds, each with its table in a segment. */
enum RecordKind {
  SPEAKER,
  SOURCE,
  DOCUMENT,
  STATEMENT,
  ATTRIBUTION,
  CLAIM;

  RecordTable<?, ?> table(Segment segment) {
    switch (this) {
      case SPEAKER:
        return segment.speakers;
      case SOURCE:
        return segment.sources;
      case DOCUMENT:
        return segment.documents;
      case STATEMENT:
        return segment.statements;
      case ATTRIBUTION:
        return segment.attributions;
      default:
        return segment.claims;
    }
  }

  /** The id of a record of this kind. */
  Object idOf(Object record) {
    switch (this) {
      case SPEAKER:
        return ((Speaker) record).id();
      case SOURCE:
        return ((Outlet) record).id();
      case DOCUMENT:
        return ((Document) record).id();
      case STATEMENT:
        return ((Statement) record).id();
      case ATTRIBUTION:
        return ((Attribution) record).id();
      default:
        return ((Claim) record).id();
    }
  }
}

package dev.claimtrail.io;

import dev.claimtrail.ledger.IndexImage;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Opens the ledger of a snapshot of version 2 or 3 from its records and the section of its built indexes
 * ({@link IndexImage}), with no index built and no cross-record check run: the checksums verified
 * before say the file is as the library wrote it, and the library writes only valid ledgers. Indexes
 * that do not fit the records are refused with {@link LedgerFormatException} naming the section and
 * the byte where reading stopped.
 */
final class StoredIndexes {
  private StoredIndexes() {}

  /**
   * The ledger of {@code records}, one list per {@link Section} in its order, with the indexes in
   * {@code indexes}, the content of the section that starts at byte {@code offset} of {@code source}.
   */
  @SuppressWarnings("unchecked")
  static Ledger open(List<List<Object>> records, ByteBuffer indexes, long offset, String source) {
    ByteBuffer image = indexes.duplicate();
    try {
      return IndexImage.open(
          (List<Speaker>) (List<?>) records.get(Section.SPEAKERS.ordinal()),
          (List<Outlet>) (List<?>) records.get(Section.SOURCES.ordinal()),
          (List<Document>) (List<?>) records.get(Section.DOCUMENTS.ordinal()),
          (List<Statement>) (List<?>) records.get(Section.STATEMENTS.ordinal()),
          (List<Attribution>) (List<?>) records.get(Section.ATTRIBUTIONS.ordinal()),
          (List<Claim>) (List<?>) records.get(Section.CLAIMS.ordinal()),
          image);
    } catch (IllegalArgumentException e) {
      throw LedgerFormatException.atOffset(source, offset + image.position(),
          SnapshotLayout.NAMES.get(SnapshotLayout.INDEXES),
          "the stored indexes do not fit the records: " + e.getMessage()).causedBy(e);
    }
  }
}

package dev.claimtrail.io.imports;

import static com.google.common.base.Preconditions.checkState;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.ledger.Ledger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a bulk import produced: the ledger of every record imported, how many input records were
 * imported and how many skipped, the first {@link ImportLog#MAX_KEPT} of the skipped records'
 * problems, and the report file that lists all of them. With {@link ImportOptions#strict()} nothing
 * is ever skipped.
 */
@Value.Immutable
public interface ImportResult {
  /** {@return the ledger of every record imported} */
  Ledger ledger();

  /** {@return how many input records (lines, reviews) were imported} */
  long imported();

  /** {@return how many input records were skipped as bad} */
  long skipped();

  /** {@return the problems of the first skipped records, in input order; the report lists all of them} */
  List<LedgerFormatException> problems();

  /** {@return the report file that lists every skipped record, if bad records were skipped} */
  Optional<Path> report();

  /** {@return whether every input record was imported} */
  default boolean isComplete() {
    return skipped() == 0;
  }

  /** Validates the counts. */
  @Value.Check
  default void check() {
    checkState(imported() >= 0 && skipped() >= 0, "import counts must not be negative: %s imported, %s skipped",
        imported(), skipped());
    checkState(problems().size() <= skipped(), "import result: %s problems listed for %s skipped records",
        problems().size(), skipped());
  }
}

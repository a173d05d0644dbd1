package dev.claimtrail.io.imports;

import dev.claimtrail.io.ReadLimits;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an importer treats bad input. {@link #strict()}, the default, fails with a {@link
 * dev.claimtrail.io.LedgerFormatException} on the first bad record. {@link #skipAndReport(Path)}
 * leaves bad records out, counts them, and writes each one's line, field and reason to a report
 * file, so that nothing is left out without a trace. Either reads under {@link #readLimits()}, the
 * default limits unless {@link #withLimits(ReadLimits)} sets others.
 */
@Value.Immutable
public interface ImportOptions {
  /** {@return the report file bad records are written to; present exactly when they are skipped} */
  Optional<Path> report();

  /** {@return the limits the input must keep; {@link ReadLimits#defaults()} unless set} */
  @Value.Default
  default ReadLimits readLimits() {
    return ReadLimits.defaults();
  }

  /**
   * {@return these options, reading under {@code limits}}
   *
   * @param limits the limits the input must keep
   */
  default ImportOptions withLimits(ReadLimits limits) {
    return ImmutableImportOptions.builder().from(this).readLimits(limits).build();
  }

  /** {@return whether bad records are skipped and reported rather than failing the import} */
  default boolean skipsBadRecords() {
    return report().isPresent();
  }

  /** {@return fail on the first bad record} */
  static ImportOptions strict() {
    return ImmutableImportOptions.builder().build();
  }

  /**
   * {@return skip bad records and report each one in {@code report}, a tab-separated file with the columns
   * {@code line}, {@code column}, {@code field} and {@code reason}, written as the import goes and
   * replaced if it exists}
   *
   * @param report the file to write the skipped records' problems to
   */
  static ImportOptions skipAndReport(Path report) {
    return ImmutableImportOptions.builder().report(report).build();
  }
}

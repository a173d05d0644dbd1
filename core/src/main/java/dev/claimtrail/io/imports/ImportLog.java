package dev.claimtrail.io.imports;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.ledger.Ledger;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bookkeeping of one import: counts the records imported and, by its {@link ImportOptions},
 * either rethrows a bad record's problem or counts it and writes it to the report. The report is a
 * tab-separated file with a header line and one line per skipped record ({@code line}, {@code
 * column}, {@code field}, {@code reason}; unknown parts empty). Not thread-safe; close it when the
 * import ends, also on failure.
 */
public final class ImportLog implements Closeable {
  /** How many problems an {@link ImportResult} keeps in memory; the report keeps all of them. */
  public static final int MAX_KEPT = 1_000;

  private final ImportOptions options;
  private final @Nullable BufferedWriter report;
  private final List<LedgerFormatException> kept = new ArrayList<>();
  private long imported;
  private long skipped;

  private ImportLog(ImportOptions options, @Nullable BufferedWriter report) {
    this.options = options;
    this.report = report;
  }

  /**
   * Starts the log of an import; creates or replaces the report file if bad records are skipped.
   *
   * @param options how bad records are handled
   * @return the log, to close once the import ends
   * @throws java.io.UncheckedIOException if the report file cannot be created
   */
  public static ImportLog open(ImportOptions options) {
    if (options.report().isEmpty()) {
      return new ImportLog(options, null);
    }
    try {
      BufferedWriter writer = Files.newBufferedWriter(options.report().get(), StandardCharsets.UTF_8);
      writer.write("line\tcolumn\tfield\treason\n");
      return new ImportLog(options, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import report " + options.report().get(), e);
    }
  }

  /** Counts one input record as imported. */
  public void imported() {
    imported++;
  }

  /**
   * Handles a bad input record: rethrows {@code problem} in strict mode; otherwise counts it, keeps
   * it if fewer than {@link #MAX_KEPT} are kept, and writes it to the report.
   *
   * @param problem the problem of the bad record
   */
  @SuppressWarnings("NullAway") // a log that skips bad records has a report
  public void skip(LedgerFormatException problem) {
    if (!options.skipsBadRecords()) {
      throw problem;
    }
    skipped++;
    if (kept.size() < MAX_KEPT) {
      kept.add(problem);
    }
    try {
      report.write(cell(problem.line().isPresent() ? Long.toString(problem.line().getAsLong()) : ""));
      report.write('\t');
      report.write(cell(problem.column().isPresent() ? Long.toString(problem.column().getAsLong()) : ""));
      report.write('\t');
      report.write(cell(problem.fieldPath().orElse("")));
      report.write('\t');
      report.write(cell(problem.reason()));
      report.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import report " + options.report().get(), e);
    }
  }

  /**
   * {@return the result of the finished import, with its {@code ledger}; flushes the report}
   *
   * @param ledger the ledger of the records imported
   */
  public ImportResult finish(Ledger ledger) {
    if (report != null) {
      try {
        report.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the import report " + options.report().get(), e);
      }
    }
    return ImmutableImportResult.builder()
        .ledger(ledger)
        .imported(imported)
        .skipped(skipped)
        .addAllProblems(kept)
        .report(options.report())
        .build();
  }

  /** Closes the report file. */
  @Override
  public void close() {
    if (report != null) {
      try {
        report.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the import report " + options.report().get(), e);
      }
    }
  }

  /** The text on one line of the report: breaks and tabs as spaces, lone surrogates as U+FFFD. */
  private static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\t' || c == '\n' || c == '\r') {
        out.append(' ');
      } else if (Character.isSurrogate((char) c) && c <= Character.MAX_VALUE) {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}

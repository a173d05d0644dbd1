package dev.claimtrail.cli;

import dev.claimtrail.query.Results;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print rows, and the printing itself: the whole
 * table (not cut at twenty rows as in jshell), or the typed data rows of {@link Results#data()} as
 * a JSON array, as JSON Lines or as CSV with a header line.
 */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}); docs/rows.md lists the "
          + "fields of each command's rows.")
  private OutputFormat format = OutputFormat.TABLE;

  /** Prints every row of {@code results} on {@code out} in the chosen format. */
  void print(Results<?> results, PrintWriter out) {
    print(results.format(), results, out);
  }

  /**
   * Prints every row of {@code results} on {@code out} in the chosen format, and gives the exit code
   * of a search: 0 when there is a row, {@link ClaimtrailCommand#NOTHING_FOUND} when there is none.
   */
  int printFound(Results<?> results, PrintWriter out) {
    print(results, out);
    return results.isEmpty() ? ClaimtrailCommand.NOTHING_FOUND : 0;
  }

  /** Prints {@code table} on {@code out} if the chosen format is a table, else the rows of {@code results}. */
  void print(String table, Results<?> results, PrintWriter out) {
    switch (format) {
      case TABLE:
        out.println(table);
        break;
      case JSON:
        out.print(results.toJson());
        break;
      case JSONL:
        out.print(results.toJsonLines());
        break;
      case CSV:
        out.print(results.toCsv());
        break;
    }
    out.flush();
  }
}

package dev.claimtrail.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.claimtrail.query.Results;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print rows, and the printing itself: the whole
 * table (not cut at twenty rows as in jshell), a JSON array of objects keyed by column header,
 * one such object per line (JSON Lines), or CSV with a header line.
 */
final class FormatOption {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter PRETTY_JSON = JSON.writerWithDefaultPrettyPrinter();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TABLE;

  /** Prints every row of {@code results} on {@code out} in the chosen format. */
  void print(Results<?> results, PrintWriter out) {
    print(new Rows(results.format(), results.headers(), results.cells()), out);
  }

  /** Prints {@code rows} on {@code out} in the chosen format. */
  void print(Rows rows, PrintWriter out) {
    switch (format) {
      case TABLE:
        out.println(rows.table());
        break;
      case JSON:
        out.println(json(PRETTY_JSON, rows.cells()));
        break;
      case JSONL:
        rows.cells().forEach(row -> out.println(json(JSON.writer(), row)));
        break;
      case CSV:
        out.print(csvLine(rows.headers()));
        rows.cells().forEach(row -> out.print(csvLine(row.values())));
        break;
    }
    out.flush();
  }

  private static String json(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write rows as JSON: " + e.getMessage(), e);
    }
  }

  /** One line of comma-separated values ending in CRLF, quoted as RFC 4180 says. */
  private static String csvLine(Iterable<String> cells) {
    List<String> quoted = new ArrayList<>();
    cells.forEach(cell -> quoted.add(csvCell(cell)));
    return String.join(",", quoted) + "\r\n";
  }

  private static String csvCell(String cell) {
    boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}

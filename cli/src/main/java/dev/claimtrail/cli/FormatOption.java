package dev.claimtrail.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.query.Results;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print query results, and the printing itself:
 * the whole table (not cut at twenty rows as in jshell), JSON, JSON Lines or CSV.
 */
final class FormatOption {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TABLE;

  /** Prints every row of {@code results} on {@code out} in the chosen format. */
  void print(Results<?> results, PrintWriter out) {
    switch (format) {
      case TABLE:
        out.println(results.format());
        break;
      case JSON:
        out.println(results.toJson());
        break;
      case JSONL:
        results.cells().forEach(row -> out.println(jsonLine(row)));
        break;
      case CSV:
        out.print(results.toCsv());
        break;
    }
    out.flush();
  }

  private static String jsonLine(Map<String, String> row) {
    try {
      return JSON.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a row as JSON: " + e.getMessage(), e);
    }
  }
}

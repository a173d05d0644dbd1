package dev.claimtrail.cli;

import java.util.List;
import java.util.Map;

/**
 * What a command prints: a table for people, and the same rows as cells keyed by column header
 * for the machine-readable formats.
 *
 * @param table the aligned table, every row included
 * @param headers the column headers, in order
 * @param cells each row's cells keyed by header, in header order
 */
record Rows(String table, List<String> headers, List<Map<String, String>> cells) {
  Rows {
    headers = List.copyOf(headers);
    cells = List.copyOf(cells);
  }
}

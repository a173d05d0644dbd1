package dev.claimtrail.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rows a query answers with: an immutable list in a deterministic order. {@link #toString()}
 * prints an aligned table that fits a terminal (long cells are cut with "…") and at most {@value
 * #SHOWN} rows followed by "… N more"; {@link #format()} prints every row, {@link #toCsv()} and
 * {@link #toJson()} give the whole in full. Safe to share between threads.
 *
 * @param <R> the type of row
 */
public final class Results<R> extends AbstractList<R> implements RandomAccess {
  /** How many rows {@link #toString()} shows. */
  public static final int SHOWN = 20;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ImmutableList<R> rows;
  private final ImmutableList<Column<R>> columns;

  Results(List<R> rows, List<Column<R>> columns) {
    this.rows = ImmutableList.copyOf(rows);
    this.columns = ImmutableList.copyOf(columns);
  }

  @Override
  public R get(int index) {
    return rows.get(index);
  }

  @Override
  public int size() {
    return rows.size();
  }

  /**
   * {@return the rows that pass {@code test}, in the same order and with the same columns}
   *
   * @param test what a row must pass to be kept
   */
  public Results<R> where(Predicate<? super R> test) {
    return new Results<>(rows.stream().filter(test).collect(Collectors.toList()), columns);
  }

  /**
   * {@return the first {@code count} rows}
   *
   * @param count the most rows kept, at least 0
   */
  public Results<R> limit(int count) {
    return new Results<>(rows.subList(0, Math.min(count, rows.size())), columns);
  }

  /** {@return the column headers, in order} */
  public List<String> headers() {
    return columns.stream().map(c -> c.header).collect(ImmutableList.toImmutableList());
  }

  /** {@return the cells of each row as the table prints them before cutting, keyed by header} */
  public List<Map<String, String>> cells() {
    List<Map<String, String>> out = new ArrayList<>(rows.size());
    for (R row : rows) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (Column<R> column : columns) {
        cells.put(column.header, column.cell.apply(row));
      }
      out.add(cells);
    }
    return out;
  }

  /** A table of at most {@value #SHOWN} rows, then "… N more" if there are more. */
  @Override
  public String toString() {
    return table(SHOWN);
  }

  /** {@return a table of every row} */
  public String format() {
    return table(rows.size());
  }

  private String table(int shown) {
    if (rows.isEmpty()) {
      return "(no rows)";
    }
    List<R> visible = rows.subList(0, Math.min(shown, rows.size()));
    int[] widths = new int[columns.size()];
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      header[c] = columns.get(c).header;
      widths[c] = header[c].length();
    }
    for (R row : visible) {
      String[] cells = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        cells[c] = cut(oneLine(columns.get(c).cell.apply(row)), columns.get(c).maxWidth);
        widths[c] = Math.max(widths[c], cells[c].length());
      }
      lines.add(cells);
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, header, widths);
    String[] rule = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    appendLine(out, rule, widths);
    lines.forEach(cells -> appendLine(out, cells, widths));
    if (rows.size() > visible.size()) {
      out.append("… ").append(rows.size() - visible.size()).append(" more\n");
    }
    return out.toString().stripTrailing();
  }

  private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(" | ");
      }
      line.append(cells[c]).append(" ".repeat(widths[c] - cells[c].length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** {@return every row as comma-separated values with a header line, quoted as RFC 4180 says} */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    out.append(columns.stream().map(c -> csv(c.header)).collect(Collectors.joining(","))).append("\r\n");
    for (R row : rows) {
      out.append(columns.stream().map(c -> csv(c.cell.apply(row))).collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String csv(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  /** {@return every row as a JSON array of objects keyed by column header} */
  public String toJson() {
    try {
      return JSON.writeValueAsString(cells());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write results as JSON: " + e.getMessage(), e);
    }
  }
}

package dev.claimtrail.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import dev.claimtrail.internal.JsonEscapes;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The rows a query answers with: an immutable list in a deterministic order, printed as a table for
 * people and given as typed data rows for programs. {@link #toString()} starts on a new line (so
 * that jshell's {@code $1 ==> } does not shift the header) and prints an aligned table that fits a
 * terminal (long cells are cut with "…") of at most {@value #SHOWN} rows followed by "… N more";
 * {@link #format()} and {@link #print()} give every row. {@link #data()}, {@link #toJson()},
 * {@link #toJsonLines()} and {@link #toCsv()} give every row as data: camelCase keys, typed values
 * (numbers, booleans, null, arrays) and the ids of the records each row comes from, as {@code
 * docs/rows.md} lists. Safe to share between threads.
 *
 * @param <R> the type of row
 */
public final class Results<R> extends AbstractList<R> implements RandomAccess {
  /** How many rows {@link #toString()} shows. */
  public static final int SHOWN = 20;

  /** What a spreadsheet takes a cell to be a formula for when it starts with it (OWASP's list). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(JsonEscapes.LINE_SEPARATORS));
  private static final ObjectWriter PRETTY_JSON = JSON.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private final ImmutableList<R> rows;
  private final Columns<R> columns;

  Results(List<R> rows, Columns<R> columns) {
    this.rows = ImmutableList.copyOf(rows);
    this.columns = columns;
  }

  Results(List<R> rows, List<Column<R>> columns) {
    this(rows, new Columns<>(columns));
  }

  /**
   * {@code rows} with {@code columns}, for tables of one's own rows; throws {@link
   * IllegalArgumentException} when two columns share a header or a key.
   *
   * @param <R> the type of the rows
   * @param rows the rows, in order
   * @param columns the columns, in order
   * @return the results
   */
  public static <R> Results<R> of(List<R> rows, List<Column<R>> columns) {
    return new Results<>(rows, columns);
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

  private Stream<Column<R>> printed() {
    return columns.printed();
  }

  private Stream<Column<R>> carried() {
    return columns.carried();
  }

  /** {@return the headers of the printed columns, in order} */
  public List<String> headers() {
    return printed().map(c -> c.header().orElseThrow()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the cells of each row as the table prints them before cutting, keyed by header} */
  public List<Map<String, String>> cells() {
    return byColumn(printed(), c -> c.header().orElseThrow(), Column::text);
  }

  /** {@return the keys of the data rows, in order} */
  public List<String> keys() {
    return carried().map(c -> c.key().orElseThrow()).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return every row as data, keyed by {@link #keys()} in order} Each value is {@code null}, a
   * string, a number, a boolean or a list of them.
   */
  public List<Map<String, Object>> data() {
    return byColumn(carried(), c -> c.key().orElseThrow(), Column::value);
  }

  /** Each row as the values of {@code chosen} columns gives, keyed by {@code name} in column order. */
  private <V> List<Map<String, V>> byColumn(Stream<Column<R>> chosen, Function<Column<R>, String> name,
      BiFunction<Column<R>, R, V> value) {
    List<Column<R>> columnsChosen = chosen.collect(Collectors.toList());
    List<Map<String, V>> out = new ArrayList<>(rows.size());
    for (R row : rows) {
      Map<String, V> values = new LinkedHashMap<>();
      columnsChosen.forEach(column -> values.put(name.apply(column), value.apply(column, row)));
      out.add(Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A line break, then a table of at most {@value #SHOWN} rows and "… N more" if there are more;
   * "(no rows)" when there are none.
   */
  @Override
  public String toString() {
    return "\n" + table(SHOWN);
  }

  /** {@return a table of every row, or "(no rows)" when there are none} */
  public String format() {
    return table(rows.size());
  }

  /** Prints {@link #format()} and a line break on standard output: every row, in jshell too. */
  public void print() {
    System.out.println(format());
  }

  private String table(int shown) {
    if (rows.isEmpty()) {
      return "(no rows)";
    }
    List<Column<R>> printed = printed().collect(Collectors.toList());
    List<R> visible = rows.subList(0, Math.min(shown, rows.size()));
    int[] widths = new int[printed.size()];
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[printed.size()];
    for (int c = 0; c < printed.size(); c++) {
      header[c] = printed.get(c).header().orElseThrow();
      widths[c] = header[c].length();
    }
    for (R row : visible) {
      String[] cells = new String[printed.size()];
      for (int c = 0; c < printed.size(); c++) {
        cells[c] = cut(TableText.oneLine(printed.get(c).text(row)), printed.get(c).maxWidth());
        widths[c] = Math.max(widths[c], cells[c].length());
      }
      lines.add(cells);
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, header, widths);
    String[] rule = new String[printed.size()];
    for (int c = 0; c < printed.size(); c++) {
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

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /**
   * {@return every row of {@link #data()} as comma-separated values under a header line of {@link
   * #keys()}, quoted as RFC 4180 says, each line ending in CRLF} {@code null} is an empty cell, a
   * list its items joined with "; ". A text cell that starts with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a leading {@code '}, so that a spreadsheet shows it
   * rather than running it as a formula (OWASP's advice against CSV injection); numbers are left
   * as they are.
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    out.append(keys().stream().map(Results::csv).collect(Collectors.joining(","))).append("\r\n");
    for (Map<String, Object> row : data()) {
      out.append(row.values().stream().map(Results::csvValue).collect(Collectors.joining(","))).append("\r\n");
    }
    return out.toString();
  }

  /** A value as a cell: text that a spreadsheet would run as a formula is made plain text first. */
  private static String csvValue(@Nullable Object value) {
    String text = Column.text(value, "; ");
    boolean formula = !(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    return csv(formula ? "'" + text : text);
  }

  private static String csv(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  /** {@return every row of {@link #data()} in a JSON array, indented, ending in a line break} */
  public String toJson() {
    return json(PRETTY_JSON, data()) + "\n";
  }

  /**
   * {@return every row of {@link #data()} as JSON Lines: one JSON object per line, each ending in a
   * line break} U+0085, U+2028 and U+2029 are escaped, as in {@link #toJson()}, so that no reader
   * breaks a line at them.
   */
  public String toJsonLines() {
    StringBuilder out = new StringBuilder();
    data().forEach(row -> out.append(json(JSON.writer(), row)).append('\n'));
    return out.toString();
  }

  private static String json(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write results as JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The columns of a kind of rows, checked once for two that print under one header or carry one
   * key, so that a kind answered again and again shares one checked list.
   *
   * @param <R> the type of the rows
   */
  static final class Columns<R> {
    private final ImmutableList<Column<R>> list;

    /** {@code list}, copied and checked; throws {@link IllegalArgumentException} on a clash. */
    Columns(List<Column<R>> list) {
      this.list = ImmutableList.copyOf(list);
      List<String> headers = printed().map(c -> c.header().orElseThrow()).toList();
      checkArgument(new HashSet<>(headers).size() == headers.size(), "two columns print under the same header: %s",
          headers);
      List<String> keys = carried().map(c -> c.key().orElseThrow()).toList();
      checkArgument(new HashSet<>(keys).size() == keys.size(), "two columns carry the same key: %s", keys);
    }

    Stream<Column<R>> printed() {
      return list.stream().filter(c -> c.header().isPresent());
    }

    Stream<Column<R>> carried() {
      return list.stream().filter(c -> c.key().isPresent());
    }
  }
}

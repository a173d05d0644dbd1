package dev.claimtrail.query;

import java.util.function.Function;

/** One column of a {@link Results} table: a header, a widest width for the terminal, and a cell. */
final class Column<R> {
  final String header;
  final int maxWidth;
  final Function<? super R, String> cell;

  private Column(String header, int maxWidth, Function<? super R, String> cell) {
    this.header = header;
    this.maxWidth = maxWidth;
    this.cell = cell;
  }

  static <R> Column<R> of(String header, int maxWidth, Function<? super R, String> cell) {
    return new Column<>(header, maxWidth, cell);
  }

  /** This column cut at {@code width} instead, for tables with more columns. */
  Column<R> narrowed(int width) {
    return new Column<>(header, width, cell);
  }
}

package dev.claimtrail.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link Results} table and of its data rows. A column may be printed (a header, a
 * widest width for the terminal and the text of each cell), carried in the data rows of {@link
 * Results#data()} (a camelCase key and a typed value), or both. Values are {@code null}, a {@link
 * String}, a {@link Number}, a {@link Boolean} or a {@link java.util.List} of those; an {@link
 * Optional} stands for its content or {@code null}, a constant of an enum for its name, and any
 * other object for its {@code toString}. Keys are camelCase ({@code attributionId}). Immutable.
 *
 * @param <R> the type of row
 */
public final class Column<R> {
  private final Optional<String> header;
  private final Optional<String> key;
  private final int maxWidth;
  private final Function<? super R, ?> value;
  private final Function<? super R, String> text;

  private Column(Optional<String> header, Optional<String> key, int maxWidth,
      Function<? super R, ?> value, Function<? super R, String> text) {
    this.header = header;
    this.key = key;
    this.maxWidth = maxWidth;
    this.value = value;
    this.text = text;
  }

  /**
   * A column printed under {@code header} at most {@code maxWidth} characters wide and carried in
   * the data rows as {@code key}; its cells print {@code value} as text ({@code null} as nothing, a
   * list as its items joined with ", ").
   *
   * @param <R> the type of the rows
   * @param header the header it prints under
   * @param key the key of its value in the data rows, in camelCase
   * @param maxWidth the widest it prints, at least 2
   * @param value the value of a row in this column
   * @return the column
   * @throws IllegalArgumentException if {@code maxWidth} is below 2 or {@code key} is not camelCase
   */
  public static <R> Column<R> of(String header, String key, int maxWidth, Function<? super R, ?> value) {
    checkArgument(maxWidth >= 2, "column %s: maxWidth must be at least 2: %s", header, maxWidth);
    checkKey(key);
    Function<? super R, ?> plain = r -> plain(value.apply(r));
    return new Column<>(Optional.of(header), Optional.of(key), maxWidth, plain, r -> text(plain.apply(r), ", "));
  }

  /**
   * A column of constants, carried in the data rows by name as the ledger's JSON spells them
   * ({@code "NEWS_SITE"}) and printed in lower case words ({@code news site}).
   *
   * @param <R> the type of the rows
   * @param header the header it prints under
   * @param key the key of its value in the data rows, in camelCase
   * @param maxWidth the widest it prints, at least 2
   * @param value the constant of a row in this column
   * @return the column
   */
  public static <R> Column<R> ofEnum(
      String header, String key, int maxWidth, Function<? super R, ? extends Enum<?>> value) {
    return Column.<R>of(header, key, maxWidth, value).printedAs(r -> words(value.apply(r)));
  }

  /** A constant in lower case words: {@code NEWS_SITE} as "news site". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A column carried in the data rows as {@code key} but not printed: an id, say.
   *
   * @param <R> the type of the rows
   * @param key the key of its value in the data rows, in camelCase
   * @param value the value of a row in this column
   * @return the column
   */
  public static <R> Column<R> data(String key, Function<? super R, ?> value) {
    checkKey(key);
    return new Column<>(Optional.empty(), Optional.of(key), 0, r -> plain(value.apply(r)), r -> "");
  }

  /**
   * A column printed under {@code header} but not carried in the data rows.
   *
   * @param <R> the type of the rows
   * @param header the header it prints under
   * @param maxWidth the widest it prints, at least 2
   * @param text the text of a row's cell
   * @return the column
   */
  public static <R> Column<R> printed(String header, int maxWidth, Function<? super R, String> text) {
    checkArgument(maxWidth >= 2, "column %s: maxWidth must be at least 2: %s", header, maxWidth);
    return new Column<>(Optional.of(header), Optional.empty(), maxWidth, r -> null, text);
  }

  private static void checkKey(String key) {
    checkArgument(key.matches("[a-z][A-Za-z0-9]*"), "column key must be camelCase: '%s'", key);
  }

  /**
   * {@return this column with its cells printed as {@code text} gives, its data value unchanged}
   *
   * @param text the text of a row's cell
   */
  public Column<R> printedAs(Function<? super R, String> text) {
    return new Column<>(header, key, maxWidth, value, text);
  }

  /** {@return the header it prints under, if it is printed} */
  public Optional<String> header() {
    return header;
  }

  /** {@return the key of its value in the data rows, if it is carried there} */
  public Optional<String> key() {
    return key;
  }

  /** This column cut at {@code width} instead, for tables with more columns. */
  Column<R> narrowed(int width) {
    return new Column<>(header, key, width, value, text);
  }

  /** This column in the data rows only, no longer printed. */
  Column<R> unprinted() {
    return new Column<>(Optional.empty(), key, 0, value, r -> "");
  }

  int maxWidth() {
    return maxWidth;
  }

  /** The text of {@code row}'s cell, before cutting. */
  String text(R row) {
    return text.apply(row);
  }

  /** The value of {@code row} in this column: null, a string, number, boolean or list of them. */
  @Nullable Object value(R row) {
    return value.apply(row);
  }

  private static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Column::plain).orElse(null);
    }
    if (value instanceof Collection<?> items) {
      return Collections.unmodifiableList(items.stream().map(Column::plain).collect(Collectors.toList()));
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }

  /** A data value as text: {@code null} as nothing, a list as its items joined with {@code separator}. */
  static String text(@Nullable Object plain, String separator) {
    if (plain == null) {
      return "";
    }
    if (plain instanceof Collection<?> items) {
      return items.stream().map(item -> text(item, separator)).collect(Collectors.joining(separator));
    }
    return plain.toString();
  }
}

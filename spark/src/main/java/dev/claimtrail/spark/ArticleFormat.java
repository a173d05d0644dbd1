package dev.claimtrail.spark;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The file formats {@link Articles} reads articles from. */
public enum ArticleFormat {
  /** JSON Lines: one article per line, an object with {@code text} and the optional columns of {@link Articles#SCHEMA}. */
  JSON_LINES("jsonl"),
  /** Parquet files with a {@code text} column and any of the optional columns of {@link Articles#SCHEMA}. */
  PARQUET("parquet"),
  /** Plain text files, each file one article. */
  TEXT("text");

  private final String formatName;

  ArticleFormat(String formatName) {
    this.formatName = formatName;
  }

  /** {@return the name the format goes by on a command line: jsonl, parquet or text} */
  public String formatName() {
    return formatName;
  }

  /**
   * {@return the format called {@code name}, as {@link #formatName()} gives it, in any case}
   *
   * @param name jsonl, parquet or text
   * @throws IllegalArgumentException if no format has that name
   */
  public static ArticleFormat named(String name) {
    for (ArticleFormat format : values()) {
      if (format.formatName.equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown article format '" + name + "' (expected "
        + Arrays.stream(values()).map(f -> f.formatName).collect(Collectors.joining(", ")) + ")");
  }
}

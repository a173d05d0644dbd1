package dev.claimtrail.spark;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The two layouts in which Quotebank publishes its JSON Lines, one record per line. */
public enum QuotebankLayout {
  /**
   * The quotation-centric files ({@code quotes-YYYY.json.bz2}): one quotation per line, with its
   * speaker candidates and the URLs it was found at, as {@link
   * dev.claimtrail.io.quotebank.Quotebank} reads them.
   */
  QUOTATIONS("quotations"),
  /**
   * The article-centric files ({@code quotebank-YYYY.json.bz2}): one article per line, with the
   * quotations found in it; a quotation found in several articles comes once per article.
   */
  ARTICLES("articles");

  private final String layoutName;

  QuotebankLayout(String layoutName) {
    this.layoutName = layoutName;
  }

  /** {@return the name the layout goes by on a command line: quotations or articles} */
  public String layoutName() {
    return layoutName;
  }

  /**
   * {@return the layout called {@code name}, as {@link #layoutName()} gives it, in any case}
   *
   * @param name quotations or articles
   * @throws IllegalArgumentException if no layout has that name
   */
  public static QuotebankLayout named(String name) {
    for (QuotebankLayout layout : values()) {
      if (layout.layoutName.equalsIgnoreCase(name.strip())) {
        return layout;
      }
    }
    throw new IllegalArgumentException("unknown Quotebank layout '" + name + "' (expected "
        + Arrays.stream(values()).map(l -> l.layoutName).collect(Collectors.joining(", ")) + ")");
  }
}

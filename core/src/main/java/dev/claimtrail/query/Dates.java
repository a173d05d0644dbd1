package dev.claimtrail.query;

import dev.claimtrail.model.PartialDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people type at a prompt: the ISO forms {@link PartialDate#parse(String)} reads,
 * and English month names with a year and perhaps a day ("July 2024", "Aug. 18, 2024", "18 August
 * 2024"), each to the precision given.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
      Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");

  private Dates() {}

  /**
   * {@return the partial date {@code text} denotes; throws {@link IllegalArgumentException} naming the text
   * and the accepted forms if it is none of them}
   *
   * @param text the date, in ISO form or in words
   */
  public static PartialDate parse(String text) {
    String date = text.strip();
    Matcher m = MONTH_YEAR.matcher(date);
    if (m.matches() && month(m.group(1)) > 0) {
      return PartialDate.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1)));
    }
    m = MONTH_DAY_YEAR.matcher(date);
    if (m.matches() && month(m.group(1)) > 0) {
      return PartialDate.ofDay(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(date);
    if (m.matches() && month(m.group(2)) > 0) {
      return PartialDate.ofDay(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    try {
      return PartialDate.parse(date);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a date: '" + text
          + "' (expected 2024, 2024-07, 2024-07-15, July 2024, Aug. 18, 2024 or 18 August 2024)", e);
    }
  }

  /** The number of the month named {@code name}, or 0. */
  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }
}

package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known only to some {@link Precision}: a year ("2024"), a month ("2024-07"), a day
 * ("2024-07-15") or a minute ("2024-07-15T10:30"). Its string form is that ISO 8601 prefix, which
 * {@link #parse(String)} reads back. A partial date covers an interval of days, from {@link
 * #firstDay()} to {@link #lastDay()}; "July 2024" overlaps July 15. Equal dates are one shared
 * instance, so the many records of one day cost one object.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The day is known. */
    DAY,
    /** The day and the time to the minute are known. */
    MINUTE
  }

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

  private final int year;
  private final int month;
  private final int day;
  private final @Nullable LocalTime time;
  private final Precision precision;

  private PartialDate(int year, int month, int day, @Nullable LocalTime time, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.time = time;
    this.precision = precision;
  }

  /**
   * {@return a date known to the year}
   *
   * @param year the year
   */
  public static PartialDate ofYear(int year) {
    return Interned.of(new PartialDate(year, 0, 0, null, Precision.YEAR));
  }

  /**
   * {@return a date known to the month; throws {@link IllegalArgumentException} for a month out of 1–12}
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  public static PartialDate ofMonth(int year, int month) {
    try {
      YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid month " + year + "-" + month + ": " + e.getMessage(), e);
    }
    return Interned.of(new PartialDate(year, month, 0, null, Precision.MONTH));
  }

  /**
   * {@return a date known to the day; throws {@link IllegalArgumentException} for a day that does not exist}
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   */
  public static PartialDate ofDay(int year, int month, int day) {
    return of(checkedDate(year, month, day));
  }

  /**
   * {@return the day of the given date}
   *
   * @param date the day
   */
  public static PartialDate of(LocalDate date) {
    return Interned.of(new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, Precision.DAY));
  }

  /**
   * {@return the given date and time, to the minute (seconds are dropped)}
   *
   * @param dateTime the date and time, kept to the minute
   */
  public static PartialDate of(LocalDateTime dateTime) {
    LocalDate date = dateTime.toLocalDate();
    LocalTime minute = dateTime.toLocalTime().withSecond(0).withNano(0);
    return Interned.of(new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), minute, Precision.MINUTE));
  }

  /**
   * Reads a partial date as people write it: an ISO form that {@link #parseIso(String)} reads, or
   * an English month name with a year and perhaps a day ("July 2024", "Aug. 18, 2024", "18 August
   * 2024"), to the precision given; white space around it is ignored. Every entry point that takes
   * a date from a person (queries, the command line, article metadata) reads it here.
   *
   * @param text the date as written
   * @return the date, to the precision {@code text} gives
   * @throws IllegalArgumentException naming {@code text} and the accepted forms if it is none of
   *     them, or the field out of range if it names no such day
   */
  public static PartialDate parse(String text) {
    checkNotNull(text, "text");
    String date = text.strip();
    Optional<PartialDate> written = WrittenDates.parse(date);
    if (written.isPresent()) {
      return written.get();
    }
    if (!date.isEmpty() && (date.charAt(0) == '-' || Character.isDigit(date.charAt(0)))) {
      return parseIso(date);
    }
    throw new IllegalArgumentException("not a date: '" + text
        + "' (expected 2024, 2024-07, 2024-07-15, 2024-07-15T10:30, July 2024, Aug. 18, 2024 or 18 August 2024)");
  }

  /**
   * Reads the ISO form that {@link #toString()} writes and the ledger formats hold: {@code 2024},
   * {@code 2024-07}, {@code 2024-07-15} or {@code 2024-07-15T10:30}, nothing else.
   *
   * @param text the ISO form
   * @return the date it denotes
   * @throws IllegalArgumentException naming {@code text} if it is not such a form or no such date
   */
  public static PartialDate parseIso(String text) {
    checkNotNull(text, "text");
    // The fields' offsets after an optional minus sign: yyyy-MM-ddTHH:mm.
    int at = text.startsWith("-") ? 1 : 0;
    int length = text.length() - at;
    boolean wellFormed = (length == 4 || length == 7 || length == 10 || length == 16)
        && digits(text, at, 4)
        && (length < 7 || text.charAt(at + 4) == '-' && digits(text, at + 5, 2))
        && (length < 10 || text.charAt(at + 7) == '-' && digits(text, at + 8, 2))
        && (length < 16 || text.charAt(at + 10) == 'T' && digits(text, at + 11, 2)
            && text.charAt(at + 13) == ':' && digits(text, at + 14, 2));
    if (!wellFormed) {
      throw new IllegalArgumentException(
          "not a partial date (expected yyyy, yyyy-MM, yyyy-MM-dd or yyyy-MM-ddTHH:mm): '" + text + "'");
    }
    int year = at == 0 ? number(text, 0, 4) : -number(text, 1, 4);
    if (length == 4) {
      return ofYear(year);
    }
    int month = number(text, at + 5, 2);
    if (length == 7) {
      return ofMonth(year, month);
    }
    LocalDate date = checkedDate(year, month, number(text, at + 8, 2));
    if (length == 10) {
      return of(date);
    }
    try {
      return of(date.atTime(number(text, at + 11, 2), number(text, at + 14, 2)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid time in '" + text + "': " + e.getMessage(), e);
    }
  }

  /** Whether {@code text} has {@code count} ASCII digits from {@code start}. */
  private static boolean digits(String text, int start, int count) {
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written by the {@code count} ASCII digits of {@code text} from {@code start}. */
  private static int number(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      value = 10 * value + (text.charAt(i) - '0');
    }
    return value;
  }

  private static LocalDate checkedDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "invalid date " + year + "-" + month + "-" + day + ": " + e.getMessage(), e);
    }
  }

  /** {@return how much of this date is known} */
  public Precision precision() {
    return precision;
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /** {@return the month (1–12), if known} */
  public Optional<Integer> month() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(month);
  }

  /** {@return the day of the month, if known} */
  public Optional<Integer> day() {
    return precision.compareTo(Precision.DAY) < 0 ? Optional.empty() : Optional.of(day);
  }

  /** {@return the time of day, if known} */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** {@return the first day this date may denote} */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** {@return the last day this date may denote} */
  public LocalDate lastDay() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * {@return whether this date may fall within {@code [from, to]} (both inclusive)}
   *
   * @param from the first day of the range
   * @param to the last day of the range, inclusive
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay().isBefore(from) && !firstDay().isAfter(to);
  }

  /**
   * {@return whether {@code other} lies wholly within the interval this date denotes}
   *
   * @param other the date that may fall within this one
   */
  public boolean contains(PartialDate other) {
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  private LocalDateTime start() {
    return time == null ? firstDay().atStartOfDay() : firstDay().atTime(time);
  }

  /** Orders by earliest possible instant, then coarser precision first. */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return year == that.year && month == that.month && day == that.day
        && precision == that.precision && Objects.equals(time, that.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, time, precision);
  }

  /** The ISO 8601 prefix for this precision, e.g. {@code 2024-07}. */
  @Override
  public String toString() {
    String y = String.format("%04d", year);
    switch (precision) {
      case YEAR:
        return y;
      case MONTH:
        return String.format("%s-%02d", y, month);
      case DAY:
        return String.format("%s-%02d-%02d", y, month, day);
      default:
        return String.format("%s-%02d-%02dT%s", y, month, day, time);
    }
  }
}

package dev.claimtrail.extract;

import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.TimeReference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions in tokens ("on Aug. 18", "July 15, 2024", "in June", "last month", "on
 * Thursday", "yesterday", "in 2022") and resolves them against the published date to a {@link
 * TimeReference} with the precision the words give; "the previous day", "a day earlier" and "the
 * next day" count from the day named last before them, and "recently" is the month of publication. Without a published date, a year comes only
 * from the text: from the expression itself or, for a month and day, from a full date printed
 * elsewhere in the same text; relative expressions then stay unresolved.
 */
final class TimeExpressions {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
      Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  /** How an expression denotes its time. */
  enum Kind { DATE, MONTH_DAY, MONTH_YEAR, MONTH, YEAR, WEEKDAY, PREVIOUS_WEEKDAY, DAY_OFFSET,
    WEEK_OFFSET, MONTH_OFFSET, YEAR_OFFSET, ANCHORED_DAY_OFFSET, RECENT }


  /**
   * A time expression over tokens {@code [start, end)}, {@code phraseStart} including a leading
   * preposition; {@code value} is the month, weekday or offset as the kind needs.
   */
  record Expression(int phraseStart, int start, int end, Kind kind, int year, int month, int day,
      int value) {}

  /** Most expressions looked back over for the day that "the previous day" counts from. */
  private static final int MAX_ANCHOR_DISTANCE = 20;

  private final List<Expression> expressions = new ArrayList<>();
  private final Tokens tokens;
  private final @Nullable PartialDate published;
  private final @Nullable Integer textYear;

  private TimeExpressions(Tokens t, @Nullable PartialDate published) {
    this.tokens = t;
    this.published = published;
    Integer latestYear = null;
    int i = 0;
    while (i < t.size()) {
      Expression e = parseAt(t, i);
      if (e == null) {
        i++;
        continue;
      }
      expressions.add(e);
      if (e.year() > 0 && (e.kind() == Kind.DATE || e.kind() == Kind.MONTH_YEAR)) {
        latestYear = latestYear == null ? e.year() : Math.max(latestYear, e.year());
      }
      i = e.end();
    }
    this.textYear = latestYear;
  }

  /** Whether the lower-case word {@code w} names a day of the week. */
  static boolean isWeekday(String w) {
    return WEEKDAYS.containsKey(w);
  }

  /** The time expressions of {@code t}, to be resolved against {@code published} (may be null). */
  static TimeExpressions find(Tokens t, @Nullable PartialDate published) {
    return new TimeExpressions(t, published);
  }

  /** The expressions in text order. */
  List<Expression> all() {
    return expressions;
  }

  /**
   * Whether {@code e} bounds a span of time ("since January", "by Wednesday evening") rather than
   * naming when something happened.
   */
  boolean isBound(Expression e) {
    return WordClasses.standard().is(WordClasses.WordClass.TIME_BOUND,
        tokens.lower(e.phraseStart() - 1));
  }

  /** The expression whose tokens hold token {@code i}, or null. */
  @Nullable Expression at(int i) {
    int lo = 0;
    int hi = expressions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Expression e = expressions.get(mid);
      if (i < e.phraseStart()) {
        hi = mid - 1;
      } else if (i >= e.end()) {
        lo = mid + 1;
      } else {
        return e;
      }
    }
    return null;
  }

  /** The first expression that starts within tokens {@code [from, to)}, or null. */
  @Nullable Expression firstIn(int from, int to) {
    int lo = 0;
    int hi = expressions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (expressions.get(mid).phraseStart() < from) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < expressions.size() && expressions.get(lo).phraseStart() < to
        ? expressions.get(lo) : null;
  }

  private static @Nullable Expression parseAt(Tokens t, int i) {
    if (!t.isWord(i) && t.kind(i) != Tokens.NUMBER) {
      return null;
    }
    String w = t.lower(i);
    int prep = t.is(i - 1, "on") || t.is(i - 1, "in") ? i - 1 : i;
    Integer month = MONTHS.get(w);
    if (month != null && t.isCapitalized(i)) {
      int k = i + 1;
      if (t.isPunct(k, '.') && w.length() <= 4) {
        k++;
      }
      int day = number(t, k, 1, 31);
      if (day > 0) {
        int year = t.isPunct(k + 1, ',') ? number(t, k + 2, 1000, 2999) : number(t, k + 1, 1000, 2999);
        if (year > 0) {
          int end = t.isPunct(k + 1, ',') ? k + 3 : k + 2;
          return validDate(year, month, day)
              ? new Expression(prep, i, end, Kind.DATE, year, month, day, 0) : null;
        }
        return day <= YearMonth.of(2000, month).lengthOfMonth()
            ? new Expression(prep, i, k + 1, Kind.MONTH_DAY, 0, month, day, 0) : null;
      }
      int year = number(t, k, 1000, 2999);
      if (year > 0 && k == i + 1) {
        return new Expression(prep, i, k + 1, Kind.MONTH_YEAR, year, month, 0, 0);
      }
      boolean monthContext = t.is(i - 1, "in") || t.is(i - 1, "since") || t.is(i - 1, "early")
          || t.is(i - 1, "late") || t.is(i - 1, "mid") || t.is(i - 1, "until")
          || t.is(i - 1, "during") || t.is(i - 1, "through");
      // "in may" and "mar" may be words; capitalized after "in" and the like, they are months
      if (monthContext && (w.length() > 3 || !w.equals("may") && !w.equals("mar") || t.isCapitalized(i))) {
        return new Expression(prep, i, i + 1, Kind.MONTH, 0, month, 0, 0);
      }
      return null;
    }
    if (t.kind(i) == Tokens.NUMBER) {
      int day = number(t, i, 1, 31);
      Integer m = MONTHS.get(t.lower(i + 1));
      if (day > 0 && m != null && t.isCapitalized(i + 1)) {
        int year = number(t, i + 2, 1000, 2999);
        if (year > 0 && validDate(year, m, day)) {
          return new Expression(prep, i, i + 3, Kind.DATE, year, m, day, 0);
        }
        return new Expression(prep, i, i + 2, Kind.MONTH_DAY, 0, m, day, 0);
      }
      int year = number(t, i, 1000, 2999);
      if (year > 0 && (t.is(i - 1, "in") || t.is(i - 1, "since"))) {
        return new Expression(i - 1, i, i + 1, Kind.YEAR, year, 0, 0, 0);
      }
      return null;
    }
    DayOfWeek weekday = WEEKDAYS.get(w);
    if (weekday != null && t.isCapitalized(i)) {
      int end = partOfDay(t, i + 1) ? i + 2 : i + 1;
      if (t.is(i - 1, "last")) {
        return new Expression(i - 1, i - 1, end, Kind.PREVIOUS_WEEKDAY, 0, 0, 0, weekday.getValue());
      }
      int start = t.is(i - 1, "on") ? i - 1 : i;
      return new Expression(start, i, end, Kind.WEEKDAY, 0, 0, 0, weekday.getValue());
    }
    if (w.equals("day") && t.is(i - 1, "a") && (t.is(i + 1, "earlier") || t.is(i + 1, "later"))) {
      return new Expression(i - 1, i - 1, i + 2, Kind.ANCHORED_DAY_OFFSET, 0, 0, 0,
          t.is(i + 1, "earlier") ? -1 : 1);
    }
    switch (w) {
      case "recently":
        return new Expression(i, i, i + 1, Kind.RECENT, 0, 0, 0, 0);
      case "yesterday":
        return new Expression(i, i, i + 1, Kind.DAY_OFFSET, 0, 0, 0, -1);
      case "today":
      case "tonight":
        return t.isCapitalized(i) && i > 0 && !t.isPunct(i + 1, ',') ? null
            : new Expression(i, i, i + 1, Kind.DAY_OFFSET, 0, 0, 0, 0);
      case "last":
      case "this":
      case "next":
      case "earlier":
      case "past":
      case "previous":
      case "following":
        return relative(t, i);
      default:
        return null;
    }
  }

  /** Whether token {@code i} names a part of a day ("Monday evening"). */
  private static boolean partOfDay(Tokens t, int i) {
    return t.is(i, "morning") || t.is(i, "afternoon") || t.is(i, "evening") || t.is(i, "night");
  }

  private static @Nullable Expression relative(Tokens t, int i) {
    String w = t.lower(i);
    int k = i + 1;
    if (w.equals("earlier") && t.is(k, "this")) {
      k++;
    }
    int offset = w.equals("next") ? 1 : w.equals("this") || w.equals("earlier") ? 0 : -1;
    if (w.equals("earlier") && k == i + 1) {
      return null;
    }
    String unit = t.lower(k);
    if (unit.equals("day") && t.is(i - 1, "the")
        && (w.equals("previous") || w.equals("next") || w.equals("following"))) {
      return new Expression(i - 1, i - 1, k + 1, Kind.ANCHORED_DAY_OFFSET, 0, 0, 0,
          w.equals("previous") ? -1 : 1);
    }
    if (w.equals("following")) {
      return null;
    }
    Kind kind = unit.equals("week") ? Kind.WEEK_OFFSET : unit.equals("month") ? Kind.MONTH_OFFSET
        : unit.equals("year") ? Kind.YEAR_OFFSET : null;
    if (unit.equals("night") && w.equals("last")) {
      return new Expression(i, i, k + 1, Kind.DAY_OFFSET, 0, 0, 0, -1);
    }
    return kind == null ? null : new Expression(i, i, k + 1, kind, 0, 0, 0, offset);
  }

  /**
   * The day named last before {@code e}, among the few expressions before it, by one that is
   * neither a bound nor itself counted from another day; null when there is none.
   */
  private @Nullable LocalDate anchorDay(Expression e) {
    int index = indexOf(e);
    for (int k = index - 1; k >= 0 && index - k <= MAX_ANCHOR_DISTANCE; k--) {
      Expression before = expressions.get(k);
      if (isBound(before) || before.kind() == Kind.ANCHORED_DAY_OFFSET) {
        continue;
      }
      Optional<TimeReference> r = resolve(before);
      if (r.isPresent() && r.get().until().isEmpty()
          && r.get().date().precision() == PartialDate.Precision.DAY) {
        return r.get().date().firstDay();
      }
    }
    return null;
  }

  private int indexOf(Expression e) {
    int lo = 0;
    int hi = expressions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = expressions.get(mid).phraseStart();
      if (start < e.phraseStart()) {
        lo = mid + 1;
      } else if (start > e.phraseStart()) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return lo;
  }

  private static boolean validDate(int year, int month, int day) {
    return day <= YearMonth.of(year, month).lengthOfMonth();
  }

  private static int number(Tokens t, int i, int min, int max) {
    if (i < 0 || i >= t.size() || t.kind(i) != Tokens.NUMBER || t.end(i) - t.start(i) > 4) {
      return -1;
    }
    int n = Integer.parseInt(t.text(i));
    return n >= min && n <= max ? n : -1;
  }

  /** The time {@code e} denotes, with its phrase, or empty when the text does not tell. */
  @SuppressWarnings("NullAway") // dayKnown and monthKnown hold only when published is set
  Optional<TimeReference> resolve(Expression e) {
    String phrase = Tokens.collapseSpace(tokens.slice(e.phraseStart(), e.end() - 1));
    PartialDate date = null;
    PartialDate until = null;
    Integer year = published != null ? Integer.valueOf(published.year()) : textYear;
    boolean dayKnown = published != null && published.precision().compareTo(PartialDate.Precision.DAY) >= 0;
    boolean monthKnown = published != null && published.precision() != PartialDate.Precision.YEAR;
    LocalDate pub = dayKnown ? published.firstDay() : null;
    switch (e.kind()) {
      case DATE:
        date = PartialDate.ofDay(e.year(), e.month(), e.day());
        break;
      case MONTH_YEAR:
        date = PartialDate.ofMonth(e.year(), e.month());
        break;
      case YEAR:
        date = PartialDate.ofYear(e.year());
        break;
      case MONTH_DAY:
        if (year != null && validDate(year, e.month(), e.day())) {
          date = PartialDate.ofDay(year, e.month(), e.day());
          if (monthKnown && date.firstDay().isAfter(published.lastDay())
              && validDate(year - 1, e.month(), e.day())) {
            date = PartialDate.ofDay(year - 1, e.month(), e.day());
          }
        }
        break;
      case MONTH:
        if (year != null) {
          date = PartialDate.ofMonth(year, e.month());
          if (monthKnown && date.firstDay().isAfter(published.lastDay())) {
            date = PartialDate.ofMonth(year - 1, e.month());
          }
        }
        break;
      case WEEKDAY:
        if (pub != null) {
          date = PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(e.value()))));
        }
        break;
      case PREVIOUS_WEEKDAY:
        if (pub != null) {
          date = PartialDate.of(pub.with(TemporalAdjusters.previous(DayOfWeek.of(e.value()))));
        }
        break;
      case DAY_OFFSET:
        if (pub != null) {
          date = PartialDate.of(pub.plusDays(e.value()));
        }
        break;
      case WEEK_OFFSET:
        if (pub != null) {
          LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .plusWeeks(e.value());
          date = PartialDate.of(monday);
          until = PartialDate.of(e.value() == 0 ? pub : monday.plusDays(6));
        }
        break;
      case MONTH_OFFSET:
        if (monthKnown) {
          YearMonth m = YearMonth.of(published.year(), published.month().orElseThrow())
              .plusMonths(e.value());
          date = PartialDate.ofMonth(m.getYear(), m.getMonthValue());
        }
        break;
      case YEAR_OFFSET:
        if (published != null) {
          date = PartialDate.ofYear(published.year() + e.value());
        }
        break;
      case RECENT:
        if (monthKnown) {
          date = PartialDate.ofMonth(published.year(), published.month().orElseThrow());
        }
        break;
      case ANCHORED_DAY_OFFSET:
        LocalDate anchor = anchorDay(e);
        if (anchor != null) {
          date = PartialDate.of(anchor.plusDays(e.value()));
        }
        break;
      default:
        throw new IllegalStateException("unhandled time kind " + e.kind());
    }
    if (date == null) {
      return Optional.empty();
    }
    TimeReference.Builder b = TimeReference.builder();
    b.date(date).phrase(phrase);
    if (until != null && !until.equals(date)) {
      b.until(until);
    }
    return Optional.of(b.build());
  }
}

package dev.claimtrail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void monthOverlapsAnyDayWithinIt() {
    PartialDate july = PartialDate.parse("2024-07");
    assertTrue(july.overlaps(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 15)));
    assertFalse(july.overlaps(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31)));
    assertEquals(LocalDate.of(2024, 7, 31), july.lastDay());
  }

  @Test
  void parseKeepsPrecision() {
    assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2024").precision());
    assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2024-07").precision());
    assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2024-07-15").precision());
    assertEquals(PartialDate.Precision.MINUTE, PartialDate.parse("2024-07-15T10:30").precision());
  }

  @Test
  void invalidDatesAreRejectedWithTheText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-02-30"));
    assertTrue(e.getMessage().contains("2024-2-30"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parseIso("July 2024"));
    assertTrue(e.getMessage().contains("'July 2024'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("Smarch 2024"));
    assertTrue(e.getMessage().contains("'Smarch 2024'") && e.getMessage().contains("July 2024"), e.getMessage());
  }

  @Test
  void datesWrittenWithEnglishMonthNamesAreReadToTheirPrecision() {
    assertEquals(PartialDate.ofMonth(2024, 7), PartialDate.parse("July 2024"));
    assertEquals(PartialDate.ofMonth(2024, 8), PartialDate.parse("Aug. 2024"));
    assertEquals(PartialDate.ofDay(2024, 8, 18), PartialDate.parse("Aug. 18, 2024"));
    assertEquals(PartialDate.ofDay(2024, 8, 18), PartialDate.parse("18 August 2024"));
    assertEquals(PartialDate.ofYear(2022), PartialDate.parse(" 2022 "));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("Feb 30, 2024"));
  }

  @Test
  void coarserDateSortsBeforeFinerDateStartingTheSameDay() {
    assertTrue(PartialDate.parse("2024-07").compareTo(PartialDate.parse("2024-07-01")) < 0);
    assertTrue(PartialDate.parse("2024-07-01").compareTo(PartialDate.parse("2024-07-02")) < 0);
  }

  @Property(tries = 300)
  void stringFormRoundTrips(@ForAll("dates") PartialDate date) {
    assertEquals(date, PartialDate.parseIso(date.toString()));
    assertEquals(date, PartialDate.parse(date.toString()));
  }

  @Property(tries = 300)
  void containsItsOwnFirstAndLastDay(@ForAll("dates") PartialDate date) {
    assertTrue(date.contains(PartialDate.of(date.firstDay())));
    assertTrue(date.contains(PartialDate.of(date.lastDay())));
    assertFalse(date.lastDay().isBefore(date.firstDay()));
  }

  /**
   * The ISO parser accepts exactly the text the ISO pattern below matches and reads the same date from
   * it, or refuses it with the same message as reading the pattern's groups does.
   */
  @Property(tries = 3000)
  void parseAgreesWithTheIsoPattern(@ForAll("dateLikeTexts") String text) {
    Object expected;
    try {
      expected = parseByPattern(text);
    } catch (IllegalArgumentException e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = PartialDate.parseIso(text);
    } catch (IllegalArgumentException e) {
      actual = e.getMessage();
    }
    assertEquals(expected, actual, text);
  }

  /** Text near the ISO forms: valid dates with a few characters changed, dropped or added. */
  @Provide
  Arbitrary<String> dateLikeTexts() {
    Arbitrary<String> valid = dates().map(PartialDate::toString);
    Arbitrary<Character> replacement = Arbitraries.of('0', '1', '2', '3', '9', '-', 'T', ':', ' ', 'x', '\u0661');
    Arbitrary<String> changed = Combinators.combine(valid, Arbitraries.integers().between(0, 17),
        Arbitraries.integers().between(0, 2), replacement)
        .as((date, at, edit, c) -> {
          StringBuilder out = new StringBuilder(date);
          int i = Math.min(at, out.length());
          if (edit == 0 && i < out.length()) {
            out.setCharAt(i, c);
          } else if (edit == 1 && i < out.length()) {
            out.deleteCharAt(i);
          } else {
            out.insert(i, c);
          }
          return out.toString();
        });
    Arbitrary<String> digitsAndSeparators = Arbitraries.strings().withChars("0123456789-T:").ofMaxLength(18);
    Arbitrary<String> anyTime = Combinators.combine(Arbitraries.integers().between(-9999, 9999),
        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99))
        .as((y, mo, d, h, mi) -> String.format("%s%04d-%02d-%02dT%02d:%02d", y < 0 ? "-" : "", Math.abs(y), mo, d, h, mi));
    return Arbitraries.oneOf(valid, changed, changed, digitsAndSeparators, anyTime,
        anyTime.map(t -> t.substring(0, t.length() - 6)), anyTime.map(t -> t.substring(0, t.length() - 9)));
  }

  /** Reads the ISO form by a regular expression, as the parser once did. */
  private static PartialDate parseByPattern(String text) {
    Matcher m = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}))?)?)?").matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a partial date (expected yyyy, yyyy-MM, yyyy-MM-dd or yyyy-MM-ddTHH:mm): '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return PartialDate.ofYear(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return PartialDate.ofMonth(year, month);
    }
    int day = Integer.parseInt(m.group(3));
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid date " + year + "-" + month + "-" + day + ": " + e.getMessage(), e);
    }
    if (m.group(4) == null) {
      return PartialDate.of(date);
    }
    try {
      return PartialDate.of(date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid time in '" + text + "': " + e.getMessage(), e);
    }
  }

  @Provide
  Arbitrary<PartialDate> dates() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 365 * 200)
        .map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
    return Combinators.combine(days, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1439))
        .as((day, precision, minute) -> {
          switch (precision) {
            case 0:
              return PartialDate.ofYear(day.getYear());
            case 1:
              return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
            case 2:
              return PartialDate.of(day);
            default:
              return PartialDate.of(day.atStartOfDay().plusMinutes(minute));
          }
        });
  }
}

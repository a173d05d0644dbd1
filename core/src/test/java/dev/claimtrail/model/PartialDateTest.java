package dev.claimtrail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
    e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("July 2024"));
    assertTrue(e.getMessage().contains("'July 2024'"), e.getMessage());
  }

  @Test
  void coarserDateSortsBeforeFinerDateStartingTheSameDay() {
    assertTrue(PartialDate.parse("2024-07").compareTo(PartialDate.parse("2024-07-01")) < 0);
    assertTrue(PartialDate.parse("2024-07-01").compareTo(PartialDate.parse("2024-07-02")) < 0);
  }

  @Property(tries = 300)
  void stringFormRoundTrips(@ForAll("dates") PartialDate date) {
    assertEquals(date, PartialDate.parse(date.toString()));
  }

  @Property(tries = 300)
  void containsItsOwnFirstAndLastDay(@ForAll("dates") PartialDate date) {
    assertTrue(date.contains(PartialDate.of(date.firstDay())));
    assertTrue(date.contains(PartialDate.of(date.lastDay())));
    assertFalse(date.lastDay().isBefore(date.firstDay()));
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

package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TimelineOrderTest {
  private static final Comparator<TimeReference> BY_TIME = Comparator.comparing(TimeReference::firstDay)
      .thenComparing(TimeReference::lastDay)
      .thenComparing(t -> t.date().time().orElse(null), Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()));
  /** The order a timeline promises, on a stable sort: ties keep the order given. */
  private static final Comparator<Attribution> BY_SAID =
      Comparator.comparing((Attribution a) -> a.said().orElse(null), Comparator.nullsLast(BY_TIME));

  /**
   * A time said within one January, so that many share a first day: a day, a day to the minute
   * (few distinct minutes), the month, or a range of days.
   */
  private static TimeReference time(Random random) {
    int day = 1 + random.nextInt(4);
    switch (random.nextInt(4)) {
      case 0:
        return TimeReference.of(PartialDate.ofDay(2031, 1, day));
      case 1:
        return TimeReference.of(PartialDate.of(LocalDateTime.of(2031, 1, day, 9 + random.nextInt(3), 0)));
      case 2:
        return TimeReference.of(PartialDate.ofMonth(2031, 1));
      default:
        return TimeReference.builder().date(PartialDate.ofDay(2031, 1, day))
            .until(PartialDate.ofDay(2031, 1, day + 1 + random.nextInt(3))).build();
    }
  }

  @Property(tries = 200)
  void attributionsComeInTheOrderOfAStableSortByTimeSaid(
      @ForAll long seed, @ForAll @IntRange(max = 400) int count, @ForAll boolean nearlyInOrder) {
    Random random = new Random(seed);
    List<Attribution> given = SaidIndexTest.attributions(random, count, 1, TimelineOrderTest::time);
    if (nearlyInOrder) {
      given.sort(BY_SAID);
      for (int swaps = random.nextInt(4); swaps > 0 && count > 1; swaps--) {
        int i = random.nextInt(count - 1);
        given.set(i, given.set(i + 1, given.get(i)));
      }
    }
    List<Attribution> expected = new ArrayList<>(given);
    expected.sort(BY_SAID);
    assertEquals(expected, TimelineOrder.sorted(given));
  }
}

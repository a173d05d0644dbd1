package dev.claimtrail.ledger;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.TimeReference;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of a timeline: by the first day an attribution's time said may denote, then by its last
 * day (a day before the month that begins with it, a month before its year), then by the time of
 * day (a day without one after the times told on it); attributions that do not tell when come last,
 * and ties keep the order they were given in. The days are compared as epoch days, computed once per
 * attribution or read from an index that holds them.
 */
final class TimelineOrder {
  /** The time of day of an attribution that tells none, after every minute of the day. */
  private static final int NO_TIME = 24 * 60;

  private TimelineOrder() {}

  /** {@code attributions} in timeline order, the days read from their times said. */
  static List<Attribution> sorted(List<Attribution> attributions) {
    int count = attributions.size();
    long[] firstDays = new long[count];
    long[] lastDays = new long[count];
    for (int i = 0; i < count; i++) {
      Optional<TimeReference> said = attributions.get(i).said();
      firstDays[i] = said.isPresent() ? said.get().firstDay().toEpochDay() : Long.MAX_VALUE;
      lastDays[i] = said.isPresent() ? said.get().lastDay().toEpochDay() : Long.MAX_VALUE;
    }
    return sorted(attributions, firstDays, lastDays);
  }

  /**
   * {@code attributions} in timeline order, given with the first and last day of each as epoch days
   * ({@link Long#MAX_VALUE} for one that does not tell when). An attribution's time of day is read
   * only when another has the same first and last day.
   */
  static List<Attribution> sorted(List<Attribution> attributions, long[] firstDays, long[] lastDays) {
    int count = attributions.size();
    Integer[] order = new Integer[count];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> {
      int byFirst = Long.compare(firstDays[a], firstDays[b]);
      return byFirst != 0 ? byFirst : Long.compare(lastDays[a], lastDays[b]);
    });
    int[] minutes = null;
    for (int start = 0, end; start < count; start = end) {
      end = start + 1;
      while (end < count && firstDays[order[end]] == firstDays[order[start]]
          && lastDays[order[end]] == lastDays[order[start]]) {
        end++;
      }
      if (end - start > 1) {
        minutes = minutes == null ? new int[count] : minutes;
        orderByTimeOfDay(attributions, order, start, end, minutes);
      }
    }
    ImmutableList.Builder<Attribution> out = ImmutableList.builderWithExpectedSize(count);
    for (Integer i : order) {
      out.add(attributions.get(i));
    }
    return out.build();
  }

  /**
   * Orders {@code order[start, end)}, of one first and last day, by time of day, keeping ties;
   * {@code minutes} has room for the time of day of each attribution.
   */
  private static void orderByTimeOfDay(List<Attribution> attributions, Integer[] order, int start, int end,
      int[] minutes) {
    boolean inOrder = true;
    for (int k = start; k < end; k++) {
      minutes[order[k]] = minuteOf(attributions.get(order[k]));
      inOrder &= k == start || minutes[order[k - 1]] <= minutes[order[k]];
    }
    if (!inOrder) {
      Arrays.sort(order, start, end, Comparator.comparingInt((Integer i) -> minutes[i]));
    }
  }

  private static int minuteOf(Attribution attribution) {
    Optional<TimeReference> said = attribution.said();
    if (said.isEmpty()) {
      return NO_TIME;
    }
    Optional<LocalTime> time = said.get().date().time();
    return time.isPresent() ? time.get().getHour() * 60 + time.get().getMinute() : NO_TIME;
  }
}

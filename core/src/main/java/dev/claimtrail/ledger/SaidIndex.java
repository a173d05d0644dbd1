package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The attributions of one segment that tell when they were said, in runs (one for the whole
 * segment, or one per key such as the speaker), each sorted by the first day their time may denote,
 * then by ordinal, with the last day beside it. A range query finds the first candidate of its run
 * by binary search and stops past the range end; {@code maxSpan} (the longest interval any time
 * denotes, e.g. a whole year) bounds how far before the range a candidate can start.
 */
final class SaidIndex {
  private final int[] runStarts;
  private final int[] ordinals;
  private final int[] firstDays;
  private final int[] lastDays;
  private final int maxSpan;

  private SaidIndex(int[] runStarts, int[] ordinals, int[] firstDays, int[] lastDays, int maxSpan) {
    this.runStarts = runStarts;
    this.ordinals = ordinals;
    this.firstDays = firstDays;
    this.lastDays = lastDays;
    this.maxSpan = maxSpan;
  }

  /** One run of every attribution that tells when it was said. */
  static SaidIndex of(RecordTable<?, Attribution> attributions) {
    long[] packed = new long[attributions.size()];
    int count = 0;
    for (int i = 0; i < attributions.size(); i++) {
      if (attributions.get(i).said().isPresent()) {
        packed[count++] = attributions.get(i).said().get().firstDay().toEpochDay() << 32 | i;
      }
    }
    Arrays.sort(packed, 0, count);
    int[] ordinals = new int[count];
    int[] firstDays = new int[count];
    int[] lastDays = new int[count];
    int span = 0;
    for (int j = 0; j < count; j++) {
      ordinals[j] = (int) packed[j];
      TimeReference said = attributions.get(ordinals[j]).said().get();
      firstDays[j] = (int) said.firstDay().toEpochDay();
      lastDays[j] = (int) said.lastDay().toEpochDay();
      span = Math.max(span, lastDays[j] - firstDays[j]);
    }
    return new SaidIndex(new int[] {0, count}, ordinals, firstDays, lastDays, span);
  }

  /**
   * This single run regrouped into {@code runs} runs, the attribution at ordinal {@code i} going to
   * run {@code runOf(i)}; a stable regrouping, so each run stays sorted by first day, then ordinal.
   */
  SaidIndex groupedBy(int runs, IntUnaryOperator runOf) {
    int count = ordinals.length;
    int[] runOfEntry = new int[count];
    int[] starts = new int[runs + 1];
    for (int j = 0; j < count; j++) {
      runOfEntry[j] = runOf.applyAsInt(ordinals[j]);
      starts[runOfEntry[j] + 1]++;
    }
    for (int r = 0; r < runs; r++) {
      starts[r + 1] += starts[r];
    }
    int[] fill = Arrays.copyOf(starts, runs);
    int[] groupedOrdinals = new int[count];
    int[] groupedFirst = new int[count];
    int[] groupedLast = new int[count];
    for (int j = 0; j < count; j++) {
      int to = fill[runOfEntry[j]]++;
      groupedOrdinals[to] = ordinals[j];
      groupedFirst[to] = firstDays[j];
      groupedLast[to] = lastDays[j];
    }
    return new SaidIndex(starts, groupedOrdinals, groupedFirst, groupedLast, maxSpan);
  }

  /** The ascending ordinals of attributions whose time said overlaps {@code [from, to]}. */
  int[] overlapping(LocalDate from, LocalDate to) {
    return overlapping(0, from, to);
  }

  /** The ascending ordinals of the attributions of {@code run} whose time said overlaps {@code [from, to]}. */
  int[] overlapping(int run, LocalDate from, LocalDate to) {
    long start = from.toEpochDay();
    long end = to.toEpochDay();
    int last = runStarts[run + 1];
    int j = lowerBound(runStarts[run], last, start - maxSpan);
    IntList hits = new IntList();
    for (; j < last && firstDays[j] <= end; j++) {
      if (lastDays[j] >= start) {
        hits.add(ordinals[j]);
      }
    }
    int[] out = hits.toArray();
    Arrays.sort(out);
    return out;
  }

  private int lowerBound(int low, int high, long day) {
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (firstDays[mid] < day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The attributions of one segment that tell when they were said, sorted by the first day their
 * time may denote, with the last day beside it. A range query finds the first candidate by binary
 * search and stops past the range end; {@code maxSpan} (the longest interval any time denotes,
 * e.g. a whole year) bounds how far before the range a candidate can start.
 */
final class SaidIndex {
  private final int[] ordinals;
  private final int[] firstDays;
  private final int[] lastDays;
  private final int maxSpan;

  SaidIndex(RecordTable<?, Attribution> attributions) {
    long[] packed = new long[attributions.size()];
    int count = 0;
    for (int i = 0; i < attributions.size(); i++) {
      if (attributions.get(i).said().isPresent()) {
        packed[count++] = attributions.get(i).said().get().firstDay().toEpochDay() << 32 | i;
      }
    }
    Arrays.sort(packed, 0, count);
    this.ordinals = new int[count];
    this.firstDays = new int[count];
    this.lastDays = new int[count];
    int span = 0;
    for (int j = 0; j < count; j++) {
      ordinals[j] = (int) packed[j];
      TimeReference said = attributions.get(ordinals[j]).said().get();
      firstDays[j] = (int) said.firstDay().toEpochDay();
      lastDays[j] = (int) said.lastDay().toEpochDay();
      span = Math.max(span, lastDays[j] - firstDays[j]);
    }
    this.maxSpan = span;
  }

  /** The ascending ordinals of attributions whose time said overlaps {@code [from, to]}. */
  int[] overlapping(LocalDate from, LocalDate to) {
    long start = from.toEpochDay();
    long end = to.toEpochDay();
    int j = lowerBound(start - maxSpan);
    IntList hits = new IntList();
    for (; j < firstDays.length && firstDays[j] <= end; j++) {
      if (lastDays[j] >= start) {
        hits.add(ordinals[j]);
      }
    }
    int[] out = hits.toArray();
    Arrays.sort(out);
    return out;
  }

  private int lowerBound(long day) {
    int low = 0;
    int high = firstDays.length;
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

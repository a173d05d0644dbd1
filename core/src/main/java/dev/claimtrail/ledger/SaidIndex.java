package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The attributions of one segment that tell when they were said, in runs (one for the whole
 * segment, or one per key such as the speaker), each sorted by the first day their time may denote,
 * then by ordinal, with the last day beside it. A range query finds the first candidate of its run
 * by binary search and stops past the range end; {@code maxSpan} (the longest interval any time
 * denotes, e.g. a whole year) bounds how far before the range a candidate can start.
 *
 * <p>The days live once, in {@link Entries} sorted as the single run is; a regrouped index holds
 * only the positions of its runs' entries there, ascending within each run. A first day is kept as
 * its distance from the start of the window of 65 536 days holding the most of them, in a {@code
 * char}, the days outside the window aside; a last day as its distance from the first day, in a
 * {@code char}, with the exact day aside for the rare time that spans more.
 */
final class SaidIndex {
  private final Entries entries;
  private final int[] runStarts;
  /** The position in {@link #entries} of each entry of each run, or null for the single run in their own order. */
  private final int @Nullable [] positions;
  private final int maxSpan;

  private SaidIndex(Entries entries, int[] runStarts, int @Nullable [] positions, int maxSpan) {
    this.entries = entries;
    this.runStarts = runStarts;
    this.positions = positions;
    this.maxSpan = maxSpan;
  }

  /** One run of every attribution that tells when it was said. */
  static SaidIndex of(RecordTable<?, Attribution> attributions) {
    long[] packed = new long[attributions.size()];
    int count = 0;
    for (int i = 0; i < attributions.size(); i++) {
      Optional<TimeReference> said = attributions.get(i).said();
      if (said.isPresent()) {
        packed[count++] = said.get().firstDay().toEpochDay() << 32 | i;
      }
    }
    Arrays.sort(packed, 0, count);
    int[] ordinals = new int[count];
    int[] firstDays = new int[count];
    char[] spans = new char[count];
    IntList longPositions = new IntList();
    IntList longLastDays = new IntList();
    int maxSpan = 0;
    for (int j = 0; j < count; j++) {
      ordinals[j] = (int) packed[j];
      firstDays[j] = (int) (packed[j] >> 32);
      int lastDay = (int) attributions.get(ordinals[j]).said().get().lastDay().toEpochDay();
      int span = lastDay - firstDays[j];
      maxSpan = Math.max(maxSpan, span);
      if (span >= 0 && span < Entries.LONG_SPAN) {
        spans[j] = (char) span;
      } else {
        spans[j] = Entries.LONG_SPAN;
        longPositions.add(j);
        longLastDays.add(lastDay);
      }
    }
    Entries entries = new Entries(ordinals, firstDays, spans, longPositions.toArray(), longLastDays.toArray());
    return new SaidIndex(entries, new int[] {0, count}, null, maxSpan);
  }

  /**
   * This single run regrouped into {@code runs} runs, the attribution at ordinal {@code i} going to
   * run {@code runOf(i)}; a stable regrouping, so each run stays sorted by first day, then ordinal.
   * The regrouped index shares this one's entries.
   */
  SaidIndex groupedBy(int runs, IntUnaryOperator runOf) {
    int count = entries.ordinals.length;
    int[] runOfEntry = new int[count];
    int[] starts = new int[runs + 1];
    for (int j = 0; j < count; j++) {
      runOfEntry[j] = runOf.applyAsInt(entries.ordinals[j]);
      starts[runOfEntry[j] + 1]++;
    }
    for (int r = 0; r < runs; r++) {
      starts[r + 1] += starts[r];
    }
    int[] fill = Arrays.copyOf(starts, runs);
    int[] grouped = new int[count];
    for (int j = 0; j < count; j++) {
      grouped[fill[runOfEntry[j]]++] = j;
    }
    return new SaidIndex(entries, starts, grouped, maxSpan);
  }

  /** Writes this single-run index, its entries included, for {@link #read}. */
  void writeTo(ImageOutput out) {
    entries.writeTo(out);
    out.writeInt(maxSpan);
    writeRunsTo(out);
  }

  /** The single-run index {@link #writeTo} wrote. */
  static SaidIndex read(ImageInput in) {
    Entries entries = Entries.read(in);
    int maxSpan = in.readInt();
    return readRuns(in, entries, maxSpan);
  }

  /** Writes the runs of this index, which shares its entries with another, for {@link #readGrouped}. */
  void writeRunsTo(ImageOutput out) {
    out.writeInts(runStarts);
    out.writeInts(positions);
  }

  /** The regrouped index {@link #writeRunsTo} wrote, sharing the entries of this one. */
  SaidIndex readGrouped(ImageInput in) {
    return readRuns(in, entries, maxSpan);
  }

  private static SaidIndex readRuns(ImageInput in, Entries entries, int maxSpan) {
    int[] runStarts = in.readInts();
    int[] positions = in.readNullableInts();
    int count = entries.ordinals.length;
    if (runStarts.length == 0 || runStarts[runStarts.length - 1] != count
        || positions != null && positions.length != count) {
      throw new IllegalArgumentException("the runs of a said index do not fit its " + count + " entries");
    }
    return new SaidIndex(entries, runStarts, positions, maxSpan);
  }

  /** The ascending ordinals of attributions whose time said overlaps {@code [from, to]}. */
  int[] overlapping(LocalDate from, LocalDate to) {
    return overlapping(0, from, to);
  }

  /** The ascending ordinals of the attributions of {@code run} whose time said overlaps {@code [from, to]}. */
  int[] overlapping(int run, LocalDate from, LocalDate to) {
    int[] out = hits(run, from, to).ordinals();
    Arrays.sort(out);
    return out;
  }

  /**
   * The attributions of {@code run} whose time said overlaps {@code [from, to]}, in the order of the
   * index: by the first day their time may denote, then by ordinal; with those days, read from the
   * index rather than the records.
   */
  Hits hits(int run, LocalDate from, LocalDate to) {
    long start = from.toEpochDay();
    long end = to.toEpochDay();
    int last = runStarts[run + 1];
    IntList ordinals = new IntList();
    IntList firstDays = new IntList();
    IntList lastDays = new IntList();
    for (int e = lowerBound(runStarts[run], last, start - maxSpan); e < last; e++) {
      int j = position(e);
      int firstDay = entries.firstDay(j);
      if (firstDay > end) {
        break;
      }
      int lastDay = entries.lastDay(j);
      if (lastDay >= start) {
        ordinals.add(entries.ordinals[j]);
        firstDays.add(firstDay);
        lastDays.add(lastDay);
      }
    }
    return new Hits(ordinals.toArray(), firstDays.toArray(), lastDays.toArray());
  }

  /**
   * Attributions an index found, each with the first and the last day (epoch days) its time said
   * may denote.
   *
   * @param ordinals the attributions' ordinals in their segment
   * @param firstDays the first day of each
   * @param lastDays the last day of each
   */
  record Hits(int[] ordinals, int[] firstDays, int[] lastDays) {}

  /** The position in {@link #entries} of the {@code e}-th entry of this index. */
  private int position(int e) {
    return positions == null ? e : positions[e];
  }

  private int lowerBound(int low, int high, long day) {
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.firstDay(position(mid)) < day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The attributions that tell when they were said, sorted by first day, then ordinal: their
   * ordinals, first days (epoch days) and spans (last day minus first day), a span of
   * {@link #LONG_SPAN} or more standing as {@code LONG_SPAN} with its exact last day aside. The
   * first days within the window of {@code char} offsets from {@link #windowStart} holding the most
   * of them are kept as those offsets; being sorted, the days before the window come first and the
   * days after it last.
   */
  private static final class Entries {
    static final char LONG_SPAN = Character.MAX_VALUE;

    final int[] ordinals;
    /** The first day of the window, an epoch day. */
    private final int windowStart;
    /** The positions from which and up to which (exclusive) first days are in the window. */
    private final int windowFrom;
    private final int windowTo;
    /** The first days in the window, from position {@link #windowFrom} on, as offsets from its start. */
    private final char[] windowDays;
    /** The first days before the window, from position 0 on. */
    private final int[] daysBefore;
    /** The first days after the window, from position {@link #windowTo} on. */
    private final int[] daysAfter;
    final char[] spans;
    /** The ascending positions whose span is {@link #LONG_SPAN} or more. */
    final int[] longPositions;
    /** The last day of each of {@link #longPositions}. */
    final int[] longLastDays;

    /** The entries of the ascending {@code firstDays}, one per ordinal of {@code ordinals}. */
    Entries(int[] ordinals, int[] firstDays, char[] spans, int[] longPositions, int[] longLastDays) {
      this.ordinals = ordinals;
      int from = 0;
      int to = 0;
      for (int start = 0, end = 0; start < firstDays.length && firstDays.length - start > to - from; start++) {
        while (end < firstDays.length && firstDays[end] - firstDays[start] <= Character.MAX_VALUE) {
          end++;
        }
        if (end - start > to - from) {
          from = start;
          to = end;
        }
      }
      this.windowStart = from < to ? firstDays[from] : 0;
      this.windowFrom = from;
      this.windowTo = to;
      this.windowDays = new char[to - from];
      for (int j = from; j < to; j++) {
        windowDays[j - from] = (char) (firstDays[j] - windowStart);
      }
      this.daysBefore = Arrays.copyOfRange(firstDays, 0, from);
      this.daysAfter = Arrays.copyOfRange(firstDays, to, firstDays.length);
      this.spans = spans;
      this.longPositions = longPositions;
      this.longLastDays = longLastDays;
    }

    private Entries(int[] ordinals, int[] window, char[] windowDays, int[] daysBefore, int[] daysAfter, char[] spans,
        int[] longPositions, int[] longLastDays) {
      if (window.length != 3 || spans.length != ordinals.length || window[1] != daysBefore.length
          || window[2] - window[1] != windowDays.length || ordinals.length - window[2] != daysAfter.length
          || longPositions.length != longLastDays.length) {
        throw new IllegalArgumentException("the entries of a said index do not fit their " + ordinals.length + " ordinals");
      }
      this.ordinals = ordinals;
      this.windowStart = window[0];
      this.windowFrom = window[1];
      this.windowTo = window[2];
      this.windowDays = windowDays;
      this.daysBefore = daysBefore;
      this.daysAfter = daysAfter;
      this.spans = spans;
      this.longPositions = longPositions;
      this.longLastDays = longLastDays;
    }

    void writeTo(ImageOutput out) {
      out.writeInts(ordinals);
      out.writeInts(new int[] {windowStart, windowFrom, windowTo});
      out.writeChars(windowDays);
      out.writeInts(daysBefore);
      out.writeInts(daysAfter);
      out.writeChars(spans);
      out.writeInts(longPositions);
      out.writeInts(longLastDays);
    }

    static Entries read(ImageInput in) {
      return new Entries(in.readInts(), in.readInts(), in.readChars(), in.readInts(), in.readInts(), in.readChars(),
          in.readInts(), in.readInts());
    }

    /** The first day (epoch day) of the entry at {@code position}. */
    int firstDay(int position) {
      if (position < windowFrom) {
        return daysBefore[position];
      }
      return position < windowTo ? windowStart + windowDays[position - windowFrom] : daysAfter[position - windowTo];
    }

    /** The last day (epoch day) of the entry at {@code position}. */
    int lastDay(int position) {
      char span = spans[position];
      return span != LONG_SPAN
          ? firstDay(position) + span
          : longLastDays[Arrays.binarySearch(longPositions, position)];
    }
  }
}

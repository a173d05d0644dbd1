package dev.claimtrail.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The table of a run: each claimtrail figure beside a peer's, the ratio between them with its 99.9%
 * interval, the target of that ratio and whether it is met, as Markdown. A target is met only when
 * the whole interval of the ratio clears it; the interval is the worst case of the two figures'
 * intervals (the peer's lowest over claimtrail's highest, and the other way round). Rows whose
 * benchmarks did not run are left out; every figure comes from the results given.
 */
final class Report {
  /** Bytes in a megabyte, for MB/s. */
  private static final double MB = 1_000_000.0;
  /** How much a fork's first measured iteration may differ from its last ones and count as settled. */
  static final double SETTLED = 0.10;

  private final Map<String, Figure> primary = new HashMap<>();
  private final Map<String, Map<String, Figure>> secondary = new HashMap<>();
  private final Map<String, Double> drift = new TreeMap<>();
  private final List<String[]> rows = new ArrayList<>();

  /**
   * A measured figure and its 99.9% interval; the bounds are NaN when JMH gave none (one iteration).
   *
   * @param mean the mean
   * @param low the interval's lower bound
   * @param high the interval's upper bound
   */
  record Figure(double mean, double low, double high) {
    /** A result's mean and interval; a time or rate is never below zero, so neither is the lower bound. */
    static Figure of(Result<?> result) {
      double[] interval = result.getScoreConfidence();
      return new Figure(result.getScore(), Math.max(0, interval[0]), interval[1]);
    }

    /**
     * This over {@code other}, its interval the worst case of the two: this one's lower bound over
     * the other's upper, and its upper over the other's lower (infinite when that is zero).
     */
    Figure over(Figure other) {
      return new Figure(mean / other.mean, low / other.high,
          other.low > 0 ? high / other.low : Double.POSITIVE_INFINITY);
    }

    boolean hasInterval() {
      return !Double.isNaN(low) && !Double.isNaN(high);
    }
  }

  Report(Collection<RunResult> results) {
    for (RunResult run : results) {
      String label = label(run.getParams());
      primary.put(label, Figure.of(run.getPrimaryResult()));
      Map<String, Figure> counters = new HashMap<>();
      run.getSecondaryResults().forEach((counter, result) -> counters.put(counter, Figure.of(result)));
      secondary.put(label, counters);
      drift(run).ifPresent(d -> drift.put(label, d));
    }
  }

  /** A benchmark's label: its class and method, then the parameters that tell its variants apart. */
  private static String label(BenchmarkParams params) {
    String name = params.getBenchmark();
    StringBuilder label = new StringBuilder(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
    for (String key : params.getParamsKeys()) {
      if (!key.equals("size") && !key.equals("paragraphs")) {
        label.append('[').append(key).append('=').append(params.getParam(key)).append(']');
      }
    }
    return label.toString();
  }

  /**
   * The largest change, over the forks, from the first measured iteration to the mean of the last
   * two, as a share of the latter; empty with fewer than three measured iterations.
   */
  private static Optional<Double> drift(RunResult run) {
    double worst = 0;
    boolean measured = false;
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      List<IterationResult> iterations = new ArrayList<>(fork.getIterationResults());
      int n = iterations.size();
      if (n >= 3) {
        double first = iterations.get(0).getPrimaryResult().getScore();
        double last = (iterations.get(n - 1).getPrimaryResult().getScore()
            + iterations.get(n - 2).getPrimaryResult().getScore()) / 2;
        worst = Math.max(worst, Math.abs(first - last) / last);
        measured = true;
      }
    }
    return measured ? Optional.of(worst) : Optional.empty();
  }

  /** A benchmark's primary result, e.g. {@code LookupBenchmark.whoSaid[system=floor]}. */
  Optional<Figure> figure(String label) {
    return Optional.ofNullable(primary.get(label));
  }

  /** The mean of a benchmark's primary result. */
  Optional<Double> score(String label) {
    return figure(label).map(Figure::mean);
  }

  /** A benchmark's secondary result, e.g. the {@code bytes} counter, per second. */
  Optional<Figure> counter(String label, String counter) {
    return Optional.ofNullable(secondary.get(label)).map(s -> s.get(counter));
  }

  /** The mean of a benchmark's secondary result. */
  Optional<Double> secondary(String label, String counter) {
    return counter(label, counter).map(Figure::mean);
  }

  /** The benchmarks whose measured iterations changed by more than {@link #SETTLED}, with the change. */
  Map<String, Double> unsettled() {
    Map<String, Double> found = new TreeMap<>();
    drift.forEach((label, d) -> {
      if (d > SETTLED) {
        found.put(label, d);
      }
    });
    return found;
  }

  /**
   * A row comparing latencies (lower is better) with the fastest of {@code peers} (label to name):
   * the ratio is the peer's time over claimtrail's, met when its interval lies at or above {@code
   * target} (NaN: no target).
   */
  Report latency(String what, String ours, Map<String, String> peers, double target) {
    Optional<Figure> mine = figure(ours);
    @Nullable Figure theirs = null;
    @Nullable String name = null;
    for (Map.Entry<String, String> peer : peers.entrySet()) {
      Figure figure = primary.get(peer.getKey());
      if (figure != null && (theirs == null || figure.mean() < theirs.mean())) {
        theirs = figure;
        name = peer.getValue();
      }
    }
    if (mine.isPresent() && theirs != null && name != null) {
      Figure ratio = theirs.over(mine.get());
      add(what, name, micros(mine.get()), micros(theirs), ratio, atLeast(target), verdict(ratio, target, true));
    }
    return this;
  }

  /**
   * A row comparing claimtrail's latency with the floor's: the ratio is claimtrail's time over the
   * floor's, met when its interval lies at or below {@code bound}.
   */
  Report overFloor(String what, String ours, String floor, double bound) {
    Optional<Figure> mine = figure(ours);
    Optional<Figure> theirs = figure(floor);
    if (mine.isPresent() && theirs.isPresent()) {
      Figure ratio = mine.get().over(theirs.get());
      add(what, "floor", micros(mine.get()), micros(theirs.get()), ratio,
          String.format(Locale.ROOT, "≤ %s× floor", format(bound)), verdict(ratio, bound, false));
    }
    return this;
  }

  /** A row comparing throughputs (higher is better): the ratio is claimtrail's over the peer's. */
  Report throughput(String what, Figure ours, Figure theirs, String peerName, String unit, double target) {
    Figure ratio = ours.over(theirs);
    add(what, peerName, format(ours, unit), format(theirs, unit), ratio, atLeast(target), verdict(ratio, target, true));
    return this;
  }

  /** A row with figures already formatted, and whether its target is met. */
  Report row(String what, String peer, String ours, String theirs, String target, boolean met) {
    rows.add(new String[] {what, peer, ours, theirs, "—", target, met ? "met" : "missed"});
    return this;
  }

  /** A row with a figure that has no target. */
  Report row(String what, String ours) {
    rows.add(new String[] {what, "—", ours, "—", "—", "—", "—"});
    return this;
  }

  private void add(String what, String peer, String ours, String theirs, Figure ratio, String target, String verdict) {
    String interval = ratio.hasInterval()
        ? String.format(Locale.ROOT, "%s× [%s, %s]", format(ratio.mean()), format(ratio.low()), format(ratio.high()))
        : format(ratio.mean()) + "× [no interval]";
    rows.add(new String[] {what, peer, ours, theirs, interval, target, verdict});
  }

  private static String atLeast(double target) {
    return Double.isNaN(target) ? "—" : String.format(Locale.ROOT, "≥ %s×", format(target));
  }

  /** "met" when the whole interval clears {@code target} (from above, or from below if not {@code atLeast}). */
  private static String verdict(Figure ratio, double target, boolean atLeast) {
    if (Double.isNaN(target)) {
      return "—";
    }
    if (!ratio.hasInterval()) {
      return "no interval";
    }
    boolean met = atLeast ? ratio.low() >= target : ratio.high() <= target;
    return met ? "met" : "missed";
  }

  /** MB/s from a bytes-per-second figure. */
  static double megabytesPerSecond(double bytesPerSecond) {
    return bytesPerSecond / MB;
  }

  /** MB/s from a bytes-per-second figure, with its interval. */
  static Figure megabytesPerSecond(Figure bytesPerSecond) {
    return new Figure(bytesPerSecond.mean() / MB, bytesPerSecond.low() / MB, bytesPerSecond.high() / MB);
  }

  private static String micros(Figure figure) {
    return format(figure, "µs");
  }

  private static String format(Figure figure, String unit) {
    return figure.hasInterval()
        ? format(figure.mean()) + " ± " + format((figure.high() - figure.low()) / 2) + " " + unit
        : format(figure.mean()) + " " + unit;
  }

  static String format(double value) {
    if (Double.isInfinite(value)) {
      return "∞";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3g", value);
  }

  /** The table, in Markdown. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| measure | against | claimtrail | against's | ratio [99.9% interval] | target | verdict |\n");
    out.append("|---|---|---:|---:|---:|---|---|\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }
}

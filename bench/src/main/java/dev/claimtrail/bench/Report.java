package dev.claimtrail.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/**
 * The table of a run: each claimtrail figure beside each peer's, the ratio between them, the
 * target of that ratio and whether it is met, as Markdown. Rows whose benchmarks did not run are
 * left out; every figure comes from the results given.
 */
final class Report {
  /** Bytes in a megabyte, for MB/s. */
  private static final double MB = 1_000_000.0;

  private final Map<String, Double> primary = new HashMap<>();
  private final Map<String, Map<String, Double>> secondary = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  Report(Collection<RunResult> results) {
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      String label = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      for (String key : run.getParams().getParamsKeys()) {
        if (key.equals("scale") || key.equals("text")) {
          label += "[" + key + "=" + run.getParams().getParam(key) + "]";
        }
      }
      primary.put(label, run.getPrimaryResult().getScore());
      Map<String, Double> counters = new HashMap<>();
      run.getSecondaryResults().forEach((counter, result) -> counters.put(counter, result.getScore()));
      secondary.put(label, counters);
    }
  }

  /** The mean of a benchmark's primary result, e.g. {@code LookupBenchmark.whoSaidClaimtrail}. */
  Optional<Double> score(String label) {
    return Optional.ofNullable(primary.get(label));
  }

  /** A benchmark's secondary result, e.g. the {@code bytes} counter, per second. */
  Optional<Double> secondary(String label, String counter) {
    return Optional.ofNullable(secondary.get(label)).map(s -> s.get(counter));
  }

  /** A row comparing two latencies (lower is better): the ratio is peer over claimtrail. */
  Report latency(String what, String ours, String peer, String peerName, double target) {
    Optional<Double> mine = score(ours);
    Optional<Double> theirs = score(peer);
    if (mine.isPresent() && theirs.isPresent()) {
      double ratio = theirs.get() / mine.get();
      add(what, peerName, micros(mine.get()), micros(theirs.get()), ratio, target);
    }
    return this;
  }

  /** A row comparing two throughputs (higher is better): the ratio is claimtrail over the peer. */
  Report throughput(String what, double ours, double theirs, String peerName, String unit, double target) {
    add(what, peerName, format(ours) + " " + unit, format(theirs) + " " + unit, ours / theirs, target);
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

  private void add(String what, String peer, String ours, String theirs, double ratio, double target) {
    rows.add(new String[] {
      what, peer, ours, theirs, String.format(Locale.ROOT, "%.2f×", ratio),
      Double.isNaN(target) ? "—" : String.format(Locale.ROOT, "≥ %s×", format(target)),
      Double.isNaN(target) ? "—" : ratio >= target ? "met" : "missed"
    });
  }

  /** MB/s from a bytes-per-second figure. */
  static double megabytesPerSecond(double bytesPerSecond) {
    return bytesPerSecond / MB;
  }

  private static String micros(double value) {
    return format(value) + " µs";
  }

  static String format(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3g", value);
  }

  /** The table, in Markdown. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| measure | peer | claimtrail | peer's | ratio | target | |\n");
    out.append("|---|---|---:|---:|---:|---|---|\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }
}

package dev.claimtrail.bench;

import dev.claimtrail.bench.corpus.CorpusGenerator;
import dev.claimtrail.bench.corpus.CorpusSpec;
import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.bench.jmh.LedgerFile;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks at one corpus size and writes the results: {@code jmh-SIZE.json} (JMH's
 * own) and {@code report-SIZE.md} (the machine, the command, the table of ratios against each peer
 * with the targets, the recall of variant search and the heap retained per attribution). Usage:
 * {@code BenchMain --size 100k|1m|10m [--out DIR] [--include REGEX] [--heap 8g] [--forks N] [--warmup N]
 * [--warmup-time S] [--iterations N] [--time S] [--gc] [--smoke] [--heap-only]}; the forks, warm-up
 * and measured iterations and their seconds override every benchmark's own; {@code --gc} has each
 * iteration start after a full collection, so that the garbage a fork's set-up leaves (a large
 * corpus generated, a system built) is not collected within a measured iteration;
 * {@code --smoke} runs every benchmark once, in this JVM, as a check that they all work, and
 * {@code --heap-only} measures only the heap retained per attribution, in this JVM, and writes it
 * to {@code report-SIZE-heap.md}: at sizes where a full run would take hours.
 */
public final class BenchMain {
  /** The least throughput ratio of a 4× longer text to a 1× one that counts as linear. */
  static final double LINEAR = 0.8;
  /** How many times faster than loading its JSON Lines a ledger's snapshot should open. */
  private static final double SNAPSHOT_SPEEDUP = 20;
  /** The least share of Jackson's token rate per core that the JSON Lines load should reach per core. */
  private static final double LOAD_PER_CORE = 0.3;
  /** The most heap per attribution besides text that a built ledger may take, in bytes. */
  private static final int BUILT_HEAP = 300;
  /** The heap per attribution besides text that an opened snapshot must stay under, in bytes. */
  private static final int OPENED_HEAP = 150;
  private static final long GIB = 1L << 30;

  private final CorpusSpec spec;
  private final Path out;
  private final String include;
  private final String heap;
  private final boolean smoke;
  private final boolean heapOnly;
  /** Whether each iteration starts after a full collection. */
  private final boolean collectFirst;
  private final String command;
  private final Map<String, Integer> overrides;
  /** The lookup systems to measure, or empty for all of them. */
  private final List<String> systems;

  private BenchMain(String[] args) {
    String size = "100k";
    Path dir = Path.of("bench", "results");
    String pattern = "dev\\.claimtrail\\.bench\\.jmh\\..*";
    String maxHeap = null;
    boolean once = false;
    boolean footprintOnly = false;
    boolean collect = false;
    List<String> chosen = List.of();
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--forks": case "--warmup": case "--warmup-time": case "--iterations": case "--time":
          given.put(args[i], Integer.parseInt(value(args, ++i)));
          break;
        case "--size": size = value(args, ++i); break;
        case "--out": dir = Path.of(value(args, ++i)); break;
        case "--include": pattern = value(args, ++i); break;
        case "--systems": chosen = List.of(value(args, ++i).split(",")); break;
        case "--heap": maxHeap = value(args, ++i); break;
        case "--smoke": once = true; break;
        case "--heap-only": footprintOnly = true; break;
        case "--gc": collect = true; break;
        default: throw new IllegalArgumentException("unknown argument '" + args[i]
            + "'; usage: --size 100k|1m|10m [--out DIR] [--include REGEX] [--systems A,B] [--heap 8g] [--forks N] [--warmup N]"
            + " [--warmup-time S] [--iterations N] [--time S] [--gc] [--smoke] [--heap-only]");
      }
    }
    this.spec = CorpusSpec.ofSize(size);
    this.out = dir;
    this.include = pattern;
    this.heap = maxHeap != null ? maxHeap : defaultHeap(spec.attributions());
    this.smoke = once;
    this.heapOnly = footprintOnly;
    this.collectFirst = collect;
    this.command = "bench/run " + String.join(" ", args);
    this.overrides = given;
    this.systems = chosen;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** Enough heap for the corpus, the ledger and the largest peer (Jena) at that size. */
  static String defaultHeap(int attributions) {
    return attributions <= 200_000 ? "4g" : attributions <= 2_000_000 ? "10g" : "20g";
  }

  /** Runs the benchmarks given by {@code args}; see the class documentation. */
  public static void main(String[] args) {
    new BenchMain(args).run();
  }

  /** Runs and writes the results; returns the report's path. */
  static Path run(String... args) {
    return new BenchMain(args).run();
  }

  private Path run() {
    try {
      Files.createDirectories(out);
      if (heapOnly) {
        return runHeapOnly();
      }
      Path json = out.resolve("jmh-" + spec.label() + ".json");
      // Built before the runner: a smoke run's options set a property that JMH reads when its Runner class loads.
      Options options = options(json).build();
      Collection<RunResult> results = new Runner(options).run();
      SyntheticCorpus corpus = CorpusGenerator.generate(spec);
      List<Extras.Recall> recalls = Extras.recalls(corpus, corpus.toLedger());
      corpus = null;
      List<Extras.Footprint> footprints = Extras.footprints(() -> CorpusGenerator.generate(spec));
      Path report = out.resolve("report-" + spec.label() + ".md");
      Files.writeString(report, markdown(new Report(results), recalls, footprints));
      return report;
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("writing results to " + out + " failed", e);
    }
  }

  /** Measures and writes the heap figures alone; returns the report's path. */
  private Path runHeapOnly() throws IOException {
    List<Extras.Footprint> footprints = Extras.footprints(() -> CorpusGenerator.generate(spec));
    Report report = new Report(List.of());
    addHeapRows(report, footprints);
    Path path = out.resolve("report-" + spec.label() + "-heap.md");
    Files.writeString(path, header() + report.markdown() + '\n' + heapSection(footprints));
    return path;
  }

  private ChainedOptionsBuilder options(Path json) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .param("size", spec.label())
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString())
        .shouldFailOnError(true);
    if (smoke) {
      System.setProperty(LedgerFile.DIRECTORY_PROPERTY, out.toString());
      // Its figures are not read, so a measured run elsewhere on the machine need not hold it up.
      System.setProperty("jmh.ignoreLock", "true");
      return options.forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(20)).param("paragraphs", "20");
    }
    if (!systems.isEmpty()) {
      options.param("system", systems.toArray(String[]::new));
    }
    Optional.ofNullable(overrides.get("--forks")).ifPresent(options::forks);
    Optional.ofNullable(overrides.get("--warmup")).ifPresent(options::warmupIterations);
    Optional.ofNullable(overrides.get("--warmup-time")).ifPresent(s -> options.warmupTime(TimeValue.seconds(s)));
    Optional.ofNullable(overrides.get("--iterations")).ifPresent(options::measurementIterations);
    Optional.ofNullable(overrides.get("--time")).ifPresent(s -> options.measurementTime(TimeValue.seconds(s)));
    return options.shouldDoGC(collectFirst).jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC");
  }

  /**
   * The rows of each lookup: claimtrail against the fastest of the peers a user would pick for point
   * lookups (Jena's graph API, SQLite, H2), against the floor, and against every peer on its own.
   */
  private static void addLookupRows(Report report) {
    String[] queries = {"whoSaid", "chain", "firstAppearance", "stances", "timeline"};
    String[] names = {"exact who-said", "via chain", "first appearance and outlets", "claim stances",
      "timeline (90 days)"};
    for (int q = 0; q < queries.length; q++) {
      String ours = lookup(queries[q], "claimtrail");
      boolean point = !queries[q].equals("timeline");
      if (point) {
        Map<String, String> fair = new LinkedHashMap<>();
        for (String peer : List.of("jena-graph", "sqlite", "h2")) {
          fair.put(lookup(queries[q], peer), "best of Jena graph, SQLite, H2: " + peer);
        }
        report.latency(names[q], ours, fair, 3);
      }
      report.overFloor(names[q], ours, lookup(queries[q], "floor"), point ? 2 : 3);
      for (String peer : List.of("jena-graph", "jena-sparql", "sqlite", "h2", "duckdb")) {
        report.latency(names[q], ours, Map.of(lookup(queries[q], peer), peer), Double.NaN);
      }
    }
  }

  private static String lookup(String query, String system) {
    return "LookupBenchmark." + query + "[system=" + system + "]";
  }

  /** The rows of the JSON Lines load against Jackson's parser, by wall time and per CPU second. */
  private static void addLoadRows(Report report) {
    var load = report.counter("LoadBenchmark.loadClaimtrail", "bytes");
    var tokens = report.counter("LoadBenchmark.parseJackson", "bytes");
    var strings = report.counter("LoadBenchmark.parseJacksonStrings", "bytes");
    if (load.isPresent() && tokens.isPresent()) {
      report.throughput("JSON Lines load, wall", Report.megabytesPerSecond(load.get()),
          Report.megabytesPerSecond(tokens.get()), "Jackson tokens", "MB/s", 0.5);
    }
    var loadPerCpu = perCpuSecond(report, "LoadBenchmark.loadClaimtrail");
    var tokensPerCpu = perCpuSecond(report, "LoadBenchmark.parseJackson");
    if (loadPerCpu.isPresent() && tokensPerCpu.isPresent()) {
      report.throughput("JSON Lines load, per CPU second", loadPerCpu.get(), tokensPerCpu.get(),
          "Jackson tokens", "MB/s", LOAD_PER_CORE);
    }
    var snapshot = report.counter("LoadBenchmark.openSnapshot", "bytes");
    if (load.isPresent() && snapshot.isPresent()) {
      report.throughput("snapshot open vs JSON Lines load", Report.megabytesPerSecond(snapshot.get()),
          Report.megabytesPerSecond(load.get()), "JSON Lines load", "MB/s of JSON Lines", SNAPSHOT_SPEEDUP);
    }
    if (load.isPresent() && strings.isPresent()) {
      report.throughput("JSON Lines load, wall", Report.megabytesPerSecond(load.get()),
          Report.megabytesPerSecond(strings.get()), "Jackson tokens + strings", "MB/s", Double.NaN);
    }
    var build = report.counter("LoadBenchmark.buildClaimtrail", "bytes");
    if (load.isPresent() && build.isPresent() && tokens.isPresent() && build.get().mean() > load.get().mean()) {
      // Seconds per byte add up: the reading's share is the load's minus the build's.
      double reading = 1 / (1 / load.get().mean() - 1 / build.get().mean());
      report.row("JSON Lines load: reading only (load − build)",
          Report.format(Report.megabytesPerSecond(reading)) + " MB/s");
      report.throughput("JSON Lines load: ledger build only", Report.megabytesPerSecond(build.get()),
          Report.megabytesPerSecond(tokens.get()), "Jackson tokens", "MB/s", Double.NaN);
    }
  }

  /**
   * MB of text per second of CPU time that the JVM running {@code label} used: its bytes per second
   * over its CPU seconds per second (see {@code ProcessCpu}).
   */
  private static Optional<Report.Figure> perCpuSecond(Report report, String label) {
    var bytes = report.counter(label, "bytes");
    var cpuNanos = report.counter(label, "cpuNanos");
    if (bytes.isEmpty() || cpuNanos.isEmpty() || cpuNanos.get().mean() <= 0) {
      return Optional.empty();
    }
    Report.Figure cpuSeconds = new Report.Figure(cpuNanos.get().mean() / 1e9, cpuNanos.get().low() / 1e9,
        cpuNanos.get().high() / 1e9);
    return Optional.of(Report.megabytesPerSecond(bytes.get().over(cpuSeconds)));
  }

  /**
   * The rows of {@code ExtractionScaleBenchmark} for one kind of text: its MB/s at scale 1, and
   * whether 4× the text keeps them, by wall time and per CPU second.
   */
  private static void addScaleRows(Report report, String text, String what) {
    String one = "ExtractionScaleBenchmark.longArticle[scale=1][text=" + text + "]";
    String four = "ExtractionScaleBenchmark.longArticle[scale=4][text=" + text + "]";
    report.secondary(one, "bytes").ifPresent(bytes -> report.row("extraction, " + what + ", one core",
        Report.format(Report.megabytesPerSecond(bytes)) + " MB/s"));
    linearRow(report, "extraction, 4× longer " + what, report.secondary(one, "bytes"),
        report.secondary(four, "bytes"));
    linearRow(report, "extraction, 4× longer " + what + ", per CPU second", perCpuSecond(report, one).map(Report.Figure::mean),
        perCpuSecond(report, four).map(Report.Figure::mean));
  }

  private static void linearRow(Report report, String what, Optional<Double> one, Optional<Double> four) {
    if (one.isPresent() && four.isPresent()) {
      double ratio = four.get() / one.get();
      report.row(what, "—", String.format(Locale.ROOT, "%.2f of 1×'s MB/s", ratio), "—",
          "linear (≥ " + LINEAR + ")", ratio >= LINEAR);
    }
  }

  private String markdown(Report report, List<Extras.Recall> recalls, List<Extras.Footprint> footprints) {
    addLookupRows(report);
    addLoadRows(report);
    report.latency("variant who-said", "LookupBenchmark.variant[searcher=claimtrail]",
        Map.of("LookupBenchmark.variant[searcher=lucene]", "Lucene (word pairs, 30% must match)"), 5);
    Extras.Recall ours = recalls.get(0);
    Extras.Recall lucene = recalls.get(1);
    report.row("variant recall", "Lucene", percent(ours.recall()), percent(lucene.recall()),
        "≥ Lucene's", ours.recall() >= lucene.recall());
    report.row("variant precision", "Lucene", percent(ours.precision()), percent(lucene.precision()),
        "≥ 95%", ours.precision() >= 0.95);
    addHeapRows(report, footprints);
    report.secondary("ExtractionBenchmark.articles", "bytes").ifPresent(bytes -> {
      double mbs = Report.megabytesPerSecond(bytes);
      report.row("extraction, one core", "—", Report.format(mbs) + " MB/s", "—", "≥ 1 MB/s", mbs >= 1);
    });
    perCpuSecond(report, "ExtractionBenchmark.articles").map(Report.Figure::mean).ifPresent(mbs -> report.row(
        "extraction, per CPU second", "—", Report.format(mbs) + " MB/s", "—", "≥ 1 MB/s", mbs >= 1));
    addScaleRows(report, "news", "text");
    addScaleRows(report, "dense", "dense text (a report in every sentence)");
    report.score("BuildBenchmark.ledgerClaimtrail").ifPresent(millis -> report.row("ledger build",
        Report.format(spec.attributions() / (millis / 1000)) + " attributions/s"));

    StringBuilder text = new StringBuilder(header());
    text.append(report.markdown()).append('\n');
    text.append("Ratios: latency is the peer's time over claimtrail's, or claimtrail's over the floor's;"
        + " throughput is claimtrail's over the peer's. Intervals are 99.9%, the ratio's the worst case of its"
        + " two figures'; a target is met only when the whole interval clears it.\n\n");
    Map<String, Double> unsettled = report.unsettled();
    if (!unsettled.isEmpty()) {
      text.append("Not settled (first measured iteration differs from the last two by more than ")
          .append(Math.round(Report.SETTLED * 100)).append("% in some fork): ");
      List<String> named = new ArrayList<>();
      unsettled.forEach((label, drift) -> named.add("`" + label + "` " + Math.round(drift * 100) + "%"));
      text.append(String.join(", ", named)).append(".\n\n");
    }
    text.append("## Variant who-said\n\n| system | recall | precision |");
    List<String> kinds = new ArrayList<>();
    ours.recallByKind().keySet().forEach(k -> kinds.add(k.name().toLowerCase(Locale.ROOT)));
    kinds.forEach(k -> text.append(" recall, ").append(k).append(" |"));
    text.append("\n|---|---:|---:|").append("---:|".repeat(kinds.size())).append('\n');
    for (Extras.Recall recall : recalls) {
      text.append("| ").append(recall.system()).append(" | ").append(percent(recall.recall())).append(" | ")
          .append(percent(recall.precision())).append(" |");
      ours.recallByKind().keySet().forEach(k ->
          text.append(' ').append(percent(recall.recallByKind().getOrDefault(k, 0.0))).append(" |"));
      text.append('\n');
    }
    text.append('\n').append(heapSection(footprints));
    return text.toString();
  }

  /** The report's title and the lines on the command and the machine. */
  private String header() {
    return "# claimtrail benchmarks, " + spec.label() + " attributions\n\n"
        + "- command: `" + command + "`\n"
        + "- finished: " + Instant.now() + '\n'
        + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
        + System.getProperty("os.name") + ' ' + System.getProperty("os.arch")
        + (smoke ? ", smoke run: one iteration, no fork, figures meaningless"
            : heapOnly ? ", heap measured in the runner's JVM (" + Runtime.getRuntime().maxMemory() / GIB + " GiB)"
            : ", fork heap " + heap)
        + "\n\n";
  }

  /**
   * The rows of the heap targets: bytes per attribution besides text of each ledger measured, and
   * 10M attributions projected from the largest one built in memory.
   */
  private static void addHeapRows(Report report, List<Extras.Footprint> footprints) {
    for (Extras.Footprint footprint : footprints) {
      double perAttribution = footprint.bytesPerAttribution();
      boolean built = footprint.mappedBytes() == 0;
      report.row("heap per attribution besides text, " + footprint.ledger(), "—", Report.format(perAttribution) + " B",
          "—", built ? "≤ " + BUILT_HEAP + " B" : "< " + OPENED_HEAP + " B",
          built ? perAttribution <= BUILT_HEAP : perAttribution < OPENED_HEAP);
    }
    footprints.stream().filter(f -> f.mappedBytes() > 0).findFirst().ifPresent(opened -> report.row(
        "snapshot file mapped outside the heap, per attribution",
        Report.format((double) opened.mappedBytes() / opened.attributions()) + " B"));
    Extras.Footprint built = footprints.stream().filter(f -> f.mappedBytes() == 0)
        .max(Comparator.comparingLong(Extras.Footprint::retainedBytes)).orElseThrow();
    double tenMillion = (double) built.retainedBytes() / built.attributions() * 10_000_000;
    report.row("10M attributions, text included (projected), built", "—",
        String.format(Locale.ROOT, "%.2f GiB", tenMillion / GIB), "—", "≤ 8 GiB heap", tenMillion <= 8.0 * GIB);
  }

  /** The section giving the heap measured, in bytes. */
  private static String heapSection(List<Extras.Footprint> footprints) {
    StringBuilder text = new StringBuilder("## Heap\n\n");
    for (Extras.Footprint footprint : footprints) {
      text.append(String.format(Locale.ROOT, "- %s, %,d attributions: %,d bytes retained after a full collection,"
          + " of which %,d are statement text%s.%n", footprint.ledger(), footprint.attributions(),
          footprint.retainedBytes(), footprint.textBytes(), footprint.mappedBytes() == 0 ? ""
              : String.format(Locale.ROOT, "; besides, the %,d bytes of its snapshot file are mapped outside the heap",
                  footprint.mappedBytes())));
    }
    return text.toString();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}

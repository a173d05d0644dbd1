package dev.claimtrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Runs every benchmark once on a tiny corpus, in this JVM, and writes the report, so that the
 * benchmarks keep compiling and running; the figures of such a run mean nothing and are not read.
 */
class BenchSmokeTest {
  private static final List<String> BENCHMARKS = List.of(
      "LookupBenchmark", "LoadBenchmark", "BuildBenchmark", "ExtractionBenchmark", "ExtractionScaleBenchmark");

  @Test
  void everyBenchmarkRunsOnceAndTheReportHasEveryRow(@TempDir Path out) throws IOException, ReflectiveOperationException {
    Path report = BenchMain.run("--size", "1k", "--smoke", "--out", out.toString());
    String json = Files.readString(out.resolve("jmh-1k.json"));
    for (String name : BENCHMARKS) {
      for (Method method : Class.forName("dev.claimtrail.bench.jmh." + name).getMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          assertTrue(json.contains("\"dev.claimtrail.bench.jmh." + name + "." + method.getName() + "\""),
              name + "." + method.getName() + " ran");
        }
      }
    }
    String text = Files.readString(report);
    for (String row : List.of("exact who-said", "timeline", "via chain", "first appearance", "claim stances",
        "variant who-said", "variant recall", "variant precision", "heap per attribution", "snapshot open",
        "extraction, one core",
        "extraction, per CPU second", "extraction, 4× longer text", "extraction, 4× longer text, per CPU second",
        "ledger build", "JSON Lines load, wall", "JSON Lines load, per CPU second")) {
      assertTrue(text.contains("| " + row), "report row " + row + " in\n" + text);
    }
  }

  @Test
  void aHeapOnlyRunWritesTheHeapRowsAndNoBenchmark(@TempDir Path out) throws IOException {
    Path report = BenchMain.run("--size", "1k", "--heap-only", "--out", out.toString());
    assertEquals(out.resolve("report-1k-heap.md"), report);
    String text = Files.readString(report);
    for (String ledger : List.of("built", "snapshot opened", "snapshot opened, every record read")) {
      assertTrue(text.contains("| heap per attribution besides text, " + ledger + " | — | "), text);
      assertTrue(text.contains("- " + ledger + ", 1,000 attributions: "), text);
    }
    assertTrue(text.contains("| 10M attributions, text included (projected), built | — | "), text);
    assertFalse(text.contains("exact who-said"), text);
    assertFalse(Files.exists(out.resolve("jmh-1k.json")), "no benchmark ran");
  }
}

package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.seed.SeedFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SliceJobTest extends JobTest {
  @Override
  int runJob(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    return SliceJob.run(spark, args, out, err);
  }

  @Test
  void jobWritesTheSliceOfASpeakerAsALedgerFile(@TempDir Path dir) {
    Ledger seed = SeedFiles.ledger();
    String tables = dir.resolve("tables").toString();
    LedgerTables.of(spark, seed).write(tables);
    Speaker speaker = seed.speakers().stream()
        .max(Comparator.comparingInt((Speaker s) -> seed.attributionsBy(s.id()).size())).orElseThrow();
    Path file = dir.resolve("slice.json");

    assertEquals(0, run(tables, "speaker", speaker.id().value(), file.toString()),
        err.toString(StandardCharsets.UTF_8));

    int attributions = seed.attributionsBy(speaker.id()).size();
    assertEquals(attributions, Ledger.load(file).attributions().size());
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.startsWith(tables + ": speaker " + speaker.id() + ": " + attributions + " attributions"), summary);
  }

  @Test
  void missingTablesFailTheJobNamingThem(@TempDir Path dir) {
    String missing = dir.resolve("missing").toString();

    assertEquals(1, run(missing, "claim", "claim-1", dir.resolve("slice.json").toString()));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.startsWith("claimtrail-spark: slicing " + missing + " failed: "), errors);
  }

  @Test
  void wrongCommandLinesExitWithTwoAndTheUsage() {
    assertEquals(2, run("tables", "speaker", "slice.json"));
    assertEquals(2, run("tables", "venue", "v-1", "slice.json"));
    assertEquals(2, run("tables", "said", "2024-07", "slice.json"));
    assertEquals(2, run("tables", "said", "2024-07", "2024-06", "slice.json"));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.contains("unknown slice 'venue' (expected speaker, outlet, claim or said)"), errors);
    assertTrue(errors.contains("a said slice takes two dates, from and to, got [2024-07]"), errors);
    assertTrue(errors.contains("date range ends before it begins: 2024-07 to 2024-06"), errors);
    assertTrue(errors.contains(SliceJob.USAGE), errors);
  }
}

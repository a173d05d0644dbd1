package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupeJobTest extends JobTest {
  @Override
  int runJob(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    return DedupeJob.run(spark, args, out, err);
  }

  @Test
  void jobWritesTheClustersOfTheTables(@TempDir Path dir) {
    String tables = dir.resolve("tables").toString();
    LedgerTables.of(spark, UtteranceClustersTest.ledger()).write(tables);
    String output = dir.resolve("clusters").toString();

    assertEquals(0, run(tables, output), err.toString(StandardCharsets.UTF_8));

    assertEquals(tables + ": 2 clusters of 7 statements written to " + output + "\n",
        out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertEquals(2, spark.read().parquet(output).count());
  }

  @Test
  void missingTablesFailTheJobNamingThem(@TempDir Path dir) {
    String missing = dir.resolve("missing").toString();

    assertEquals(1, run(missing, dir.resolve("clusters").toString()));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.startsWith("claimtrail-spark: clustering " + missing + " failed: "), errors);
  }

  @Test
  void wrongCommandLinesExitWithTwoAndTheUsage() {
    assertEquals(2, run("tables"));
    assertEquals(2, run("--fail-on-error", "tables", "clusters"));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.contains(DedupeJob.USAGE), errors);
  }
}

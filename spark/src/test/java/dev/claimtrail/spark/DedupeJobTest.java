package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupeJobTest {
  private static SparkSession spark;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
  }

  private int run(String... args) {
    return DedupeJob.run(spark, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
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

package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobTest extends JobTest {
  @Override
  int runJob(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    return ExtractJob.run(spark, args, out, err);
  }

  @Test
  void jobWritesTheTablesAndFailsOnlyWhenAskedForAFailedArticle(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.write(input, List.of(
        "{\"id\":\"ferry\",\"text\":\"Ilse Marrow, the harbour master, said: \\\"The ferry runs again on Monday.\\\"\"}",
        "{\"id\":\"no-text\"}"));
    String output = dir.resolve("out").toString();

    assertEquals(0, run(input.toString(), "jsonl", output), err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 articles failed"), out.toString(StandardCharsets.UTF_8));
    assertEquals(1, LedgerTables.read(spark, output).documents().count());
    assertEquals(1, run("--fail-on-error", input.toString(), "jsonl", output));
  }

  @Test
  void missingInputFailsTheJobNamingIt(@TempDir Path dir) {
    String missing = dir.resolve("missing.jsonl").toString();

    assertEquals(1, run(missing, "jsonl", dir.resolve("out").toString()));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.startsWith("claimtrail-spark: extracting " + missing + " failed: "), errors);
  }

  @Test
  void wrongCommandLinesExitWithTwoAndTheUsage() {
    assertEquals(2, run("in.jsonl", "jsonl"));
    assertEquals(2, run("in.jsonl", "xml", "out"));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.contains("unknown article format 'xml' (expected jsonl, parquet, text)"), errors);
    assertTrue(errors.contains(ExtractJob.USAGE), errors);
  }
}

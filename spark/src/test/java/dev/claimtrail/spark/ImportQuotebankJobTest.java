package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportQuotebankJobTest extends JobTest {
  @Override
  int runJob(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    return ImportQuotebankJob.run(spark, args, out, err);
  }

  @Test
  void jobWritesTheTablesAndTheFailedLinesAndFailsOnlyWhenAsked(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("quotes.jsonl");
    Files.write(input, List.of(
        "{\"quoteID\":\"2021-05-01-000001\",\"quotation\":\"the ferry runs again on Monday\","
            + "\"speaker\":\"Ilse Marrow\",\"date\":\"2021-05-01 07:00:00\","
            + "\"probas\":[[\"Ilse Marrow\",\"0.9\"]],\"urls\":[\"https://harbourwatch.example/ferry\"]}",
        "{\"quoteID\":\"2021-05-01-000002\",\"quotation\":\"no date\",\"speaker\":\"Ilse Marrow\","
            + "\"urls\":[\"https://harbourwatch.example/ferry\"]}"));
    String output = dir.resolve("out").toString();

    assertEquals(0, run(input.toString(), "quotations", output), err.toString(StandardCharsets.UTF_8));

    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains(": 1 attributions, 1 lines failed; tables written to " + output), summary);
    assertEquals(1, LedgerTables.read(spark, output).attributions().count());
    Row failure = spark.read().parquet(output + "/" + ExtractedTables.FAILURES).first();
    assertEquals(2L, failure.<Long>getAs("line"));
    assertEquals("date", failure.getAs("field"));
    assertEquals(1, run("--fail-on-error", input.toString(), "quotations", output));
  }

  @Test
  void missingInputFailsTheJobNamingIt(@TempDir Path dir) {
    String missing = dir.resolve("missing.jsonl.bz2").toString();

    assertEquals(1, run(missing, "articles", dir.resolve("out").toString()));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.startsWith("claimtrail-spark: importing " + missing + " failed: "), errors);
  }

  @Test
  void wrongCommandLinesExitWithTwoAndTheUsage() {
    assertEquals(2, run("quotes.jsonl", "quotations"));
    assertEquals(2, run("quotes.jsonl", "speeches", "out"));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(errors.contains("unknown Quotebank layout 'speeches' (expected quotations, articles)"), errors);
    assertTrue(errors.contains(ImportQuotebankJob.USAGE), errors);
  }
}

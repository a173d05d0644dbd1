package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPublishedDataTest {
  private static final Path SAMPLES = Path.of("..", "core", "src", "test", "resources", "import");

  @TempDir Path dir;

  @Test
  void importsBothSamplesAndFindsTheQuotationAndTheReviewedClaim() throws Exception {
    Path report = dir.resolve("report.tsv");
    String out = Output.of(ImportPublishedData::main, SAMPLES.resolve("quotebank-sample.jsonl").toString(),
        SAMPLES.resolve("claimreview-array.json").toString(), report.toString());
    assertTrue(out.contains("Quotebank: 20 quotations imported, 0 skipped"), out);
    assertTrue(out.contains("ClaimReview: 2 claims reviewed"), out);
    assertTrue(out.contains("Amara Okafor"), out);
    assertTrue(out.contains("Mostly false"), out);
    assertTrue(Files.readAllLines(report).size() == 1, "the report holds only its header");
  }
}

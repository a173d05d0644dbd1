package dev.claimtrail.io.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.model.Claim;
import dev.claimtrail.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated and truncated ClaimReview samples import, or fail with {@link LedgerFormatException} —
 * never another exception — and a skip-and-report import accounts for every review it met.
 */
class ClaimReviewProperties {
  private static List<byte[]> samples;
  private static Path report;

  @BeforeContainer
  static void readSamples() throws IOException {
    samples = List.of(Files.readAllBytes(ClaimReviewSampleTest.ARRAY), Files.readAllBytes(ClaimReviewSampleTest.GRAPH),
        Files.readAllBytes(ClaimReviewSampleTest.SINGLE));
    report = Files.createTempFile("claimreview-report", ".tsv");
  }

  @AfterContainer
  static void deleteReport() throws IOException {
    Files.deleteIfExists(report);
  }

  @Property(tries = 300)
  void mutatedSamplesImportOrFailWithTheDocumentedException(@ForAll("mutatedSamples") byte[] input) {
    try {
      ImportResult result = ClaimReviews.read(new ByteArrayInputStream(input), "mutated", ImportOptions.strict());
      assertEquals(0, result.skipped());
    } catch (LedgerFormatException expected) {
      assertEquals("mutated", expected.source());
    }
  }

  @Property(tries = 300)
  void skipAndReportAccountsForEveryReview(@ForAll("mutatedSamples") byte[] input) throws IOException {
    ImportResult result;
    try {
      result = ClaimReviews.read(new ByteArrayInputStream(input), "mutated", ImportOptions.skipAndReport(report));
    } catch (LedgerFormatException notJsonOrNoReview) {
      return;
    }
    assertEquals(result.skipped() + 1, Files.readAllLines(report).size());
    long reviews = result.ledger().claims().stream().mapToLong(c -> c.reviews().size()).sum();
    assertTrue(reviews <= result.imported(), "identical reviews are kept once");
    for (Claim claim : result.ledger().claims()) {
      assertTrue(!claim.reviews().isEmpty(), claim.toString());
    }
  }

  @Provide
  Arbitrary<byte[]> mutatedSamples() {
    return Generators.damaged(samples, SNIPPETS, 6);
  }


  private static final List<String> SNIPPETS = List.of(
      "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999", "\"2.5\"", "\"@id\":\"x\",",
      "{\"@id\":\"https://veritas.example/#organization\"}", "\"@graph\":[],", "\"sameAs\":7,", "\"\"",
      "\"author\":[],", "\"appearance\":\"not a url\",", "\"datePublished\":\"2019-02-30\",", "\\u0000",
      "\\ud800", "\u00ff", "😀", "[".repeat(100), "9".repeat(40), " ");


}

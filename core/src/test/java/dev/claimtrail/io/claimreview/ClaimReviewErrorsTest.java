package dev.claimtrail.io.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad ClaimReview input: where strict mode fails, and what skip-and-report counts and writes. */
class ClaimReviewErrorsTest {
  private static final String GOOD = "{\"@type\":\"ClaimReview\",\"url\":\"https://check.example/1\","
      + "\"claimReviewed\":\"The sky is green\",\"author\":{\"@type\":\"Organization\",\"name\":\"Check\"},"
      + "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":1,\"bestRating\":5,\"worstRating\":1,"
      + "\"alternateName\":\"False\"},\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Person\","
      + "\"name\":\"Some One\"},\"datePublished\":\"2020-01-02\"}}";

  @TempDir
  Path dir;

  @Test
  void strictModeNamesTheFileTheLineOfTheReviewAndTheField() throws IOException {
    Path file = dir.resolve("reviews.json");
    Files.writeString(file, "[\n" + GOOD + ",\n" + GOOD.replace("\"ratingValue\":1", "\"ratingValue\":\"2.5\"") + "\n]");
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> ClaimReviews.read(file));
    assertEquals(file.toString(), e.source());
    assertEquals(3, e.line().getAsLong());
    assertEquals("[1].reviewRating.ratingValue", e.fieldPath().orElseThrow());
    assertTrue(e.reason().contains("whole number"), e.reason());
  }

  @Test
  void eachKindOfBadReviewIsRefusedWithItsField() {
    assertProblem("claimReviewed", "missing", GOOD.replace("\"claimReviewed\":\"The sky is green\",", ""));
    assertProblem("author", "missing", GOOD.replace("\"author\":{\"@type\":\"Organization\",\"name\":\"Check\"},", ""));
    assertProblem("author.name", "missing", GOOD.replace("\"name\":\"Check\"", "\"legalName\":\"Check\"")
        .replace("\"legalName\"", "\"url\""));
    assertProblem("reviewRating", "missing", GOOD.replaceAll("\"reviewRating\":\\{[^}]*\\},", ""));
    assertProblem("reviewRating.alternateName", "missing", GOOD.replace(",\"alternateName\":\"False\"", ""));
    assertProblem("reviewRating", "ratingValue 9 lies outside", GOOD.replace("\"ratingValue\":1", "\"ratingValue\":9"));
    assertProblem("url", "URL", GOOD.replace("https://check.example/1", "check.example/1"));
    assertProblem("itemReviewed.datePublished", "ISO 8601", GOOD.replace("2020-01-02", "2 January 2020"));
    assertProblem("itemReviewed.author", "more than one author",
        GOOD.replace("\"author\":{\"@type\":\"Person\",\"name\":\"Some One\"}",
            "\"author\":[{\"name\":\"A\"},{\"name\":\"B\"}]"));
    assertProblem("itemReviewed.appearance.url", "missing",
        GOOD.replace("\"datePublished\":\"2020-01-02\"}}", "\"appearance\":{\"headline\":\"x\"}}}"));
    assertProblem("itemReviewed.rating", "unknown field", GOOD.replace("\"@type\":\"Claim\"", "\"@type\":\"Claim\",\"rating\":1"));
    assertProblem("claimReviewed", "expected text", GOOD.replace("\"The sky is green\"", "[\"The sky\"]"));
    assertProblem("", "expected a JSON-LD node", "[1]");
  }

  @Test
  void aPartyMayBeGivenByItsNameAlone() {
    ImportResult result = read(GOOD.replace("{\"@type\":\"Organization\",\"name\":\"Check\"}", "\"Check\"")
        .replace("{\"@type\":\"Person\",\"name\":\"Some One\"}", "\"Some One\""), ImportOptions.strict());
    assertEquals("Check", result.ledger().claims().get(0).reviews().get(0).reviewer());
    assertEquals("Some One", result.ledger().speaker(ReviewImporter.speakerId("Some One")).orElseThrow().name());
  }

  @Test
  void inputThatIsNotJsonOrHoldsNoReviewFailsEvenWhenSkipping() {
    ImportOptions skip = ImportOptions.skipAndReport(dir.resolve("report.tsv"));
    LedgerFormatException broken = assertThrows(LedgerFormatException.class, () -> read("[" + GOOD + ",\n{", skip));
    assertEquals(2, broken.line().getAsLong());
    LedgerFormatException none = assertThrows(LedgerFormatException.class,
        () -> read("{\"@type\":\"WebPage\",\"url\":\"https://x.example\"}", skip));
    assertTrue(none.reason().contains("no ClaimReview"), none.reason());
    assertThrows(LedgerFormatException.class, () -> read("", skip));
    assertThrows(LedgerFormatException.class, () -> read(GOOD + " []", skip));
    assertThrows(LedgerFormatException.class, () -> read("[".repeat(5000) + "]".repeat(5000), skip));
  }

  @Test
  void skipAndReportKeepsTheGoodReviewsAndReportsTheBadOnes() throws IOException {
    Path report = dir.resolve("report.tsv");
    String input = "{\"@context\":\"https://schema.org\",\"@graph\":[\n" + GOOD + ",\n"
        + GOOD.replace("\"alternateName\":\"False\"", "\"alternateName\":\"\"") + ",\n"
        + GOOD.replace("The sky is green", "Water is dry").replace("check.example/1", "check.example/2") + "\n]}";
    ImportResult result = read(input, ImportOptions.skipAndReport(report));
    assertEquals(2, result.imported());
    assertEquals(1, result.skipped());
    assertEquals(2, result.ledger().claims().size());
    assertEquals(3, result.problems().get(0).line().getAsLong());
    assertEquals(List.of("line\tcolumn\tfield\treason", "3\t\t@graph[1].reviewRating.alternateName\tmust not be blank"),
        Files.readAllLines(report));
  }

  @Test
  void nestingPastTheLimitIsNamedWithItsLineAndColumn() {
    String deep = "[".repeat(ReadLimits.MAX_NESTING_DEPTH + 5) + "]".repeat(ReadLimits.MAX_NESTING_DEPTH + 5);
    LedgerFormatException e = assertThrows(LedgerFormatException.class,
        () -> read("[\n" + GOOD + ",\n {\"x\": " + deep + "}\n]", ImportOptions.strict()));
    assertEquals(3, e.line().orElse(0), e.getMessage());
    assertTrue(e.column().isPresent(), e.getMessage());
    assertTrue(e.reason().startsWith("input exceeds ReadLimits.MAX_NESTING_DEPTH"), e.getMessage());
  }

  @Test
  void anOverlongSlashIsRefusedWithItsByteOffsetNotReadAsASlash() {
    byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
    int slash = GOOD.indexOf("/1\"");
    byte[] overlong = new byte[good.length + 1];
    System.arraycopy(good, 0, overlong, 0, slash);
    overlong[slash] = (byte) 0xC0;
    overlong[slash + 1] = (byte) 0xAF;
    System.arraycopy(good, slash + 1, overlong, slash + 2, good.length - slash - 1);
    LedgerFormatException e = assertThrows(LedgerFormatException.class,
        () -> ClaimReviews.read(new ByteArrayInputStream(overlong), "in", ImportOptions.strict()));
    assertEquals("in: byte " + slash + ": not UTF-8: an overlong UTF-8 form of U+002F", e.getMessage());
  }

  private static ImportResult read(String json, ImportOptions options) {
    return ClaimReviews.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in", options);
  }

  private static void assertProblem(String field, String reasonPart, String json) {
    LedgerFormatException e = assertThrows(LedgerFormatException.class,
        () -> read("[\n" + GOOD.replace("/1\"", "/0\"") + ",\n" + json + "\n]", ImportOptions.strict()), json);
    String path = field.isEmpty() ? "[1]" : "[1]." + field;
    assertEquals(path, e.fieldPath().orElse(""), e.getMessage());
    assertEquals(3, e.line().getAsLong(), e.getMessage());
    assertTrue(e.reason().contains(reasonPart), e.getMessage());
  }

  @Test
  void theOptionsReadLimitsBoundEachString() {
    String json = GOOD.replace("The sky is green", "The sky is " + "very ".repeat(40) + "green");
    ImportOptions small = ImportOptions.strict().withLimits(ReadLimits.builder().maxStringLength(100).build());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> read(json, small));
    assertTrue(e.getMessage().contains("100"), e.getMessage());
    assertEquals(1, read(json, ImportOptions.strict()).imported());
  }
}

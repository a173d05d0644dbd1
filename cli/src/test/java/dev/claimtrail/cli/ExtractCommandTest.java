package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String ARTICLE =
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday.\n";

  @TempDir Path dir;

  @Test
  void theSeedArticlePrintsATableOfWhoSaidWhatWhenWhereAndReportedByWhom() {
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--published", "2024-08-20", "--no-graph");
    assertEquals(0, run.exitCode(), run.err());
    String header = run.out().lines().findFirst().orElseThrow();
    assertEquals("speaker", header.split("\\s*\\|\\s*")[0].strip());
    assertTrue(header.matches("speaker\\s+\\| statement\\s+\\| said\\s+\\| setting\\s+\\| reported by"), header);
    assertTrue(run.out().contains("We must sit down at the negotiating table"), run.out());
  }

  @Test
  void theSeedsMetadataFileAnchorsRelativeDatesWhenNoPublishedDateIsGiven() {
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--no-graph", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    String row = run.out().lines().filter(l -> l.contains("We must sit down at the negotiating table"))
        .findFirst().orElseThrow();
    assertTrue(row.contains(",2024-08-18,"), row);
  }

  @Test
  void standardInputIsReadForADash() {
    Cli.Run run = Cli.withStdin(ARTICLE, "extract", "-", "--published", "2024-03-02", "--outlet", "Harbour Gazette",
        "--format", "csv", "--no-graph");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertTrue(lines.get(0).startsWith("attributionId,speaker,statement,said,setting,"), lines.get(0));
    assertTrue(lines.get(1).contains(",Ana Moreno,"), run.out());
    assertTrue(lines.get(1).contains("The bridge reopens on Monday"), run.out());
    assertTrue(lines.get(1).contains("Harbour Gazette"), run.out());
  }

  @Test
  void everyJsonLineIsATypedRowWithTheIdsOfItsRecords() throws Exception {
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--format", "jsonl");
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper json = new ObjectMapper();
    for (String line : run.out().lines().collect(Collectors.toList())) {
      JsonNode row = json.readTree(line);
      for (String id : List.of("attributionId", "statementId", "speakerId", "documentId")) {
        assertTrue(row.get(id).isTextual(), () -> id + " missing from " + line);
      }
      assertTrue(row.get("said").isNull() || row.get("said").asText().matches("\\d{4}(-\\d\\d){0,2}"), line);
      assertTrue(row.get("confidence").isNumber(), line);
      row.fieldNames().forEachRemaining(key -> assertTrue(key.matches("[a-z][A-Za-z]*"), key));
    }
  }

  @Test
  void aMissingArticleIsNamedAndNothingIsWrittenWhenNoArticleIsLeft() {
    Path absent = dir.resolve("absent.txt");
    Path graph = dir.resolve("absent.dot");
    Path ledger = dir.resolve("absent.ledger.json");
    Cli.Run run = Cli.run("extract", absent.toString(), "--graph", graph.toString(), "-o", ledger.toString());
    assertEquals(1, run.exitCode());
    assertEquals(List.of("claimtrail: cannot extract " + absent + ": no such file: " + absent,
        "claimtrail: 1 of 1 article failed"), run.err().lines().collect(Collectors.toList()));
    assertEquals("", run.out());
    assertFalse(Files.exists(graph), "graph written for no article");
    assertFalse(Files.exists(ledger), "ledger written for no article");
  }

  @Test
  void anArticleThatIsNotUtf8IsRefusedWithTheOffsetOfTheBadByte() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Run run = Cli.run("extract", latin1.toString(), "--no-graph");
    assertEquals(1, run.exitCode());
    assertEquals(
        "claimtrail: cannot extract " + latin1 + ": " + latin1 + " is not UTF-8 text: invalid byte at offset 3",
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void articlesThatFailAreReportedInOrderAndTheOthersAreStillExtractedAndWritten() throws Exception {
    Path absent = dir.resolve("absent.txt");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path graph = dir.resolve("batch.dot");
    Path ledger = dir.resolve("batch.ledger.json");
    Cli.Run run = Cli.run("extract", absent.toString(), Seeds.ARTICLE.toString(), latin1.toString(),
        "--format", "csv", "--graph", graph.toString(), "-o", ledger.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("We must sit down at the negotiating table"), run.out());
    assertEquals(List.of(
            "claimtrail: cannot extract " + absent + ": no such file: " + absent,
            "claimtrail: cannot extract " + latin1 + ": " + latin1 + " is not UTF-8 text: invalid byte at offset 3",
            "claimtrail: wrote " + Ledger.load(ledger) + " to " + ledger,
            "claimtrail: wrote " + AttributionGraph.of(Ledger.load(ledger)) + " to " + graph,
            "claimtrail: 2 of 3 articles failed"),
        run.err().lines().collect(Collectors.toList()));
    assertTrue(Files.readString(graph).contains("Lukashenko"));
    assertTrue(Files.readString(ledger).contains("We must sit down at the negotiating table"));
  }

  @Test
  void commandsThatQueryArticlesStillStopOnOneThatCannotBeRead() {
    Path absent = dir.resolve("absent.txt");
    Cli.Run run = Cli.run("quotes", Seeds.ARTICLE.toString(), absent.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: no such file: " + absent, run.err().strip());
  }

  @Test
  void aPublishedDateThatIsNoDateIsAUsageError() {
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--published", "August");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("claimtrail: Invalid value for option '--published': not a date: 'August'"),
        run.err());
  }

  @Test
  void writesTheAttributionGraphInTheFormatOfTheFilesExtension() throws Exception {
    Path graph = dir.resolve("seed.dot");
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--graph", graph.toString());
    assertEquals(0, run.exitCode(), run.err());
    String dot = Files.readString(graph);
    assertTrue(dot.startsWith("digraph claimtrail {"), dot);
    assertTrue(dot.contains("Lukashenko"), dot);
  }

  @Test
  void withoutOutputOptionsNothingIsWrittenEvenForEmptyInput() throws Exception {
    List<Path> before = workingDirectory();
    Cli.Run seed = Cli.run("extract", Seeds.ARTICLE.toString());
    Cli.Run empty = Cli.withStdin("", "extract", "-");
    assertEquals(0, seed.exitCode(), seed.err());
    assertEquals(0, empty.exitCode(), empty.err());
    assertEquals("", seed.err() + empty.err());
    assertEquals(before, workingDirectory());
  }

  private static List<Path> workingDirectory() throws Exception {
    try (var files = Files.list(Path.of("").toAbsolutePath())) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theLedgerWrittenWithOIsNamedWithWhatItHolds() {
    Path ledger = dir.resolve("bridge.ledger.json");
    Cli.Run run = Cli.withStdin(ARTICLE, "extract", "-", "--published", "2024-03-02", "-o", ledger.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("claimtrail: wrote " + Ledger.load(ledger) + " to " + ledger, run.err().strip());
    assertTrue(run.err().contains("1 attributions"), run.err());
  }

  @Test
  void aLedgerWrittenAsACtlSnapshotIsReadBackByLedger() {
    Path ledger = dir.resolve("bridge.ctl");
    Cli.Run extract = Cli.withStdin(ARTICLE, "extract", "-", "--published", "2024-03-02", "-o", ledger.toString());
    assertEquals(0, extract.exitCode(), extract.err());
    Cli.Run quotes = Cli.run("quotes", "--ledger", ledger.toString(), "--format", "csv");
    assertEquals(0, quotes.exitCode(), quotes.err());
    assertTrue(quotes.out().contains("The bridge reopens on Monday"), quotes.out());
  }

  @Test
  void aGraphFileWithAnUnknownExtensionIsRefusedBeforeExtracting() {
    Cli.Run run = Cli.run("extract", dir.resolve("absent.txt").toString(), "--graph", "seed.png");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(
        "claimtrail: --graph seed.png: name a file ending in .dot, .graphml, .json, .jsonld or .ttl"), run.err());
  }

  @Test
  void oneUrlForTwoArticlesIsAUsageError() {
    Cli.Run run = Cli.run("extract", "a.txt", "b.txt", "--url", "https://example.org/a");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("claimtrail: --url names one article, but 2 files were given"), run.err());
  }
}

package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphCommandTest {
  @TempDir Path dir;

  @Test
  void writesDotToStandardOutputByDefault() {
    Cli.Run run = Cli.run("graph", Seeds.ARTICLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("digraph claimtrail {"), run.out());
    assertTrue(run.out().contains("Kuleba"), run.out());
  }

  @Test
  void theFormatOptionChoosesGraphMl() {
    Cli.Run run = Cli.run("graph", Seeds.ARTICLE.toString(), "--format", "graphml");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("<graphml"), run.out());
  }

  @Test
  void theOutputFilesExtensionChoosesTheFormat() throws Exception {
    Path file = dir.resolve("seed.json");
    Cli.Run run = Cli.run("graph", Seeds.ARTICLE.toString(), "-o", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("claimtrail: wrote AttributionGraph"), run.err());
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertTrue(json.toString().contains("Lukashenko"), json::toString);
  }

  @Test
  void turtleAndJsonLdCarryTheProvenanceTerms() {
    Cli.Run turtle = Cli.run("graph", Seeds.ARTICLE.toString(), "--format", "turtle");
    assertEquals(0, turtle.exitCode(), turtle.err());
    assertTrue(turtle.out().contains("prov:wasAttributedTo"), turtle.out());
    Cli.Run jsonLd = Cli.run("graph", Seeds.ARTICLE.toString(), "--format", "jsonld");
    assertEquals(0, jsonLd.exitCode(), jsonLd.err());
    assertTrue(jsonLd.out().contains("\"@context\""), jsonLd.out());
    assertTrue(jsonLd.out().contains("prov:wasAttributedTo"), jsonLd.out());
  }

  @Test
  void aSpeakersNeighbourhoodOfDepthOneHoldsOnlyWhatTheySaid() {
    Cli.Run whole = Cli.run("graph", Seeds.ARTICLE.toString());
    Cli.Run around = Cli.run("graph", Seeds.ARTICLE.toString(), "--speaker", "Lukashenko", "--depth", "1");
    assertEquals(0, around.exitCode(), around.err());
    assertTrue(around.out().contains("label=\"Alexander Lukashenko\""), around.out());
    assertFalse(around.out().contains("Kuleba"), around.out());
    assertTrue(around.out().length() < whole.out().length());
  }

  @Test
  void aSpeakerThatMatchesNobodyIsOneErrorLine() {
    Cli.Run run = Cli.run("graph", Seeds.ARTICLE.toString(), "--speaker", "Nobody Known");
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: no speaker matches 'Nobody Known'", run.err().strip());
  }

  @Test
  void anOutputFileOfUnknownFormatIsAUsageError() {
    Cli.Run run = Cli.run("graph", Seeds.ARTICLE.toString(), "-o", "seed.png");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(
        "claimtrail: -o seed.png: name a file ending in .dot, .graphml, .json, .jsonld or .ttl, or give --format"), run.err());
  }

  @ParameterizedTest
  @CsvSource({"dot, dot", "graphml, graphml", "json, json", "jsonld, jsonld", "ttl, turtle"})
  void aLoneSurrogateInTheLedgerIsWrittenAsTheReplacementCharacter(String extension, String format)
      throws Exception {
    Path ledger = dir.resolve("surrogate.json");
    Files.writeString(ledger, Files.readString(Seeds.LEDGER)
        .replace("\"name\": \"Alexander Lukashenko\"", "\"name\": \"Alexander Lukash\\ud800enko\""));
    Path file = dir.resolve("g." + extension);
    Cli.Run toFile = Cli.run("graph", "--ledger", ledger.toString(), "-o", file.toString());
    assertEquals(0, toFile.exitCode(), toFile.err());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Cli.Run printed = Cli.printingOn(stdout, "graph", "--ledger", ledger.toString(), "--format", format);
    assertEquals(0, printed.exitCode(), printed.err());
    for (byte[] bytes : List.of(Files.readAllBytes(file), stdout.toByteArray())) {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      assertTrue(text.contains("Lukash\uFFFDenko"), text);
      assertFalse(text.contains("Lukash?enko"), text);
    }
    assertEquals(Files.readString(file), stdout.toString(StandardCharsets.UTF_8));
  }
}

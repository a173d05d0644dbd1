package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

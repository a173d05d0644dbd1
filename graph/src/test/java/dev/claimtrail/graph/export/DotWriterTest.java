package dev.claimtrail.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.SampleLedger;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.seed.SeedFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotWriterTest {
  @TempDir Path dir;

  @Test
  void sampleGraphRendersWithoutWarnings() throws Exception {
    AttributionGraph graph = AttributionGraph.of(SampleLedger.ledger());
    Graphviz.Result svg = Graphviz.render(DotWriter.write(graph), "svg", dir);
    assertEquals(0, svg.exitCode, svg.stderr);
    assertEquals("", svg.stderr);
    assertTrue(svg.stdout.contains("id=\"speaker:lukashenko\""), "node keys become SVG ids");
  }

  @Test
  void seedGraphRendersWithoutWarningsWithEveryNodeAndEdge() throws Exception {
    AttributionGraph graph = AttributionGraph.of(SeedFiles.ledger());
    Graphviz.Result json = Graphviz.render(DotWriter.write(graph), "json", dir);
    assertEquals(0, json.exitCode, json.stderr);
    assertEquals("", json.stderr);
    JsonNode drawn = new ObjectMapper().readTree(json.stdout);
    Set<String> ids = new HashSet<>();
    drawn.path("objects").forEach(object -> ids.add(object.path("id").asText()));
    graph.nodes().forEach(node -> assertTrue(ids.contains(node.key()), node.key()));
    assertEquals(graph.nodes().size(), drawn.path("objects").size());
    assertEquals(graph.edges().size(), drawn.path("edges").size());
  }

  @Test
  void awkwardTextRendersAndComesBackAsTheLabelWasMeant() throws Exception {
    List<String> texts = List.of(
        "He said \"no\" twice", "ends with a backslash \\", "\\\"escaped\\\" already",
        "line one\nline two\ttabbed", "control \u0001 char", "<b>not html</b> & {braces} [brackets]",
        "emoji 🙂 and ünïcödé", "a \\n that is not a newline", "\\", "\"");
    Ledger.Builder b = Ledger.builder().add(Document.of(DocumentId.of("d")))
        .add(Speaker.of(SpeakerId.of("s \"quoted\" \\id"), "Speaker \\ \"X\"", Speaker.Kind.PERSON));
    for (int i = 0; i < texts.size(); i++) {
      b.add(Statement.of(StatementId.of("q" + i), texts.get(i), Statement.Kind.DIRECT_QUOTE));
      b.add(Attribution.builder().id(AttributionId.of("a" + i)).statement(StatementId.of("q" + i))
          .speaker(SpeakerId.of("s \"quoted\" \\id")).document(DocumentId.of("d"))
          .provenance(Provenance.curated("test")).build());
    }
    AttributionGraph graph = AttributionGraph.of(b.build());

    Graphviz.Result json = Graphviz.render(DotWriter.write(graph), "json", dir);

    assertEquals(0, json.exitCode, json.stderr);
    assertEquals("", json.stderr);
    Set<String> tooltips = new HashSet<>();
    for (JsonNode object : new ObjectMapper().readTree(json.stdout).path("objects")) {
      tooltips.add(unescapeEscString(object.path("tooltip").asText()));
    }
    for (String text : texts) {
      String expected = ExportText.plain(text).strip();
      assertTrue(tooltips.contains(expected), () -> "tooltip " + expected + " in " + tooltips);
    }
  }

  /** Graphviz's -Tjson keeps attributes as escStrings; this is how dot reads them when drawing. */
  private static String unescapeEscString(String escString) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escString.length(); i++) {
      char c = escString.charAt(i);
      if (c == '\\' && i + 1 < escString.length()) {
        out.append(escString.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

package dev.claimtrail.graph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.Edge;
import dev.claimtrail.graph.Node;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes an {@link AttributionGraph} as Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data":
 * {...}}], "edges": [{"data": {...}}]}}}, which {@code cytoscape({elements: ...})} and Cytoscape
 * desktop's JSON import read. A node's data has {@code id} (its key), {@code kind}, {@code label}
 * and its {@link Node#attributes()}; an edge's has {@code id} (its key), {@code source}, {@code
 * target}, {@code kind}, {@code label} and {@code attributions} (an array of attribution ids). An
 * unpaired surrogate, which record text may hold, is written as U+FFFD, so the output is always
 * valid UTF-8.
 */
public final class CytoscapeJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private CytoscapeJsonWriter() {}

  /**
   * {@return the Cytoscape.js JSON text of {@code graph}, pretty-printed}
   *
   * @param graph the graph to write
   */
  public static String write(AttributionGraph graph) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(graph, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the Cytoscape.js JSON of {@code graph} to {@code out} in UTF-8; {@code out} is flushed
   * but not closed. Throws {@link UncheckedIOException} when writing fails.
   *
   * @param graph the graph to write
   * @param out where to write it as UTF-8; flushed, not closed
   */
  public static void write(AttributionGraph graph, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      write(graph, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the Cytoscape.js JSON of {@code graph} to {@code out}; {@code out} is flushed but not
   * closed. Throws {@link UncheckedIOException} when writing fails.
   *
   * @param graph the graph to write
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, Writer out) {
    try (JsonGenerator json = JSON.createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      write(graph, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(AttributionGraph graph, JsonGenerator json) throws IOException {
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeObjectFieldStart("elements");
    json.writeArrayFieldStart("nodes");
    for (Node node : graph.nodes()) {
      json.writeStartObject();
      json.writeObjectFieldStart("data");
      json.writeStringField("id", ExportText.wellFormed(node.key()));
      json.writeStringField("kind", node.kind().label());
      json.writeStringField("label", ExportText.wellFormed(node.label()));
      for (var attribute : node.attributes().entrySet()) {
        json.writeStringField(attribute.getKey(), ExportText.wellFormed(attribute.getValue()));
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("edges");
    for (Edge edge : graph.edges()) {
      json.writeStartObject();
      json.writeObjectFieldStart("data");
      json.writeStringField("id", ExportText.wellFormed(edge.key()));
      json.writeStringField("source", ExportText.wellFormed(edge.source().key()));
      json.writeStringField("target", ExportText.wellFormed(edge.target().key()));
      json.writeStringField("kind", edge.kind().name().toLowerCase(Locale.ROOT));
      json.writeStringField("label", edge.kind().label());
      json.writeArrayFieldStart("attributions");
      for (var id : edge.attributions()) {
        json.writeString(ExportText.wellFormed(id.value()));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.flush();
  }
}

package dev.claimtrail.graph.export;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.Edge;
import dev.claimtrail.graph.EdgeKind;
import dev.claimtrail.graph.Node;
import dev.claimtrail.graph.NodeKind;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Writes an {@link AttributionGraph} as a Graphviz DOT digraph with JGraphT's {@link DOTExporter}.
 * Nodes are {@code n0}, {@code n1}, ... in graph order, each with its key as Graphviz {@code id}
 * (so SVG output can be mapped back), a label cut to {@value #MAX_LABEL} characters and wrapped,
 * the full text as tooltip, and a shape and colour per {@link NodeKind}. Edges carry the relation
 * as label and the ids of the attributions behind them as tooltip; stances are coloured.
 */
public final class DotWriter {
  private static final int MAX_LABEL = 120;
  private static final int LINE_WIDTH = 32;
  private static final int MAX_TOOLTIP = 1000;

  private DotWriter() {}

  /**
   * {@return the DOT text of {@code graph}}
   *
   * @param graph the graph to write
   */
  public static String write(AttributionGraph graph) {
    StringWriter out = new StringWriter();
    write(graph, out);
    return out.toString();
  }

  /**
   * Writes the DOT text of {@code graph} to {@code out}, which is flushed but not closed. Throws
   * JGraphT's unchecked {@link ExportException} when writing fails.
   *
   * @param graph the graph to write
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, Writer out) {
    Map<Node, String> ids = new HashMap<>();
    for (Node node : graph.nodes()) {
      ids.put(node, "n" + ids.size());
    }
    DOTExporter<Node, Edge> exporter = new DOTExporter<>(ids::get);
    exporter.setGraphIdProvider(() -> "claimtrail");
    exporter.setGraphAttributeProvider(DotWriter::graphAttributes);
    exporter.setVertexAttributeProvider(DotWriter::nodeAttributes);
    exporter.setEdgeAttributeProvider(DotWriter::edgeAttributes);
    exporter.exportGraph(graph.graph(), out);
  }

  private static Map<String, Attribute> graphAttributes() {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
    attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
    return attributes;
  }

  private static Map<String, Attribute> nodeAttributes(Node node) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("id", DefaultAttribute.createAttribute(ExportText.dotString(node.key(), Integer.MAX_VALUE)));
    attributes.put("label", DefaultAttribute.createAttribute(ExportText.dotLabel(node.label(), MAX_LABEL, LINE_WIDTH)));
    attributes.put("tooltip", DefaultAttribute.createAttribute(ExportText.dotString(node.label(), MAX_TOOLTIP)));
    attributes.put("shape", DefaultAttribute.createAttribute(shape(node.kind())));
    attributes.put("style", DefaultAttribute.createAttribute("filled"));
    attributes.put("fillcolor", DefaultAttribute.createAttribute(fill(node.kind())));
    attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
    return attributes;
  }

  private static Map<String, Attribute> edgeAttributes(Edge edge) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("label", DefaultAttribute.createAttribute(edge.kind().label()));
    if (!edge.attributions().isEmpty()) {
      String behind = edge.attributions().stream().map(Object::toString).collect(Collectors.joining(", "));
      attributes.put("tooltip", DefaultAttribute.createAttribute(ExportText.dotString(behind, MAX_TOOLTIP)));
    }
    attributes.put("color", DefaultAttribute.createAttribute(color(edge.kind())));
    if (edge.kind() == EdgeKind.VIA) {
      attributes.put("style", DefaultAttribute.createAttribute("dashed"));
    }
    attributes.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
    return attributes;
  }

  private static String shape(NodeKind kind) {
    switch (kind) {
      case SPEAKER:
        return "ellipse";
      case STATEMENT:
        return "note";
      case CLAIM:
        return "hexagon";
      case DOCUMENT:
        return "box";
      default:
        return "house";
    }
  }

  private static String fill(NodeKind kind) {
    switch (kind) {
      case SPEAKER:
        return "#cfe2f3";
      case STATEMENT:
        return "#fff2cc";
      case CLAIM:
        return "#f4cccc";
      case DOCUMENT:
        return "#d9ead3";
      default:
        return "#e6e6e6";
    }
  }

  private static String color(EdgeKind kind) {
    switch (kind) {
      case ASSERTS:
        return "#1f77b4";
      case DENIES:
        return "#d62728";
      case CONFIRMS:
        return "#2ca02c";
      case DISPUTES:
        return "#ff7f0e";
      default:
        return "#444444";
    }
  }
}

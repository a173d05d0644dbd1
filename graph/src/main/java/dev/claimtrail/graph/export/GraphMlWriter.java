package dev.claimtrail.graph.export;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.Edge;
import dev.claimtrail.graph.Node;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes an {@link AttributionGraph} as GraphML with JGraphT's {@link GraphMLExporter}, for Gephi,
 * yEd, Cytoscape and networkx. GraphML ids must be XML name tokens, so nodes are {@code n0},
 * {@code n1}, ... and edges {@code e0}, {@code e1}, ... in graph order; every node and edge has the
 * string attributes {@value #KEY} (the node or edge key, e.g. {@code speaker:s1}), {@value #KIND}
 * and {@value #LABEL}; nodes also have their {@link Node#attributes()} (each declared as a GraphML
 * key), edges {@value #ATTRIBUTIONS} (the attribution ids, comma-separated). Characters XML does
 * not allow become U+FFFD.
 */
public final class GraphMlWriter {
  /** The attribute holding the node or edge key. */
  public static final String KEY = "key";
  /** The attribute holding the node or edge kind. */
  public static final String KIND = "kind";
  /** The attribute holding the label. */
  public static final String LABEL = "label";
  /** The edge attribute holding the attribution ids. */
  public static final String ATTRIBUTIONS = "attributions";

  private GraphMlWriter() {}

  /**
   * {@return the GraphML text of {@code graph}}
   *
   * @param graph the graph to write
   */
  public static String write(AttributionGraph graph) {
    StringWriter out = new StringWriter();
    write(graph, out);
    return out.toString();
  }

  /**
   * Writes the GraphML text of {@code graph} to {@code out}, which is flushed but not closed.
   * Throws JGraphT's unchecked {@link ExportException} when writing fails.
   *
   * @param graph the graph to write
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, Writer out) {
    Map<Node, String> nodeIds = new HashMap<>();
    graph.nodes().forEach(node -> nodeIds.put(node, "n" + nodeIds.size()));
    Map<Edge, String> edgeIds = new HashMap<>();
    graph.edges().forEach(edge -> edgeIds.put(edge, "e" + edgeIds.size()));
    GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(nodeIds::get);
    exporter.setEdgeIdProvider(edgeIds::get);
    exporter.registerAttribute(KEY, AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute(KIND, AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute(LABEL, AttributeCategory.ALL, AttributeType.STRING);
    exporter.registerAttribute(ATTRIBUTIONS, AttributeCategory.EDGE, AttributeType.STRING);
    Set<String> nodeAttributeNames = new LinkedHashSet<>();
    graph.nodes().forEach(n -> nodeAttributeNames.addAll(n.attributes().keySet()));
    nodeAttributeNames.forEach(name ->
        exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING));
    exporter.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
    exporter.setEdgeAttributeProvider(GraphMlWriter::edgeAttributes);
    exporter.exportGraph(graph.graph(), out);
  }

  private static Map<String, Attribute> nodeAttributes(Node node) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put(KEY, text(node.key()));
    attributes.put(KIND, text(node.kind().label()));
    attributes.put(LABEL, text(node.label()));
    node.attributes().forEach((name, value) -> attributes.put(name, text(value)));
    return attributes;
  }

  private static Map<String, Attribute> edgeAttributes(Edge edge) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put(KEY, text(edge.key()));
    attributes.put(KIND, text(edge.kind().name().toLowerCase(java.util.Locale.ROOT)));
    attributes.put(LABEL, text(edge.kind().label()));
    if (!edge.attributions().isEmpty()) {
      attributes.put(ATTRIBUTIONS, text(edge.attributions().stream()
          .map(Object::toString).collect(Collectors.joining(","))));
    }
    return attributes;
  }

  private static Attribute text(String value) {
    return DefaultAttribute.createAttribute(ExportText.plain(value));
  }
}

package dev.claimtrail.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.Edge;
import dev.claimtrail.graph.Node;
import dev.claimtrail.graph.SampleLedger;
import dev.claimtrail.seed.SeedFiles;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GraphML and Cytoscape.js JSON read back by other code give the graph that was written, for the
 * sample ledger with every kind of node and edge and for the curated seed ledger.
 */
class ReadBackTest {
  static Stream<Arguments> graphs() {
    return Stream.of(
        Arguments.of("sample", AttributionGraph.of(SampleLedger.ledger())),
        Arguments.of("seed", AttributionGraph.of(SeedFiles.ledger())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphs")
  void graphMlReadsBackWithJGraphTWithTheSameNodesEdgesAndLabels(String name, AttributionGraph graph) {
    Graph<String, String> read = new DirectedPseudograph<>(null, SupplierUtil.createStringSupplier(), false);
    GraphMLImporter<String, String> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    Map<String, Map<String, String>> nodeAttributes = new TreeMap<>();
    Map<String, String> edgeLabels = new LinkedHashMap<>();
    importer.addVertexAttributeConsumer((vertexAndName, value) -> nodeAttributes
        .computeIfAbsent(vertexAndName.getFirst(), k -> new TreeMap<>())
        .put(vertexAndName.getSecond(), value.getValue()));
    importer.addEdgeAttributeConsumer((edgeAndName, value) -> {
      if (edgeAndName.getSecond().equals(GraphMlWriter.LABEL)) {
        edgeLabels.put(edgeAndName.getFirst(), value.getValue());
      }
    });

    importer.importGraph(read, new StringReader(GraphMlWriter.write(graph)));

    assertEquals(graph.nodes().size(), read.vertexSet().size());
    assertEquals(graph.edges().size(), read.edgeSet().size());
    Map<String, String> keyOfId = new TreeMap<>();
    Map<String, String> nodeLabels = new TreeMap<>();
    nodeAttributes.forEach((id, attributes) -> {
      keyOfId.put(id, attributes.get(GraphMlWriter.KEY));
      nodeLabels.put(attributes.get(GraphMlWriter.KEY), attributes.get(GraphMlWriter.LABEL));
    });
    assertEquals(expectedNodeLabels(graph), nodeLabels);
    for (Node node : graph.nodes()) {
      Map<String, String> expected = new TreeMap<>(node.attributes());
      expected.put(GraphMlWriter.KEY, node.key());
      expected.put(GraphMlWriter.KIND, node.kind().label());
      expected.put(GraphMlWriter.LABEL, node.label());
      expected.put("ID", keyOfId.entrySet().stream()
          .filter(e -> e.getValue().equals(node.key())).findFirst().orElseThrow().getKey());
      assertEquals(expected, nodeAttributes.get(expected.get("ID")), node.key());
    }
    assertEquals(expectedEdgeLabels(graph), edgeLabels.keySet().stream()
        .collect(Collectors.groupingBy(
            e -> keyOfId.get(read.getEdgeSource(e)) + "->" + keyOfId.get(read.getEdgeTarget(e)), TreeMap::new,
            Collectors.mapping(edgeLabels::get, Collectors.toCollection(java.util.TreeSet::new)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphs")
  void cytoscapeJsonReadsBackWithTheSameNodesEdgesAndLabels(String name, AttributionGraph graph) throws Exception {
    JsonNode elements = new ObjectMapper().readTree(CytoscapeJsonWriter.write(graph)).path("elements");
    Map<String, String> nodeLabels = new TreeMap<>();
    for (JsonNode node : elements.path("nodes")) {
      nodeLabels.put(node.path("data").path("id").asText(), node.path("data").path("label").asText());
    }
    Map<String, java.util.TreeSet<String>> edgeLabels = new TreeMap<>();
    for (JsonNode edge : elements.path("edges")) {
      JsonNode data = edge.path("data");
      edgeLabels.computeIfAbsent(data.path("source").asText() + "->" + data.path("target").asText(),
          k -> new java.util.TreeSet<>()).add(data.path("label").asText());
    }
    assertEquals(graph.nodes().size(), elements.path("nodes").size());
    assertEquals(graph.edges().size(), elements.path("edges").size());
    assertEquals(expectedNodeLabels(graph), nodeLabels);
    assertEquals(expectedEdgeLabels(graph), edgeLabels);
  }

  private static Map<String, String> expectedNodeLabels(AttributionGraph graph) {
    return graph.nodes().stream().collect(Collectors.toMap(Node::key, Node::label, (a, b) -> a, TreeMap::new));
  }

  private static Map<String, java.util.TreeSet<String>> expectedEdgeLabels(AttributionGraph graph) {
    return graph.edges().stream().collect(Collectors.groupingBy(
        (Edge e) -> e.source().key() + "->" + e.target().key(), TreeMap::new,
        Collectors.mapping(e -> e.kind().label(), Collectors.toCollection(java.util.TreeSet::new))));
  }
}

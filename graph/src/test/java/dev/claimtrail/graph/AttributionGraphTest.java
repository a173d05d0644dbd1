package dev.claimtrail.graph;

import static dev.claimtrail.graph.SampleLedger.ARTICLE;
import static dev.claimtrail.graph.SampleLedger.JOHNSON;
import static dev.claimtrail.graph.SampleLedger.JOHNSON_DENIAL;
import static dev.claimtrail.graph.SampleLedger.JOHNSON_ENDED_TALKS;
import static dev.claimtrail.graph.SampleLedger.PUBLISHER;
import static dev.claimtrail.graph.SampleLedger.PUTIN;
import static dev.claimtrail.graph.SampleLedger.PUTIN_IMPOSSIBLE;
import static dev.claimtrail.graph.SampleLedger.RT_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.RecordId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttributionGraphTest {
  private final Ledger ledger = SampleLedger.ledger();
  private final AttributionGraph graph = AttributionGraph.of(ledger);

  @Test
  void everyRecordIsOneNodeAndEveryReferenceOneEdge() {
    int records = ledger.speakers().size() + ledger.outlets().size() + ledger.documents().size()
        + ledger.statements().size() + ledger.claims().size();
    assertEquals(records, graph.nodes().size());
    Map<EdgeKind, Long> counts = new TreeMap<>(graph.edges().stream()
        .collect(Collectors.groupingBy(Edge::kind, Collectors.counting())));
    Map<EdgeKind, Long> expected = new TreeMap<>(Map.ofEntries(
        Map.entry(EdgeKind.SAID, 6L), Map.entry(EdgeKind.REPORTED_IN, 6L),
        Map.entry(EdgeKind.PUBLISHED_BY, 2L), Map.entry(EdgeKind.VIA, 1L),
        Map.entry(EdgeKind.ASSERTS, 1L), Map.entry(EdgeKind.DENIES, 1L),
        Map.entry(EdgeKind.CONFIRMS, 1L), Map.entry(EdgeKind.CITES, 1L),
        Map.entry(EdgeKind.LINKS_TO, 1L), Map.entry(EdgeKind.SAID_ON, 1L),
        Map.entry(EdgeKind.AFFILIATED_WITH, 1L), Map.entry(EdgeKind.SPEAKS_AS, 1L),
        Map.entry(EdgeKind.REVIEWED_BY, 1L)));
    assertEquals(expected, counts);
  }

  @Test
  void viaEdgeGoesFromTheSecondHandStatementToTheStatementItCameThrough() {
    Edge via = only(graph.edges().stream().filter(e -> e.kind() == EdgeKind.VIA).collect(Collectors.toSet()));
    assertEquals(node(PUTIN_IMPOSSIBLE), via.source());
    assertEquals(node(RT_NOTE), via.target());
    assertEquals(List.of(AttributionId.of("a-putin-impossible")), via.attributions());
  }

  @Test
  void attributionsOfTheSameWordsByTheSameSpeakerShareOneSaidEdge() {
    DocumentId other = DocumentId.of("other");
    Attribution original = ledger.attribution(AttributionId.of("a-johnson-denies")).orElseThrow();
    Ledger twice = ledger.toBuilder()
        .add(Document.of(other))
        .add(Attribution.builder().id(AttributionId.of("a-again")).statement(JOHNSON_DENIAL)
            .speaker(JOHNSON).document(other).provenance(Provenance.curated("test")).build())
        .build();
    Set<Edge> said = AttributionGraph.of(twice).edges().stream()
        .filter(e -> e.kind() == EdgeKind.SAID && e.source().id().equals(JOHNSON.value()))
        .collect(Collectors.toSet());
    assertEquals(List.of(original.id(), AttributionId.of("a-again")), only(said).attributions());
  }

  @Test
  void speakerNeighbourhoodGrowsWithDepth() {
    assertEquals(Set.of(node(JOHNSON)), graph.neighbourhood(JOHNSON, 0).nodes());
    assertEquals(Set.of(node(JOHNSON), node(JOHNSON_DENIAL)), graph.neighbourhood(JOHNSON, 1).nodes());
    assertEquals(Set.of(node(JOHNSON), node(JOHNSON_DENIAL), node(ARTICLE), node(JOHNSON_ENDED_TALKS)),
        graph.neighbourhood(JOHNSON, 2).nodes());
    assertEquals(3, graph.neighbourhood(JOHNSON, 2).edges().size());
  }

  @Test
  void claimStanceNetworkHoldsTheStatementsTakingPositionsAndTheirSpeakers() {
    AttributionGraph network = graph.stanceNetwork(JOHNSON_ENDED_TALKS, 2);
    assertEquals(Set.of("claim", "statement", "speaker"),
        network.nodes().stream().map(n -> n.kind().label()).collect(Collectors.toSet()));
    assertEquals(7, network.nodes().size());
    assertEquals(Set.of(EdgeKind.ASSERTS, EdgeKind.DENIES, EdgeKind.CONFIRMS, EdgeKind.SAID),
        network.edges().stream().map(Edge::kind).collect(Collectors.toSet()));
    assertEquals(6, network.edges().size());
  }

  @Test
  void propagationTreeFollowsViaThenReportsThenOutlets() {
    AttributionGraph tree = graph.propagationTree(PUTIN_IMPOSSIBLE, 2);
    assertEquals(Set.of(node(PUTIN_IMPOSSIBLE), node(RT_NOTE), node(ARTICLE), node(PUBLISHER)), tree.nodes());
    assertEquals(tree.nodes().size() - 1, tree.edges().size());
    assertEquals(3, graph.propagationTree(PUTIN_IMPOSSIBLE, 1).nodes().size());
  }

  @Test
  void subgraphsRefuseNegativeDepthsAndUnknownStarts() {
    assertThrows(IllegalArgumentException.class, () -> graph.neighbourhood(JOHNSON, -1));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> graph.neighbourhood(dev.claimtrail.model.SpeakerId.of("nobody"), 1));
    assertTrue(unknown.getMessage().contains("speaker 'nobody'"), unknown.getMessage());
  }

  @Test
  void graphOfSomeAttributionsHoldsEverythingTheyReferTo() {
    AttributionGraph part = AttributionGraph.of(ledger, List.of(AttributionId.of("a-putin-impossible")));
    assertEquals(Set.of("speaker:putin", "speaker:rt-speaker", "statement:q-putin-impossible",
            "statement:q-rt-note", "document:article", "document:related", "outlet:rt",
            "outlet:publisher"),
        part.nodes().stream().map(Node::key).collect(Collectors.toSet()));
    assertEquals(Set.of(AttributionId.of("a-putin-impossible"), AttributionId.of("a-rt-note")),
        part.attributions().stream().map(Attribution::id).collect(Collectors.toSet()));
    assertTrue(part.node(PUTIN).isPresent());
  }

  @Test
  void graphOfAnUnknownAttributionIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributionGraph.of(ledger, List.of(AttributionId.of("missing"))));
    assertTrue(e.getMessage().contains("'missing'"), e.getMessage());
  }

  private Node node(RecordId id) {
    return graph.node(id).orElseThrow();
  }

  private static <T> T only(Set<T> items) {
    assertEquals(1, items.size(), items::toString);
    return items.iterator().next();
  }
}

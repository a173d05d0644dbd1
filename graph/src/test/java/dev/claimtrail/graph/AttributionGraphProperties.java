package dev.claimtrail.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

class AttributionGraphProperties {
  private static final AttributionGraph GRAPH = AttributionGraph.of(SampleLedger.ledger());

  @Property(tries = 100)
  void propagationTreeIsAConnectedTree(
      @ForAll("statements") StatementId statement, @ForAll @IntRange(min = 0, max = 6) int depth) {
    AttributionGraph tree = GRAPH.propagationTree(statement, depth);
    assertEquals(tree.nodes().size() - 1, tree.edges().size());
    assertTrue(new ConnectivityInspector<>(tree.graph()).isConnected());
  }

  @Property(tries = 100)
  void deeperNeighbourhoodContainsTheShallowerOne(
      @ForAll("speakers") SpeakerId speaker, @ForAll @IntRange(min = 0, max = 5) int depth) {
    AttributionGraph near = GRAPH.neighbourhood(speaker, depth);
    AttributionGraph far = GRAPH.neighbourhood(speaker, depth + 1);
    assertTrue(far.nodes().containsAll(near.nodes()));
    assertTrue(far.edges().containsAll(near.edges()));
    assertTrue(GRAPH.nodes().containsAll(far.nodes()));
  }

  @Provide
  Arbitrary<StatementId> statements() {
    List<StatementId> ids = SampleLedger.ledger().statements().stream()
        .map(s -> s.id()).collect(Collectors.toList());
    return Arbitraries.of(ids);
  }

  @Provide
  Arbitrary<SpeakerId> speakers() {
    List<SpeakerId> ids = SampleLedger.ledger().speakers().stream()
        .map(s -> s.id()).collect(Collectors.toList());
    return Arbitraries.of(ids);
  }
}

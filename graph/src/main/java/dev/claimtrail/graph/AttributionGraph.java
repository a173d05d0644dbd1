package dev.claimtrail.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.collect.ImmutableSet;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A graph view of a {@link Ledger}: a directed JGraphT graph of {@link Node}s and {@link Edge}s
 * (loops and edges of different kinds between the same two nodes allowed), together with the
 * ledger its records come from. Build one for a whole ledger with {@link #of(Ledger)} or for some
 * attributions with {@link #of(Ledger, Collection)}; cut depth-limited subgraphs with {@link
 * #neighbourhood(SpeakerId, int)}, {@link #stanceNetwork(ClaimId, int)} and {@link
 * #propagationTree(StatementId, int)}. Immutable and safe to share between threads; nodes and
 * edges keep ledger order.
 */
public final class AttributionGraph {
  private static final Set<EdgeKind> STANCE_NETWORK_KINDS =
      EnumSet.of(EdgeKind.ASSERTS, EdgeKind.DENIES, EdgeKind.CONFIRMS, EdgeKind.DISPUTES, EdgeKind.SAID);
  private static final Set<EdgeKind> PROPAGATION_KINDS =
      EnumSet.of(EdgeKind.VIA, EdgeKind.REPORTED_IN, EdgeKind.SAID_ON, EdgeKind.PUBLISHED_BY);

  private final Ledger ledger;
  private final Graph<Node, Edge> graph;
  private final Map<String, Node> nodesByKey;

  private AttributionGraph(Ledger ledger, Graph<Node, Edge> graph) {
    this.ledger = ledger;
    this.graph = new AsUnmodifiableGraph<>(graph);
    Map<String, Node> byKey = new LinkedHashMap<>();
    graph.vertexSet().forEach(n -> byKey.put(n.key(), n));
    this.nodesByKey = byKey;
  }

  /**
   * {@return the graph of every record of {@code ledger}}
   *
   * @param ledger the ledger to draw
   */
  public static AttributionGraph of(Ledger ledger) {
    return new AttributionGraph(ledger, GraphAssembly.assemble(ledger));
  }

  /**
   * {@return the graph of the given attributions of {@code ledger} and of every record they refer to,
   * directly or through other records (the attributions they came via, the outlets of their
   * documents, ...)} Throws {@link IllegalArgumentException} naming an attribution that is not in
   * the ledger.
   *
   * @param ledger the ledger that holds the attributions
   * @param attributions the attributions to draw, with the records they refer to
   */
  public static AttributionGraph of(Ledger ledger, Collection<AttributionId> attributions) {
    return of(ReferenceClosure.of(ledger, attributions));
  }

  /** {@return the ledger whose records the nodes and edges stand for} */
  public Ledger ledger() {
    return ledger;
  }

  /** {@return the graph itself, read-only, for JGraphT's algorithms and exporters} */
  public Graph<Node, Edge> graph() {
    return graph;
  }

  /** {@return the nodes, in ledger order (speakers, outlets, documents, statements, claims)} */
  public Set<Node> nodes() {
    return graph.vertexSet();
  }

  /** {@return the edges, in the order of the records they come from} */
  public Set<Edge> edges() {
    return graph.edgeSet();
  }

  /**
   * {@return the node of the record with the given id, if it is in this graph}
   *
   * @param id the id of a record of the ledger
   */
  public Optional<Node> node(RecordId id) {
    return Optional.ofNullable(nodesByKey.get(NodeKind.of(id).label() + ":" + id.value()));
  }

  /**
   * {@return the speaker's neighbourhood: every node at most {@code depth} edges away from the speaker,
   * whichever way the edges point, with all edges between those nodes} Throws {@link
   * IllegalArgumentException} for a negative depth or a speaker not in the graph.
   *
   * @param speaker the speaker at the centre
   * @param depth how many edges away from the speaker to go, at least 0
   */
  public AttributionGraph neighbourhood(SpeakerId speaker, int depth) {
    return reach(speaker, depth, EnumSet.allOf(EdgeKind.class), true, false);
  }

  /**
   * {@return the claim's stance network: the statements that take positions toward the claim, the speakers
   * who said them, and, with more depth, the speakers' other statements and the claims those bear
   * on, following only stance and "said" edges, at most {@code depth} edges from the claim}
   *
   * @param claim the claim at the centre
   * @param depth how many edges away from the claim to go, at least 0
   */
  public AttributionGraph stanceNetwork(ClaimId claim, int depth) {
    return reach(claim, depth, STANCE_NETWORK_KINDS, true, false);
  }

  /**
   * {@return the statement's propagation tree: from the statement along "via", "reported in", "said on" and
   * "published by" edges in their direction, as a breadth-first tree of at most {@code depth}
   * levels: the statements it was relayed through, the documents that report it and the outlets
   * that published those} Each node is reached once, by its shortest path.
   *
   * @param statement the statement whose spread to follow
   * @param depth how many edges away from the statement to go, at least 0
   */
  public AttributionGraph propagationTree(StatementId statement, int depth) {
    return reach(statement, depth, PROPAGATION_KINDS, false, true);
  }

  private AttributionGraph reach(
      RecordId startId, int depth, Set<EdgeKind> kinds, boolean bothWays, boolean treeOnly) {
    checkArgument(depth >= 0, "depth must not be negative: %s", depth);
    Node start = node(startId).orElseThrow(() -> new IllegalArgumentException(
        "no " + NodeKind.of(startId).label() + " '" + startId + "' in this graph"));
    Map<Node, Integer> level = new LinkedHashMap<>();
    Set<Edge> treeEdges = new LinkedHashSet<>();
    Deque<Node> queue = new ArrayDeque<>();
    level.put(start, 0);
    queue.add(start);
    while (!queue.isEmpty()) {
      Node current = queue.remove();
      if (verifyNotNull(level.get(current)) == depth) {
        continue;
      }
      Set<Edge> candidates = bothWays ? graph.edgesOf(current) : graph.outgoingEdgesOf(current);
      for (Edge edge : candidates) {
        if (!kinds.contains(edge.kind())) {
          continue;
        }
        Node next = graph.getEdgeSource(edge).equals(current) ? graph.getEdgeTarget(edge) : graph.getEdgeSource(edge);
        if (!level.containsKey(next)) {
          level.put(next, level.get(current) + 1);
          treeEdges.add(edge);
          queue.add(next);
        }
      }
    }
    Graph<Node, Edge> sub = new DirectedPseudograph<>(null, null, false);
    level.keySet().forEach(sub::addVertex);
    Collection<Edge> kept = treeOnly ? treeEdges : edgesAmong(level.keySet(), kinds);
    kept.forEach(e -> sub.addEdge(e.source(), e.target(), e));
    return new AttributionGraph(ledger, sub);
  }

  private Set<Edge> edgesAmong(Set<Node> nodes, Set<EdgeKind> kinds) {
    ImmutableSet.Builder<Edge> out = ImmutableSet.builder();
    for (Edge edge : graph.edgeSet()) {
      if (kinds.contains(edge.kind()) && nodes.contains(edge.source()) && nodes.contains(edge.target())) {
        out.add(edge);
      }
    }
    return out.build();
  }

  /** {@return the attributions of {@code ledger} behind the edges of this graph, in ledger order} */
  public Set<Attribution> attributions() {
    Set<AttributionId> ids = new LinkedHashSet<>();
    edges().forEach(e -> ids.addAll(e.attributions()));
    ImmutableSet.Builder<Attribution> out = ImmutableSet.builder();
    for (Attribution a : ledger.attributions()) {
      if (ids.contains(a.id())) {
        out.add(a);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return String.format("AttributionGraph[%d nodes, %d edges]", nodes().size(), edges().size());
  }

}

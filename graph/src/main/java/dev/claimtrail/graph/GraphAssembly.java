package dev.claimtrail.graph;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jspecify.annotations.Nullable;

/**
 * Turns the records of a ledger into nodes and their references into edges: one node per speaker,
 * outlet, document, statement and claim; one edge per relation and pair of nodes, listing the
 * attributions behind it.
 */
final class GraphAssembly {
  private final Ledger ledger;
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, List<AttributionId>> edgeAttributions = new LinkedHashMap<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();

  private GraphAssembly(Ledger ledger) {
    this.ledger = ledger;
  }

  static Graph<Node, Edge> assemble(Ledger ledger) {
    return new GraphAssembly(ledger).build();
  }

  private Graph<Node, Edge> build() {
    Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
    ledger.speakers().forEach(s -> add(graph, speaker(s)));
    ledger.outlets().forEach(s -> add(graph, outlet(s)));
    ledger.documents().forEach(d -> add(graph, document(d)));
    ledger.statements().forEach(s -> add(graph, statement(s)));
    ledger.claims().forEach(c -> add(graph, claim(c)));

    for (Speaker s : ledger.speakers()) {
      s.affiliation().ifPresent(a -> relate(EdgeKind.AFFILIATED_WITH, s.id(), a.speaker(), null));
      s.outlet().ifPresent(o -> relate(EdgeKind.SPEAKS_AS, s.id(), o, null));
    }
    for (Document d : ledger.documents()) {
      d.outlet().ifPresent(o -> relate(EdgeKind.PUBLISHED_BY, d.id(), o, null));
      d.cites().forEach(o -> relate(EdgeKind.CITES, d.id(), o, null));
      d.related().forEach(r -> relate(EdgeKind.LINKS_TO, d.id(), r, null));
    }
    for (Attribution a : ledger.attributions()) {
      relate(EdgeKind.SAID, a.speaker(), a.statement(), a.id());
      relate(EdgeKind.REPORTED_IN, a.statement(), a.document(), a.id());
      a.via().flatMap(ledger::attribution)
          .ifPresent(v -> relate(EdgeKind.VIA, a.statement(), v.statement(), a.id()));
      a.setting().flatMap(s -> s.outlet())
          .ifPresent(o -> relate(EdgeKind.SAID_ON, a.statement(), o, a.id()));
      for (ClaimStance stance : a.claimStances()) {
        relate(EdgeKind.of(stance.position()), a.statement(), stance.claim(), a.id());
      }
    }
    for (Claim c : ledger.claims()) {
      c.reviews().forEach(r -> r.reviewerSource()
          .ifPresent(o -> relate(EdgeKind.REVIEWED_BY, c.id(), o, null)));
    }
    edgeAttributions.forEach((key, attributions) -> {
      Edge template = verifyNotNull(edges.get(key));
      Edge edge = Edge.builder().kind(template.kind()).source(template.source()).target(template.target())
          .addAllAttributions(attributions).build();
      graph.addEdge(edge.source(), edge.target(), edge);
    });
    return graph;
  }

  private void add(Graph<Node, Edge> graph, Node node) {
    nodes.put(node.key(), node);
    graph.addVertex(node);
  }

  private void relate(EdgeKind kind, RecordId from, RecordId to, @Nullable AttributionId attribution) {
    Node source = node(from);
    Node target = node(to);
    Edge edge = Edge.builder().kind(kind).source(source).target(target).build();
    String key = edge.key();
    edges.putIfAbsent(key, edge);
    List<AttributionId> behind = edgeAttributions.computeIfAbsent(key, k -> new ArrayList<>());
    if (attribution != null && !behind.contains(attribution)) {
      behind.add(attribution);
    }
  }

  private Node node(RecordId id) {
    return verifyNotNull(nodes.get(NodeKind.of(id).label() + ":" + id.value()), "no node for %s", id);
  }

  private static Node speaker(Speaker s) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", lower(s.kind()));
    join(attributes, "aliases", s.aliases());
    join(attributes, "roles", s.roles().stream()
        .map(r -> r.title() + r.organization().map(o -> ", " + o).orElse(""))
        .collect(Collectors.toList()));
    s.affiliation().ifPresent(a -> attributes.put("affiliation", a.relation()));
    s.externalIds().forEach((dataset, id) -> attributes.put("externalIds." + dataset, id));
    return node(NodeKind.SPEAKER, s.id(), s.name(), attributes);
  }

  private static Node outlet(Outlet s) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", lower(s.kind()));
    join(attributes, "aliases", s.aliases());
    join(attributes, "domains", s.domains());
    s.ownership().ifPresent(o -> attributes.put("ownership", o));
    s.externalIds().forEach((dataset, id) -> attributes.put("externalIds." + dataset, id));
    return node(NodeKind.OUTLET, s.id(), s.name(), attributes);
  }

  private static Node document(Document d) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", lower(d.kind()));
    put(attributes, "title", d.title());
    put(attributes, "url", d.url());
    put(attributes, "published", d.published());
    put(attributes, "language", d.language());
    put(attributes, "contentHash", d.contentHash());
    String label = Stream.of(d.title(), d.url()).flatMap(Optional::stream)
        .filter(s -> !s.isBlank()).findFirst().orElse(d.id().value());
    return node(NodeKind.DOCUMENT, d.id(), label, attributes);
  }

  private static Node statement(Statement s) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", lower(s.kind()));
    attributes.put("text", s.text());
    put(attributes, "language", s.language());
    return node(NodeKind.STATEMENT, s.id(), s.text(), attributes);
  }

  private static Node claim(Claim c) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("text", c.text());
    join(attributes, "reviews", c.reviews().stream()
        .map(GraphAssembly::reviewSummary).collect(Collectors.toList()));
    return node(NodeKind.CLAIM, c.id(), c.text(), attributes);
  }

  private static String reviewSummary(ClaimReview r) {
    return r.reviewer() + ": " + r.rating() + r.date().map(d -> " (" + d + ")").orElse("");
  }

  private static Node node(NodeKind kind, RecordId id, String label, Map<String, String> attributes) {
    return Node.builder().kind(kind).id(id.value()).label(label).putAllAttributes(attributes).build();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static void put(Map<String, String> attributes, String name, Optional<?> value) {
    value.ifPresent(v -> attributes.put(name, v.toString()));
  }

  private static void join(Map<String, String> attributes, String name, List<String> values) {
    if (!values.isEmpty()) {
      attributes.put(name, String.join("; ", values));
    }
  }
}

package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The corpus as PROV-O-shaped triples in Jena's current in-memory graph ({@code GraphMem2Fast}),
 * the vocabulary both Jena peers ask. A statement is a {@code prov:Entity} with its text and a
 * {@code prov:qualifiedAttribution} per attribution; each attribution is a {@code
 * prov:Attribution} with {@code prov:agent} the speaker, the statement, the reporting document,
 * the first and last day said, its position in the corpus ({@code ct:ordinal}), {@code
 * prov:wasDerivedFrom} the attribution it is known through, and blank-node claim stances; a
 * document is a {@code prov:Entity} attributed to its outlet with its publication day.
 */
final class ProvGraph {
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String CT = "https://claimtrail.dev/ns#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String ID = "https://claimtrail.dev/id/";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  static final Node AGENT = NodeFactory.createURI(PROV + "agent");
  static final Node QUALIFIED = NodeFactory.createURI(PROV + "qualifiedAttribution");
  static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
  static final Node ATTRIBUTED_TO = NodeFactory.createURI(PROV + "wasAttributedTo");
  static final Node ISSUED = NodeFactory.createURI(DCT + "issued");
  static final Node TEXT = NodeFactory.createURI(CT + "text");
  static final Node STATEMENT = NodeFactory.createURI(CT + "statement");
  static final Node REPORTED_IN = NodeFactory.createURI(CT + "reportedIn");
  static final Node ORDINAL = NodeFactory.createURI(CT + "ordinal");
  static final Node SAID_FIRST = NodeFactory.createURI(CT + "saidFirst");
  static final Node SAID_LAST = NodeFactory.createURI(CT + "saidLast");
  static final Node CLAIM_STANCE = NodeFactory.createURI(CT + "claimStance");
  static final Node CLAIM = NodeFactory.createURI(CT + "claim");
  static final Node POSITION = NodeFactory.createURI(CT + "position");
  private static final Node TYPE = NodeFactory.createURI(RDF_TYPE);
  private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
  private static final Node STANCE = NodeFactory.createURI(CT + "stance");

  private ProvGraph() {}

  /** The node of a record id. */
  static Node id(String id) {
    return NodeFactory.createURI(ID + id);
  }

  /** The record id of a node made by {@link #id(String)}. */
  static String local(Node node) {
    return node.getURI().substring(ID.length());
  }

  /** An {@code xsd:date} literal. */
  static Node date(LocalDate day) {
    return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
  }

  /** A new in-memory graph holding {@code corpus}. */
  static Graph of(SyntheticCorpus corpus) {
    Graph graph = GraphMemFactory.createDefaultGraph();
    for (Speaker s : corpus.speakers()) {
      graph.add(id(s.id().value()), TYPE, NodeFactory.createURI(PROV + "Agent"));
      graph.add(id(s.id().value()), LABEL, NodeFactory.createLiteralString(s.name()));
    }
    for (Document d : corpus.documents()) {
      Node document = id(d.id().value());
      graph.add(document, TYPE, NodeFactory.createURI(PROV + "Entity"));
      d.outlet().ifPresent(o -> graph.add(document, ATTRIBUTED_TO, id(o.value())));
      d.published().ifPresent(p -> graph.add(document, ISSUED, date(p.firstDay())));
    }
    for (Statement s : corpus.statements()) {
      graph.add(id(s.id().value()), TYPE, NodeFactory.createURI(PROV + "Entity"));
      graph.add(id(s.id().value()), TEXT, NodeFactory.createLiteralString(s.text()));
    }
    int ordinal = 0;
    for (Attribution a : corpus.attributions()) {
      Node attribution = id(a.id().value());
      graph.add(id(a.statement().value()), QUALIFIED, attribution);
      graph.add(attribution, TYPE, NodeFactory.createURI(PROV + "Attribution"));
      graph.add(attribution, AGENT, id(a.speaker().value()));
      graph.add(attribution, STATEMENT, id(a.statement().value()));
      graph.add(attribution, REPORTED_IN, id(a.document().value()));
      graph.add(attribution, ORDINAL, NodeFactory.createLiteralDT(Integer.toString(ordinal++), XSDDatatype.XSDint));
      graph.add(attribution, STANCE, NodeFactory.createLiteralString(a.stance().name()));
      if (a.said().isPresent()) {
        TimeReference said = a.said().get();
        graph.add(attribution, SAID_FIRST, date(said.firstDay()));
        graph.add(attribution, SAID_LAST, date(said.lastDay()));
      }
      a.via().ifPresent(v -> graph.add(attribution, DERIVED_FROM, id(v.value())));
      for (ClaimStance stance : a.claimStances()) {
        Node node = NodeFactory.createBlankNode();
        graph.add(attribution, CLAIM_STANCE, node);
        graph.add(node, CLAIM, id(stance.claim().value()));
        graph.add(node, POSITION, NodeFactory.createLiteralString(stance.position().name()));
      }
    }
    return graph;
  }
}

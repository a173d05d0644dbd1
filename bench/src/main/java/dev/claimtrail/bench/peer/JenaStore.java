package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Apache Jena's in-memory graph holding the corpus as PROV-O-shaped triples, asked in SPARQL. A
 * statement is a {@code prov:Entity} with its text; each attribution is a {@code prov:Attribution}
 * qualifying it, with {@code prov:agent} the speaker, the reporting document, the days said, the
 * stance, {@code prov:wasDerivedFrom} the attribution it is known through, and blank-node claim
 * stances; a document is a {@code prov:Entity} attributed to its outlet with its publication day.
 * Queries are parsed once and run with their parameters substituted. Not thread-safe.
 */
public final class JenaStore implements QuoteStore {
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String CT = "https://claimtrail.dev/ns#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String ID = "https://claimtrail.dev/id/";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final String PREFIXES = "PREFIX prov: <" + PROV + "> PREFIX ct: <" + CT + "> PREFIX dct: <"
      + DCT + "> ";

  private static final Query WHO_SAID = QueryFactory.create(PREFIXES
      + "SELECT DISTINCT ?speaker WHERE { ?statement ct:text ?text . ?a ct:statement ?statement ; prov:agent ?speaker }");
  private static final Query TIMELINE = QueryFactory.create(PREFIXES
      + "SELECT ?a WHERE { ?a prov:agent ?speaker ; ct:saidFirst ?first ; ct:saidLast ?last ; ct:ordinal ?ordinal ."
      + " FILTER (?last >= ?from && ?first <= ?to) } ORDER BY ?first ?ordinal");
  private static final Query FIRST_APPEARANCE = QueryFactory.create(PREFIXES
      + "SELECT (MIN(?published) AS ?first) (GROUP_CONCAT(DISTINCT STR(?outlet)) AS ?outlets) WHERE {"
      + " ?a ct:statement ?statement ; ct:reportedIn ?document ."
      + " ?document dct:issued ?published ; prov:wasAttributedTo ?outlet }");
  private static final Query CHAIN = QueryFactory.create(PREFIXES
      + "SELECT ?a ?speaker ?via WHERE { ?start prov:wasDerivedFrom* ?a . ?a prov:agent ?speaker ."
      + " OPTIONAL { ?a prov:wasDerivedFrom ?via } }");
  private static final Query STANCES = QueryFactory.create(PREFIXES
      + "SELECT ?a ?speaker ?position WHERE { ?a ct:claimStance ?stance ; prov:agent ?speaker ."
      + " ?stance ct:claim ?claim ; ct:position ?position }");

  private final Model model;

  private JenaStore(Model model) {
    this.model = model;
  }

  /** An in-memory graph holding {@code corpus}. */
  public static JenaStore load(SyntheticCorpus corpus) {
    Model model = ModelFactory.createDefaultModel();
    Graph graph = model.getGraph();
    Triples triples = new Triples(graph);
    for (Speaker s : corpus.speakers()) {
      triples.add(s.id().value(), RDF_TYPE, NodeFactory.createURI(PROV + "Agent"));
      triples.add(s.id().value(), "http://www.w3.org/2000/01/rdf-schema#label", NodeFactory.createLiteralString(s.name()));
    }
    for (Document d : corpus.documents()) {
      triples.add(d.id().value(), RDF_TYPE, NodeFactory.createURI(PROV + "Entity"));
      d.outlet().ifPresent(o -> triples.add(d.id().value(), PROV + "wasAttributedTo", triples.id(o.value())));
      d.published().ifPresent(p -> triples.add(d.id().value(), DCT + "issued", date(p.firstDay())));
    }
    for (Statement s : corpus.statements()) {
      triples.add(s.id().value(), RDF_TYPE, NodeFactory.createURI(PROV + "Entity"));
      triples.add(s.id().value(), CT + "text", NodeFactory.createLiteralString(s.text()));
    }
    int ordinal = 0;
    for (Attribution a : corpus.attributions()) {
      String id = a.id().value();
      triples.add(a.statement().value(), PROV + "qualifiedAttribution", triples.id(id));
      triples.add(id, RDF_TYPE, NodeFactory.createURI(PROV + "Attribution"));
      triples.add(id, PROV + "agent", triples.id(a.speaker().value()));
      triples.add(id, CT + "statement", triples.id(a.statement().value()));
      triples.add(id, CT + "reportedIn", triples.id(a.document().value()));
      triples.add(id, CT + "ordinal", NodeFactory.createLiteralDT(Integer.toString(ordinal++), XSDDatatype.XSDint));
      triples.add(id, CT + "stance", NodeFactory.createLiteralString(a.stance().name()));
      if (a.said().isPresent()) {
        TimeReference said = a.said().get();
        triples.add(id, CT + "saidFirst", date(said.firstDay()));
        triples.add(id, CT + "saidLast", date(said.lastDay()));
      }
      a.via().ifPresent(v -> triples.add(id, PROV + "wasDerivedFrom", triples.id(v.value())));
      for (ClaimStance stance : a.claimStances()) {
        Node node = NodeFactory.createBlankNode();
        graph.add(triples.id(id), NodeFactory.createURI(CT + "claimStance"), node);
        graph.add(node, NodeFactory.createURI(CT + "claim"), triples.id(stance.claim().value()));
        graph.add(node, NodeFactory.createURI(CT + "position"), NodeFactory.createLiteralString(stance.position().name()));
      }
    }
    return new JenaStore(model);
  }

  private static Node date(LocalDate day) {
    return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
  }

  /** How many triples the graph holds. */
  public long size() {
    return model.size();
  }

  @Override
  public String name() {
    return "jena";
  }

  @Override
  public Set<String> whoSaid(String text) {
    Set<String> speakers = new HashSet<>();
    select(WHO_SAID, row -> speakers.add(local(row.getResource("speaker"))),
        "text", model.createLiteral(text));
    return speakers;
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    select(TIMELINE, row -> ids.add(local(row.getResource("a"))),
        "speaker", resource(speaker), "from", model.createTypedLiteral(from.toString(), XSDDatatype.XSDdate),
        "to", model.createTypedLiteral(to.toString(), XSDDatatype.XSDdate));
    return ids;
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    List<FirstAppearance> found = new ArrayList<>(1);
    select(FIRST_APPEARANCE, row -> {
      Set<String> outlets = new HashSet<>();
      String joined = row.getLiteral("outlets").getString();
      if (!joined.isEmpty()) {
        for (String outlet : joined.split(" ")) {
          outlets.add(outlet.substring(ID.length()));
        }
      }
      LocalDate first = row.contains("first") ? LocalDate.parse(row.getLiteral("first").getLexicalForm()) : null;
      found.add(new FirstAppearance(first, outlets));
    }, "statement", resource(statement));
    return found.get(0);
  }

  @Override
  public List<String> chain(String attribution) {
    Map<String, String> speakerOf = new HashMap<>();
    Map<String, String> viaOf = new HashMap<>();
    select(CHAIN, row -> {
      String a = local(row.getResource("a"));
      speakerOf.put(a, local(row.getResource("speaker")));
      if (row.contains("via")) {
        viaOf.put(a, local(row.getResource("via")));
      }
    }, "start", resource(attribution));
    List<String> speakers = new ArrayList<>();
    for (String a = attribution; a != null && speakerOf.containsKey(a); a = viaOf.get(a)) {
      speakers.add(speakerOf.get(a));
    }
    return speakers;
  }

  @Override
  public Set<String> stances(String claim) {
    Set<String> found = new HashSet<>();
    select(STANCES, row -> found.add(local(row.getResource("a")) + " " + local(row.getResource("speaker"))
        + " " + row.getLiteral("position").getString()), "claim", resource(claim));
    return found;
  }

  private Resource resource(String id) {
    return model.createResource(ID + id);
  }

  private static String local(Resource resource) {
    return resource.getURI().substring(ID.length());
  }

  /** Runs {@code query} with the given variable, value pairs substituted. */
  private void select(Query query, Consumer<QuerySolution> reader, Object... substitutions) {
    QueryExecutionDatasetBuilder builder = QueryExecution.model(model).query(query);
    for (int i = 0; i < substitutions.length; i += 2) {
      builder.substitution((String) substitutions[i], (RDFNode) substitutions[i + 1]);
    }
    try (QueryExecution execution = builder.build()) {
      ResultSet rows = execution.execSelect();
      rows.forEachRemaining(reader);
    }
  }

  @Override
  public void close() {
    model.close();
  }

  /** Adds triples whose subject is a record id, sharing the nodes of predicates. */
  private static final class Triples {
    private final Graph graph;
    private final Map<String, Node> predicates = new HashMap<>();

    Triples(Graph graph) {
      this.graph = graph;
    }

    Node id(String id) {
      return NodeFactory.createURI(ID + id);
    }

    void add(String subject, String predicate, Node object) {
      graph.add(id(subject), predicates.computeIfAbsent(predicate, NodeFactory::createURI), object);
    }
  }
}

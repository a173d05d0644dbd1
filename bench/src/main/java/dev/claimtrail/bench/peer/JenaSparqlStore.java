package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
 * Apache Jena asked in SPARQL, as a user of a triple store would ask it: the corpus in {@link
 * ProvGraph}, each question a query parsed once and run with its parameters substituted. Not
 * thread-safe.
 */
public final class JenaSparqlStore implements QuoteStore {
  private static final String PREFIXES = "PREFIX prov: <" + ProvGraph.PROV + "> PREFIX ct: <" + ProvGraph.CT
      + "> PREFIX dct: <" + ProvGraph.DCT + "> ";

  private static final Query WHO_SAID = QueryFactory.create(PREFIXES
      + "SELECT DISTINCT ?speaker WHERE { ?statement ct:text ?text . ?a ct:statement ?statement ; prov:agent ?speaker }");
  private static final Query TIMELINE = QueryFactory.create(PREFIXES
      + "SELECT ?a WHERE { ?a prov:agent ?speaker ; ct:saidFirst ?first ; ct:saidLast ?last ; ct:ordinal ?ordinal ."
      + " FILTER (?last >= ?from && ?first <= ?to) } ORDER BY ?first ?last ?ordinal");
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

  private JenaSparqlStore(Model model) {
    this.model = model;
  }

  /** A graph holding {@code corpus}, asked in SPARQL. */
  public static JenaSparqlStore load(SyntheticCorpus corpus) {
    return new JenaSparqlStore(ModelFactory.createModelForGraph(ProvGraph.of(corpus)));
  }

  @Override
  public String name() {
    return "jena-sparql";
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
          outlets.add(outlet.substring(ProvGraph.ID.length()));
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
    return model.createResource(ProvGraph.ID + id);
  }

  private static String local(Resource resource) {
    return resource.getURI().substring(ProvGraph.ID.length());
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
}

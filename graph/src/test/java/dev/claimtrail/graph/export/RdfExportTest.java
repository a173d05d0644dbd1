package dev.claimtrail.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.SampleLedger;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Quote;
import dev.claimtrail.seed.SeedFiles;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD and Turtle of the seed ledger, read by Apache Jena (warnings count as failures),
 * describe the same graph and answer who said what, and through whom, as the Java API does.
 */
class RdfExportTest {
  private static final String PREFIXES = "PREFIX schema: <http://schema.org/>\n"
      + "PREFIX prov: <http://www.w3.org/ns/prov#>\n";
  private static final Ledger SEED = SeedFiles.ledger();
  private static final RecordIris IRIS = RecordIris.defaults();

  @Test
  void turtleAndJsonLdOfTheSeedAreTheSameGraph() {
    Model turtle = parse(TurtleWriter.write(SEED), Lang.TURTLE);
    Model jsonLd = parse(JsonLdWriter.write(SEED), Lang.JSONLD);
    assertTrue(turtle.size() > 10 * SEED.attributions().size() / 2, "triples: " + turtle.size());
    assertEquals(turtle.size(), jsonLd.size());
    assertTrue(turtle.isIsomorphicWith(jsonLd), "Turtle and JSON-LD describe different graphs");
  }

  @Test
  void sparqlOverEitherSerializationSaysWhoSaidEveryStatementOfTheSeed() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Statement statement : SEED.statements()) {
      Set<String> names = expected.computeIfAbsent(IRIS.of(statement.id()), k -> new TreeSet<>());
      for (Attribution a : SEED.attributionsOf(statement.id())) {
        names.add(SEED.speaker(a.speaker()).orElseThrow().name());
      }
    }
    String whoSaid = PREFIXES + "SELECT ?statement ?name WHERE {\n"
        + "  ?statement a schema:Quotation ; prov:wasAttributedTo ?speaker .\n"
        + "  ?speaker schema:name ?name }";
    for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
      Map<String, Set<String>> answered = new TreeMap<>();
      String quotations = PREFIXES + "SELECT ?statement WHERE { ?statement a schema:Quotation }";
      select(parse(write(SEED, lang), lang), quotations)
          .forEach(row -> answered.put(row.getResource("statement").getURI(), new TreeSet<>()));
      select(parse(write(SEED, lang), lang), whoSaid).forEach(row -> answered
          .get(row.getResource("statement").getURI()).add(row.getLiteral("name").getString()));
      assertEquals(expected, answered, lang.getName());
    }
    assertEquals(Set.of("Alexander Lukashenko"),
        expected.get(IRIS.of(StatementId.of(textOfSeed("We must sit down at the negotiating table")))));
  }

  @Test
  void sparqlFollowsSecondHandStatementsToWhomTheDocumentHadThemFromAsTheChainsDo() {
    Set<String> expected = new TreeSet<>();
    for (Attribution a : SEED.attributions()) {
      if (a.isSecondHand()) {
        Quote relay = SEED.chain(a.id().value()).intermediaries().get(0);
        expected.add(IRIS.of(a.statement()) + " via " + IRIS.of(relay.statement().id()) + " said by "
            + relay.speaker().name() + " in " + IRIS.of(a.document()));
      }
    }
    assertEquals(4, expected.size(), expected.toString());
    String chain = PREFIXES + "SELECT ?statement ?relay ?name ?document WHERE {\n"
        + "  ?document prov:wasDerivedFrom ?statement .\n"
        + "  ?statement prov:wasQuotedFrom+ ?relay .\n"
        + "  ?document prov:hadPrimarySource ?relay .\n"
        + "  ?relay prov:wasAttributedTo/schema:name ?name }";
    for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
      Set<String> answered = new TreeSet<>();
      select(parse(write(SEED, lang), lang), chain).forEach(row -> answered.add(
          row.getResource("statement").getURI() + " via " + row.getResource("relay").getURI()
              + " said by " + row.getLiteral("name").getString() + " in " + row.getResource("document").getURI()));
      assertEquals(expected, answered, lang.getName());
    }
  }

  @Test
  void sampleLedgerWithEveryEdgeKindIsTheSameGraphInBothSerializations() {
    AttributionGraph graph = AttributionGraph.of(SampleLedger.ledger());
    RecordIris iris = RecordIris.under("https://news.example/ledger/");
    StringWriter turtle = new StringWriter();
    StringWriter jsonLd = new StringWriter();
    TurtleWriter.write(graph, iris, turtle);
    JsonLdWriter.write(graph, iris, jsonLd);
    Model fromTurtle = parse(turtle.toString(), Lang.TURTLE);
    assertTrue(fromTurtle.isIsomorphicWith(parse(jsonLd.toString(), Lang.JSONLD)));
    String review = PREFIXES + "SELECT ?rating ?value ?author WHERE {\n"
        + "  ?review a schema:ClaimReview ; schema:itemReviewed <" + iris.of(SampleLedger.JOHNSON_ENDED_TALKS) + "> ;\n"
        + "    schema:author/schema:name ?author ; schema:reviewRating ?r .\n"
        + "  ?r schema:alternateName ?rating ; schema:ratingValue ?value }";
    QuerySolution row = select(fromTurtle, review).get(0);
    assertEquals("Disputed", row.getLiteral("rating").getString());
    assertEquals(3, row.getLiteral("value").getInt());
    assertEquals("Check & Verify", row.getLiteral("author").getString());
  }

  @Test
  void aSubgraphExportsTheRecordsOfItsNodesAndNothingElse() {
    AttributionGraph stances = AttributionGraph.of(SEED).stanceNetwork(ClaimId.of("c-johnson-collapsed-2022-talks"), 2);
    Set<String> nodes = new TreeSet<>();
    stances.nodes().forEach(node -> nodes.add(IRIS.of(node.kind(), node.id())));
    for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
      Model model = parse(lang.equals(Lang.TURTLE) ? TurtleWriter.write(stances) : JsonLdWriter.write(stances), lang);
      Set<String> subjects = new TreeSet<>();
      model.listSubjects().forEach(s -> subjects.add(s.getURI()));
      assertEquals(nodes, subjects, lang.getName());
    }
    assertTrue(nodes.contains(IRIS.of(SpeakerId.of("johnson"))), nodes.toString());
  }

  @Test
  void recordIrisAreStableAndPercentEncoded() {
    assertEquals("urn:claimtrail:speaker/putin", IRIS.of(SampleLedger.PUTIN));
    assertEquals("https://x.example/g/speaker/a%20b%2F%C3%A9%F0%9F%98%80",
        RecordIris.under("https://x.example/g/").of(SpeakerId.of("a b/é😀")));
    assertEquals("urn:claimtrail:speaker/%2E%2E", IRIS.of(SpeakerId.of("..")), "not a dot segment");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordIris.under("not an iri"));
    assertTrue(e.getMessage().contains("'not an iri'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RecordIris.under("prov:records/"));
    assertTrue(e.getMessage().contains("prefix 'prov:'"), e.getMessage());
  }

  private static String textOfSeed(String words) {
    return SEED.statements().stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow().id().value();
  }

  private static String write(Ledger ledger, Lang lang) {
    return lang.equals(Lang.TURTLE) ? TurtleWriter.write(ledger) : JsonLdWriter.write(ledger);
  }

  /** Parses {@code text} with Jena, failing on any warning. */
  static Model parse(String text, Lang lang) {
    return RDFParser.fromString(text, lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toModel();
  }

  static List<QuerySolution> select(Model model, String query) {
    List<QuerySolution> rows = new ArrayList<>();
    try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
      ResultSet results = execution.execSelect();
      results.forEachRemaining(rows::add);
    }
    return rows;
  }
}

package dev.claimtrail.graph.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.testing.Generators;
import java.io.StringWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;

/** The RDF exports of any valid ledger read back with Jena and keep every attribution. */
class RdfExportProperties {
  private static final RecordIris IRIS = RecordIris.under("https://ledger.example/");
  private static final String PROV = "http://www.w3.org/ns/prov#";

  @Property(tries = 150)
  void turtleOfAnyLedgerParsesWithJenaAndStatesEveryAttribution(@ForAll("ledgers") Ledger ledger) {
    String turtle = turtle(ledger);
    Model model = RdfExportTest.parse(turtle, Lang.TURTLE);
    for (Attribution a : ledger.attributions()) {
      assertTriple(model, a.statement(), PROV + "wasAttributedTo", a.speaker(), turtle);
      assertTriple(model, a.statement(), "http://schema.org/isPartOf", a.document(), turtle);
      a.via().flatMap(ledger::attribution)
          .ifPresent(via -> assertTriple(model, a.statement(), PROV + "wasQuotedFrom", via.statement(), turtle));
    }
  }

  private static void assertTriple(Model model, RecordId subject, String property, RecordId object, String turtle) {
    Resource s = model.createResource(IRIS.of(subject));
    assertTrue(model.contains(s, model.createProperty(property), model.createResource(IRIS.of(object))),
        () -> "<" + s + "> <" + property + "> <" + IRIS.of(object) + "> is missing; <" + s + "> has "
            + model.listStatements(s, null, (RDFNode) null).toList() + "\n" + turtle);
  }

  @Property(tries = 50)
  void jsonLdOfAnyLedgerIsTheGraphOfItsTurtle(@ForAll("ledgers") Ledger ledger) {
    StringWriter jsonLd = new StringWriter();
    JsonLdWriter.write(AttributionGraph.of(ledger), IRIS, jsonLd);
    assertTrue(RdfExportTest.parse(turtle(ledger), Lang.TURTLE)
        .isIsomorphicWith(RdfExportTest.parse(jsonLd.toString(), Lang.JSONLD)));
  }

  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  private static String turtle(Ledger ledger) {
    StringWriter out = new StringWriter();
    TurtleWriter.write(AttributionGraph.of(ledger), IRIS, out);
    return out.toString();
  }

}

package dev.claimtrail.examples;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.export.JsonLdWriter;
import dev.claimtrail.graph.export.RecordIris;
import dev.claimtrail.graph.export.TurtleWriter;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.SpeakerId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a ledger as linked data with schema.org and PROV-O terms: prints the Turtle of one
 * speaker's neighbourhood, with record IRIs under a base of our choosing, and writes the whole ledger
 * as JSON-LD to the file named by the first argument, if any (load it into a triple store, or query
 * it with SPARQL).
 */
public final class ExportLinkedData {
  private ExportLinkedData() {}

  /** Exports the ledger built by {@link BuildALedgerByHand}. */
  public static void main(String[] args) throws IOException {
    Ledger ledger = BuildALedgerByHand.ledger();
    AttributionGraph mayor = AttributionGraph.of(ledger).neighbourhood(SpeakerId.of("ana-moreno"), 1);
    StringWriter turtle = new StringWriter();
    TurtleWriter.write(mayor, RecordIris.under("https://ledger.example/"), turtle);
    System.out.println(turtle);

    if (args.length > 0) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
        JsonLdWriter.write(ledger, out);
      }
      System.out.println("wrote " + args[0]);
    }
  }
}

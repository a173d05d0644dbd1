package dev.claimtrail.examples;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.export.DotWriter;
import dev.claimtrail.graph.export.GraphMlWriter;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.SpeakerId;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a ledger into its attribution graph, prints the graph's size and the DOT text of one
 * speaker's neighbourhood, and writes the whole graph as GraphML to the file named by the first
 * argument, if any (open it in Gephi, yEd or Cytoscape).
 */
public final class ExportAGraph {
  private ExportAGraph() {}

  /** Exports the graph of the ledger built by {@link BuildALedgerByHand}. */
  public static void main(String[] args) throws IOException {
    Ledger ledger = BuildALedgerByHand.ledger();
    AttributionGraph graph = AttributionGraph.of(ledger);
    System.out.println(graph);

    AttributionGraph mayor = graph.neighbourhood(SpeakerId.of("ana-moreno"), 1);
    System.out.println(DotWriter.write(mayor));

    if (args.length > 0) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
        GraphMlWriter.write(graph, out);
      }
      System.out.println("wrote " + args[0]);
    }
  }
}

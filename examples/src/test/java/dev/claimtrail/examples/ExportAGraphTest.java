package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAGraphTest {
  @TempDir Path dir;

  @Test
  void printsTheMayorsNeighbourhoodAsDotAndWritesTheWholeGraphAsGraphMl() throws Exception {
    Path file = dir.resolve("ledger.graphml");
    String out = Output.of(ExportAGraph::main, file.toString());
    assertTrue(out.contains("digraph claimtrail {"), out);
    assertTrue(out.contains("Ana Moreno"), out);
    assertTrue(out.contains("wrote " + file), out);
    assertTrue(Files.readString(file).contains("<graphml"), file::toString);
  }
}

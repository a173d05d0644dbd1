package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportLinkedDataTest {
  @TempDir Path dir;

  @Test
  void printsTheMayorsNeighbourhoodAsTurtleAndWritesTheWholeLedgerAsJsonLd() throws Exception {
    Path file = dir.resolve("ledger.jsonld");
    String out = Output.of(ExportLinkedData::main, file.toString());
    assertTrue(out.contains("@prefix prov: <http://www.w3.org/ns/prov#>"), out);
    assertTrue(out.contains("prov:wasAttributedTo <https://ledger.example/speaker/ana-moreno>"), out);
    assertTrue(out.contains("wrote " + file), out);
    String jsonLd = Files.readString(file);
    assertTrue(jsonLd.contains("\"@context\"") && jsonLd.contains("\"schema:Quotation\""), jsonLd);
  }
}

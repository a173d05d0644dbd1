package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryTheSeedTest {
  @Test
  void answersWhoSaidTheQuoteWhatKulebaSaidInJulyAndWhoStandsWhereOnTheClaim() throws Exception {
    String out = Output.fromTheRoot(QueryTheSeed.class);
    assertTrue(out.lines().anyMatch(l -> l.contains("Alexander Lukashenko") && l.contains("2024-08-18")), out);
    assertEquals(3, out.lines().filter(l -> l.startsWith("Dmytro Kuleba")).count(), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("denies") && l.contains("Boris Johnson")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("DENIES")), out);
  }
}

package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractAnArticleTest {
  @Test
  void findsTheMayorsQuoteWithTheDayItWasSaidAndWhereItStands() throws Exception {
    String out = Output.of(ExtractAnArticle::main);
    assertTrue(out.lines().anyMatch(line -> line.startsWith("Ana Moreno") && line.contains("2024-03-01")
        && line.contains("Harbour Gazette")), out);
    int start = ExtractAnArticle.REPORT.indexOf("The bridge reopens on Monday,");
    // the first part of the split quote, without the comma that hands it to the reporting clause
    assertTrue(out.contains("[" + start + ", " + (start + "The bridge reopens on Monday".length()) + ")"), out);
  }
}

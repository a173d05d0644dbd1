package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A statement's text and evidence are what the page prints, one construction a test. */
class PrintedPartsTest {
  private static List<String> printed(String text, int[]... parts) {
    return PrintedParts.of(text, List.of(parts)).stream()
        .map(p -> text.substring(p[0], p[1])).collect(Collectors.toList());
  }

  @Test
  void aSplitQuoteLeavesOutTheCommaThatHandsItToTheReportingClause() {
    String text = "\"Nobody leaves,\" Quist said, \"until the water drops.\"";
    assertEquals(List.of("Nobody leaves", "until the water drops."),
        printed(text, new int[] {1, 15}, new int[] {30, 52}));
  }

  @Test
  void aSplitQuoteIsOneStatementWhoseTextGainsNoComma() {
    Ledger ledger = extract("\"Nobody leaves,\" Mayor Dana Quist said, \"until the water drops.\"");
    assertEquals("Nobody leaves until the water drops.",
        ledger.statement(about(ledger, "Nobody leaves").statement()).orElseThrow().text());
    assertEquals(List.of("Nobody leaves", "until the water drops."),
        about(ledger, "Nobody leaves").evidence().stream().map(Span::exact).collect(Collectors.toList()));
  }

  @Test
  void aPartThatOpensAQuoteWithinItEndsAfterThatQuotesClosingMark() {
    String text = "She thinks this is an episode of “Game Night.” But it is not.";
    int end = text.indexOf(".”");
    assertEquals(List.of("this is an episode of “Game Night.”"), printed(text, new int[] {11, end}));
  }

  @Test
  void aPartWithItsMarksPairedIsLeftAlone() {
    String text = "She called it “a mess” and left.";
    assertEquals(List.of("called it “a mess”"), printed(text, new int[] {4, 22}));
  }
}

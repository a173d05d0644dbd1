package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import org.junit.jupiter.api.Test;

/**
 * Example tests of the places {@code according to X} stands in a sentence and the sources it
 * names: a description the entities do not know, between commas in the middle of a sentence, and
 * at the end of a sentence without a comma.
 */
class AccordingToClausesTest {
  @Test
  void aDescriptionAfterAccordingToSpeaks() {
    Ledger ledger = extract("Turnout fell by a third in the northern districts, according to early exit polls.");
    Attribution a = about(ledger, "Turnout fell");
    assertEquals("Turnout fell by a third in the northern districts", statement(ledger, a).text());
    assertEquals("early exit polls", speaker(ledger, a).name());
    assertEquals(AccordingToClauses.RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void accordingToBetweenCommasReportsBothSides() {
    Ledger ledger = extract("The delay, according to the Harbor Authority, cost the city two million dollars.");
    Attribution a = about(ledger, "delay");
    assertEquals("The delay cost the city two million dollars", statement(ledger, a).text());
    assertEquals(2, a.evidence().size());
    assertEquals("Harbor Authority", speaker(ledger, a).name());
  }

  @Test
  void accordingToEndingTheSentenceNeedsNoComma() {
    Ledger ledger = extract("Rents rose faster than wages according to Ana Ruiz.");
    Attribution a = about(ledger, "Rents");
    assertEquals("Rents rose faster than wages", statement(ledger, a).text());
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
  }

  @Test
  void aRoleAfterTheSourceIsNoPartOfWhatItSays() {
    Ledger ledger = extract("Rents will rise, according to Ana Ruiz, an economist at the bank.");
    assertEquals("Rents will rise", statement(ledger, about(ledger, "Rents")).text());
  }

  @Test
  void wordsThatOnlySetTheSceneBeforeTheClauseAreNoPartOfWhatTheSourceSays() {
    Ledger ledger = extract("Since last November, according to Harbour Watch, state security forces have"
        + " detained more than 40 dockers.");
    Attribution a = about(ledger, "detained");
    assertEquals("state security forces have detained more than 40 dockers", statement(ledger, a).text());
    assertEquals(1, a.evidence().size());
  }

  @Test
  void aSourceDescribedAtLengthBeforeTheCommaStillOpensTheClause() {
    Ledger ledger = extract("According to a March 2021 survey by the Harbor Institute based on port data from "
        + "2019, most dock workers live within ten miles of the port.");
    Attribution a = about(ledger, "dock workers");
    assertEquals("most dock workers live within ten miles of the port", statement(ledger, a).text());
  }
}

package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Attitudes reported like statements: beliefs and findings with the clause they hold, support and
 * opposition with their object, and the verbs of the same words that report nothing. Articles are
 * read as published on Friday, March 10, 2023.
 */
class AttitudeRulesTest {
  @Test
  void aBeliefReportsTheClauseAfterIt() {
    Ledger ledger = extract("Farm economists believe grain prices will fall next spring.");
    Attribution a = about(ledger, "grain prices will fall");
    assertEquals(Stance.BELIEVES, a.stance());
    assertEquals("Farm economists", speaker(ledger, a).name());
  }

  @Test
  void aBeliefWithoutAClauseReportsNothing() {
    Ledger ledger = extract("Mayor Ida Brandt believes in public transport.");
    assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void aPollFindsWhatFollowsWithoutThat() {
    Ledger ledger = extract("A new Harbor Institute survey shows most commuters back the tram line.");
    Attribution a = about(ledger, "most commuters back the tram line");
    assertEquals(Stance.FINDS, a.stance());
  }

  @Test
  void aPersonWhoFindsAThingReportsNoFinding() {
    Ledger ledger = extract("A cleaner found a wallet she had never seen in the lobby.");
    assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void anEndorsementReportsItsObjectAndTakesItsOccasion() {
    Ledger ledger = extract("Senator Rosa Vell endorsed the tram line during a visit to Brookfield on"
        + " Tuesday, a week before the vote.");
    Attribution a = about(ledger, "the tram line");
    assertEquals(Stance.SUPPORTS, a.stance());
    assertEquals("the tram line", statement(ledger, a).text());
    assertEquals(PartialDate.ofDay(2023, 3, 7), a.said().orElseThrow().date());
  }

  @Test
  void aVerbOfOppositionNeverReportsTheWordsBeforeIt() {
    Ledger ledger = extract("The council raised bus fares twice, as critics have long opposed.");
    assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void aPassiveParticipleWithItsAgentReportsNothing() {
    Ledger ledger = extract("Residents criticized by the mayor said the road was unsafe.");
    Attribution a = about(ledger, "the road was unsafe");
    assertEquals(Stance.SAYS, a.stance());
    assertEquals(1, ledger.attributions().size(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void aRefusalToCommentReportsNothing() {
    Ledger ledger = extract("The mayor's lawyer, Noor Ekdahl, declined to comment on the audit, and the "
        + "council refused to answer questions about it.");
    assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void anAttitudeInsideAStatementIsPartOfIt() {
    Ledger ledger = extract("Sen. Ada Brisk said the governor wants a second vote on the tram line.");
    assertEquals(1, ledger.attributions().size(), () -> ExtractedArticles.describe(ledger));
    assertEquals("Ada Brisk", speaker(ledger, about(ledger, "wants a second vote")).name());
  }

  @Test
  void verbsOfSpeechWithAnObjectReportNothing() {
    Ledger ledger = extract("Mayor Ida Brandt maintained a wide lead in the polls and continues to struggle with "
        + "the budget. Voters in three states say the tram matters most.");
    assertEquals(1, ledger.attributions().size(), () -> ExtractedArticles.describe(ledger));
    assertEquals("Voters in three states", speaker(ledger, about(ledger, "the tram matters most")).name());
  }
}

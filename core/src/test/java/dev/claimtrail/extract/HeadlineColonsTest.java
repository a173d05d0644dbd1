package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.describe;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Statement;
import org.junit.jupiter.api.Test;

/** Headlines and roundup lines in which a name and a colon introduce what someone said. */
class HeadlineColonsTest {
  @Test
  void aNameAndAColonOpeningALineIntroduceAParaphrase() {
    Ledger ledger = extract("Ana Ruiz: Port Will Stay Open All Winter\n\nThe mayor spoke on Monday.\n");
    Attribution a = about(ledger, "Port Will Stay Open");
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
    assertEquals("Port Will Stay Open All Winter", statement(ledger, a).text());
    assertEquals(Statement.Kind.INDIRECT, statement(ledger, a).kind());
    assertEquals(HeadlineColons.RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void aLabelOfThePageBeforeAColonIsNoSpeaker() {
    Ledger ledger = extract("Breaking: Port Will Stay Open All Winter\n\nThe Latest: Harbour Cranes Stand Idle\n\n"
        + "Q: Will the port stay open?\n");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aTimeOfDayIsNoName() {
    Ledger ledger = extract("6:45 pm – the mayor left the hall through a side door.\n");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aLineThatAnotherRuleReadsIsLeftToIt() {
    Ledger ledger = extract("Update: Ana Ruiz said the port will stay open all winter.\n");
    Attribution a = about(ledger, "port");
    assertEquals("the port will stay open all winter", statement(ledger, a).text());
    assertEquals(1, ledger.attributions().size(), () -> describe(ledger));
  }
}

package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.describe;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import org.junit.jupiter.api.Test;

/**
 * Example tests of words printed between two apostrophes ({@code ''...''}): the reporting clause
 * after them, the sentence they open, and the sentences that go on with the same speaker.
 */
class ApostropheQuoteTest {
  @Test
  void aClauseAfterApostrophesReportsTheWordsBeforeIt() {
    Ledger ledger = extract("The port reopened on Monday. ''We will not close it again,'' Ana Ruiz said.");
    Attribution a = about(ledger, "close it again");
    assertEquals("We will not close it again", statement(ledger, a).text());
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
    assertEquals(ReportedClauses.TRAILING_RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void anInvertedClauseAfterApostrophesReportsThemPastALongDescription() {
    Ledger ledger = extract("''The budget is a fair one,'' said Ben Otto, a former treasurer of the county"
        + " who now teaches economics at a small college in the north of the state.");
    Attribution a = about(ledger, "fair one");
    assertEquals("The budget is a fair one", statement(ledger, a).text());
    assertEquals("Ben Otto", speaker(ledger, a).name());
  }

  @Test
  void aQuestionBetweenApostrophesIsReportedByTheClauseAfterIt() {
    Ledger ledger = extract("''Who will pay for the bridge?'' Ana Ruiz asked.");
    assertEquals("Ana Ruiz", speaker(ledger, about(ledger, "pay for the bridge")).name());
  }

  @Test
  void aSentenceEndsBeforeOpeningApostrophes() {
    Ledger ledger = extract("Ana Ruiz said the port would stay open. ''A strike helps no one.''");
    assertEquals("the port would stay open", statement(ledger, about(ledger, "port")).text());
  }

  @Test
  void apostrophesOpeningTheNextSentenceGoOnWithTheSpeaker() {
    Ledger ledger = extract("''The port will stay open,'' Ana Ruiz said. ''A strike helps no one. Not the"
        + " workers and not the owners.''");
    Attribution a = about(ledger, "helps no one");
    assertEquals("A strike helps no one. Not the workers and not the owners.", statement(ledger, a).text());
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
    assertEquals(ApostropheQuoteRuns.RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void apostrophesWithAClauseOfTheirOwnAreNotContinued() {
    Ledger ledger = extract("''The port will stay open,'' Ana Ruiz said. ''It will close,'' Ben Otto replied.");
    Attribution a = about(ledger, "It will close");
    assertEquals("Ben Otto", speaker(ledger, a).name(), () -> describe(ledger));
  }

  @Test
  void apostrophesAfterASentenceWithoutThemStartNoRun() {
    Ledger ledger = extract("Ana Ruiz said the port would stay open. ''A strike helps no one.''");
    assertTrue(ledger.attributions().stream().noneMatch(a -> statement(ledger, a).text().contains("strike")),
        () -> describe(ledger));
  }

  @Test
  void aParticipleAfterTheClauseIsTheReportersOwnWords() {
    Ledger ledger = extract("''The fund is empty,'' Ana Ruiz said, referring to the pension plan of the city's"
        + " firefighters and police officers.");
    assertEquals("The fund is empty", statement(ledger, about(ledger, "fund")).text());
  }

  @Test
  void wordsAReportingClauseIntroducesWithAColonRunToTheClosingApostrophes() {
    Ledger ledger = extract("Ben Otto said: ''Wages will not rise. Prices will.''\n\nThe port closed.");
    Attribution a = about(ledger, "Wages");
    assertEquals("Wages will not rise. Prices will.", statement(ledger, a).text());
    assertEquals("Ben Otto", speaker(ledger, a).name());
    assertEquals(ApostropheQuoteRuns.INTRODUCED_RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void aClauseEndingItsLineWithACommaIntroducesTheApostrophesBelow() {
    Ledger ledger = extract("Ana Ruiz, the harbour master, said,\n''The cranes will be idle all winter.''\n");
    Attribution a = about(ledger, "cranes");
    assertEquals("The cranes will be idle all winter.", statement(ledger, a).text());
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
  }
}

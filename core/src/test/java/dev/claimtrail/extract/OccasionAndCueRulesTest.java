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
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Example tests of the rules that date statements by the occasion the text names elsewhere, and of
 * the cues and headline forms that real news prints: "the previous day", an echo carried into the
 * next sentence, documents speaking for their authors, passive reporting verbs.
 */
class OccasionAndCueRulesTest {
  private static Optional<PartialDate> said(Attribution a) {
    return a.said().map(r -> r.date());
  }

  @Test
  void thePreviousDayCountsBackFromTheDayNamedBeforeIt() {
    Ledger ledger = extract("Lawmakers passed the bill on Thursday.\n\nThe previous day, union leader"
        + " Ana Ruiz had told marchers that the bill was \"a disgrace.\"");
    assertEquals(Optional.of(PartialDate.of(LocalDate.of(2023, 3, 8))), said(about(ledger, "a disgrace")));
  }

  @Test
  void aTimeThatBoundsASpanIsNeitherTheDateSaidNorCutFromTheWords() {
    Ledger ledger = extract("Coach Ben Otto said the club had lost six games since January.");
    Attribution a = about(ledger, "six games");
    assertEquals("the club had lost six games since January", statement(ledger, a).text());
    assertEquals(Optional.empty(), a.said());
  }

  @Test
  void aTimeAfterWordsAboutTheFutureStaysInThem() {
    Ledger ledger = extract("Mayor Lin Park wrote on social media that she would visit the site this week.");
    assertEquals("she would visit the site this week", statement(ledger, about(ledger, "visit the site")).text());
  }

  @Test
  void aPassiveReportingVerbMakesNoSpeaker() {
    Ledger ledger = extract("The plant will close in May. Staff were told of the closure before"
        + " customers were. She was asked whether the company had a plan.");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aDocumentAccordingToWhichSomethingIsSoSpeaksForItsAuthorOnItsDate() {
    Ledger ledger = extract("Food prices rose 4 percent last year, according to figures published"
        + " on Tuesday by the Statistics Office.");
    Attribution a = about(ledger, "Food prices rose 4 percent");
    assertEquals("Statistics Office", speaker(ledger, a).name().replaceFirst("^[Tt]he ", ""));
    assertEquals(Optional.of(PartialDate.of(LocalDate.of(2023, 3, 7))), said(a));
    assertTrue(a.hedges().contains("according to"));
  }

  @Test
  void aDocumentOnlySeenByAnOutletEndsTheReportedClauseButSpeaksForNobody() {
    Ledger ledger = extract("The company told investors last month that the plant remained profitable,"
        + " according to a filing seen by the Courier.");
    Attribution a = about(ledger, "profitable");
    assertEquals("the plant remained profitable", statement(ledger, a).text());
    assertEquals(1, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void anEchoWithoutWordsCarriesItsStanceAndTimeIntoTheNextSentence() {
    Ledger ledger = extract("Mayor Lin Park warned that the bridge was unsafe.\n\nCouncil leader Ravi"
        + " Shah echoed those concerns on Tuesday. He said the council had not been consulted.");
    Attribution a = about(ledger, "not been consulted");
    assertEquals("Ravi Shah", speaker(ledger, a).name());
    assertEquals(Stance.ECHOES, a.stance());
    assertEquals(Optional.of(PartialDate.of(LocalDate.of(2023, 3, 7))), said(a));
  }

  @Test
  void anOccasionDatedInAnEarlierSentenceDatesTheWordsSaidThere() {
    Ledger ledger = extract("Eva Lund made the tram the centrepiece of a campaign rally in 2021."
        + " At that rally she told supporters the trams would be \"running by spring.\"");
    assertEquals(Optional.of(PartialDate.ofYear(2021)), said(about(ledger, "running by spring")));
  }

  @Test
  void wordsInThePresentPerfectAreNotDatedByTheOccasionTheySpeakOf() {
    Ledger ledger = extract("Eva Lund first spoke of the tram at a campaign rally in 2021."
        + " Since the rally, the mayor has said the trams would be \"running by spring.\"");
    assertEquals(Optional.empty(), about(ledger, "running by spring").said());
  }

  @Test
  void aHeadlineQuoteBeforeAColonIsTheGroupsAfterIt() {
    Ledger ledger = extract("“We were promised 2026”: commuters vent over delay\n\nThe tram line will"
        + " open a year late, the city said.");
    Attribution a = about(ledger, "We were promised 2026");
    assertEquals(Statement.Kind.DIRECT_QUOTE, statement(ledger, a).kind());
    assertEquals(Optional.of("commuters"), a.speakerMention());
  }

  @Test
  void listenToSomeoneExplainingWhyAssertsWhatFollows() {
    Ledger ledger = extract("Listen to Dr. Ana Ruiz explaining why the vaccine works.");
    Attribution a = about(ledger, "why the vaccine works");
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
    assertEquals(Stance.ASSERTS, a.stance());
    assertEquals(Optional.of("explaining"), a.cue());
  }

  @Test
  void aQuoteCitedByAParticipleTakesTheTimeOfTheClauseItHangsOn() {
    Ledger ledger = extract("The company Ashbury Care announced last week that it would close the homes,"
        + " citing \"unsustainable\" costs.");
    Attribution a = about(ledger, "unsustainable");
    assertEquals(Optional.of("citing"), a.cue());
    assertEquals(Optional.of(PartialDate.of(LocalDate.of(2023, 2, 27))), said(a));
  }

  @Test
  void askingForAfterACommaIsAnUrging() {
    Ledger ledger = extract("MP Dan Cole wrote to the minister on Monday, asking for an inquiry.");
    Attribution a = about(ledger, "an inquiry");
    assertEquals("Dan Cole", speaker(ledger, a).name());
    assertEquals(Stance.URGES, a.stance());
  }

  @Test
  void recentlyIsTheMonthOfPublicationButNotWhenItEndsTheWords() {
    Ledger ledger = extract("Mayor Lin Park has recently said that the bridge is unsafe."
        + " Coach Ben Otto said prices had risen recently.");
    assertEquals(Optional.of(PartialDate.ofMonth(2023, 3)), said(about(ledger, "the bridge is unsafe")));
    Attribution prices = about(ledger, "prices had risen");
    assertEquals("prices had risen recently", statement(ledger, prices).text());
    assertEquals(Optional.empty(), prices.said());
  }
}

package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Speaker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a speaker phrase is bounded and which entity it names, one construction a test. */
class SpeakerPhraseTest {
  private static Speaker speakerOf(Ledger ledger, String words) {
    return speaker(ledger, about(ledger, words));
  }

  @Test
  void aMiddleInitialStaysInsideTheName() {
    Ledger ledger = extract("\"The budget is late,\" said Dana R. Whitfield, a city auditor.");
    assertEquals("Dana R. Whitfield", speakerOf(ledger, "budget is late").name());
  }

  @Test
  void initialsJoinedByDotsAfterATitleStayInsideTheName() {
    Ledger ledger = extract("\"We will vote no,\" said Rep. T.J. Okafor (D-Ore.).");
    Attribution a = about(ledger, "vote no");
    assertEquals("T.J. Okafor", speaker(ledger, a).name());
    assertEquals(Optional.of("Rep. T.J. Okafor"), a.speakerMention());
  }

  @Test
  void abbreviatedRanksBeforeANameAreTitlesNotNames() {
    Ledger ledger = extract("\"The base stays open,\" Retired Lt. Gen. Omar Haddad said.\n\n"
        + "\"The bill passed,\" said Del. Rosa Inglis.");
    assertEquals("Omar Haddad", speakerOf(ledger, "base stays open").name());
    assertEquals("Rosa Inglis", speakerOf(ledger, "bill passed").name());
  }

  @Test
  void aHePronounSkipsAPlaceAndADayBeforeIt() {
    Ledger ledger = extract("Tomas Brandt toured the plant in Nebraska on Monday.\n\n"
        + "Speaking Tuesday in Omaha Friday, he thanked the crew.\n\n"
        + "\"They did the work,\" he said.");
    assertEquals("Tomas Brandt", speakerOf(ledger, "did the work").name());
  }

  @Test
  void aShePronounNeverTakesAManNamedByAMaleFirstName() {
    Ledger ledger = extract("Helen Marsh met Robert Quill at the summit.\n\n"
        + "Robert Quill left early.\n\n"
        + "\"It was a productive day,\" she said.");
    assertEquals("Helen Marsh", speakerOf(ledger, "productive day").name());
  }

  @Test
  void aPronounPrefersWhoeverReportedInTheSentenceBefore() {
    Ledger ledger = extract("Ortiz's plan may be costly, said Gavin Petrov, a budget analyst.\n\n"
        + "\"Nobody has priced it,\" he said.");
    assertEquals("Gavin Petrov", speakerOf(ledger, "Nobody has priced it").name());
  }

  @Test
  void aDescriptionHeadedByARoleTheLexiconKnowsSpeaksForItself() {
    Ledger ledger = extract("\"We expect a close race,\" the Green Party nominee said.");
    Attribution a = about(ledger, "close race");
    assertEquals(Optional.of("the Green Party nominee"), a.speakerMention());
  }

  @Test
  void aDocumentSpeaksForItsUnnamedAuthor() {
    Ledger ledger = extract("The ministry published its findings on Monday.\n\n"
        + "\"Water use rose for a third year,\" the report said.");
    assertEquals(Optional.of("the report"), about(ledger, "Water use rose").speakerMention());
  }

  @Test
  void aSpeakerAfterTheVerbRunsFromAPartyWordThroughRoleWordsToTheName() {
    Ledger ledger = extract("\"The map favors us,\" said Harbor Party strategist Ines Varga.");
    Attribution a = about(ledger, "map favors us");
    assertEquals("Ines Varga", speaker(ledger, a).name());
    assertEquals(Optional.of("Harbor Party strategist Ines Varga"), a.speakerMention());
  }

  @Test
  void aNounInLyEndsTheSpeakerPhraseAsAnyNoun() {
    Ledger ledger = extract("Ben Otto was arrested on Tuesday. Otto's family has called on the police to release"
        + " the videos \"as a matter of transparency.\"");
    assertEquals("Otto's family", speakerOf(ledger, "police").name());
  }

  @Test
  void theObjectOfAPrepositionIsNoSubjectOfTheWordAfterIt() {
    Ledger ledger = extract("The Ledger Review rated 32 percent of Harbour Party claims as \"false\" last year.");
    assertTrue(ledger.attributions().stream().noneMatch(a -> speaker(ledger, a).name().contains("Harbour")),
        () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void anOrganizationWordJoinsTheNameAfterOnIntoOneName() {
    Ledger ledger = extract("The Commission on Harbour Debates said there was a problem with the microphone.\n\n"
        + "Tom Reyes spoke later. He says, \"Working that microphone was hard.\"");
    assertEquals("Commission on Harbour Debates", speakerOf(ledger, "problem").name());
    assertEquals("Tom Reyes", speakerOf(ledger, "Working that microphone").name());
  }

  @Test
  void aNameInAPrepositionalPhraseOfTheSubjectDoesNotSpeak() {
    Ledger ledger = extract("Sen. Lena Moravec, facing a hard race in Ohio, a swing state, said she would "
        + "welcome the governor.\n\nTomas Brill, a former treasury official who is now a fellow at the "
        + "Institute for Port Studies, which studies shipping, said that tariffs had hurt the docks.");
    assertEquals("Lena Moravec", speakerOf(ledger, "welcome the governor").name());
    assertEquals("Tomas Brill", speakerOf(ledger, "tariffs had hurt").name());
  }

  @Test
  void theObjectOfARelativeClauseInTheSubjectDoesNotSpeak() {
    Ledger ledger = extract("Farmers in Ohio who watched the Harvest Forum said they were worried about prices.");
    assertEquals("Farmers in Ohio", speakerOf(ledger, "worried about prices").name());
  }

  @Test
  void aLongDescriptionBetweenCommasKeepsTheNameBeforeIt() {
    Ledger ledger = extract("Ivo Castellan, dean of the Northfield University School of Public Policy, said "
        + "the court had changed its tone.\n\nRep. Mara Jovic (D-Ore.), a delegate, said she had spoken "
        + "with many colleagues.");
    assertEquals("Ivo Castellan", speakerOf(ledger, "changed its tone").name());
    assertEquals("Mara Jovic", speakerOf(ledger, "spoken with many").name());
  }

  @Test
  void aShareOfANamedGroupSpeaksAsThatShare() {
    Ledger ledger = extract("Even so, 36 percent of Democrats said they would back the measure.");
    assertEquals("36 percent of Democrats", speakerOf(ledger, "back the measure").name());
  }

  @Test
  void anInitialOpeningAFullNameStaysInsideIt() {
    Ledger ledger = extract("\"The border is open,\" said R. Tomas Ekberg, the customs commissioner.");
    assertEquals("R. Tomas Ekberg", speakerOf(ledger, "border is open").name());
  }

  @Test
  void aNameAfterARoleAfterTheReportedClauseSpeaks() {
    Ledger ledger = extract("The levy will not pass, the city's spokeswoman, Ines Vallo, said on Monday.");
    assertEquals("Ines Vallo", speakerOf(ledger, "levy will not pass").name());
  }

  @Test
  void aGroupModifiedByARelativeClauseSpeaksWithItsModifier() {
    Ledger ledger = extract("Current and former officials who spoke with the Harbor Ledger said the office "
        + "had become a shell of itself.");
    assertEquals("Current and former officials who spoke with the Harbor Ledger",
        speakerOf(ledger, "shell of itself").name());
  }

  @Test
  void aGroupModifiedByAParticiplePhraseSpeaksWithItsModifier() {
    Ledger ledger = extract("People briefed on the merger said that it reflected a change of course.\n\n"
        + "Activists clamoring to block the pipeline say they are gaining ground.");
    assertEquals("People briefed on the merger", speakerOf(ledger, "change of course").name());
    assertEquals("Activists clamoring to block the pipeline", speakerOf(ledger, "gaining ground").name());
  }

  @Test
  void aPastTenseBeforeAnObjectIsTheVerbNotAModifierOfTheGroup() {
    Ledger ledger = extract("Campaign aides declined to discuss the ad buys.");
    assertTrue(ledger.speakers().stream().noneMatch(s -> s.name().startsWith("Campaign aides declined")),
        () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void aStandTakenInARelativeClauseEndsAtTheVerbOfTheSubject() {
    Ledger ledger = extract("Lawmakers who oppose the levy said it would fail in the spring.");
    assertEquals("the levy", statement(ledger, about(ledger, "the levy")).text());
    assertEquals("Lawmakers who oppose the levy", speakerOf(ledger, "would fail").name());
  }

  @Test
  void aNameOpeningTheClauseSpeaksThroughSeveralAsides() {
    Ledger ledger = extract("Lina Varga, 27, a nurse in Dover, said the ward would close.\n\n"
        + "Tomas Edd, an official at the Harbor Housing Authority, which has a backlog of 500 homes, "
        + "said the rule would slow repairs.\n\n"
        + "Okafor (who has 25 delegates so far) said the count was not over.");
    assertEquals("Lina Varga", speakerOf(ledger, "ward would close").name());
    assertEquals("Tomas Edd", speakerOf(ledger, "slow repairs").name());
    assertEquals("Okafor", speakerOf(ledger, "count was not over").name());
  }

  @Test
  void aLongAppositiveAfterAnInvertedNameStaysWithTheName() {
    Ledger ledger = extract("Turnout has risen, said Ivo Castellan, a chairman of the history department "
        + "at Northfield University in Vermont.");
    Attribution a = about(ledger, "Turnout has risen");
    assertEquals("Ivo Castellan", speaker(ledger, a).name());
    assertEquals("Turnout has risen", statement(ledger, a).text());
  }

  @Test
  void anOpeningAdverbialIsNoPartOfTheNameBeforeAsides() {
    Ledger ledger = extract("Similarly, Ivo Castellan, a former port director, said the docks would close.");
    assertEquals("Ivo Castellan", speakerOf(ledger, "docks would close").name());
  }

  @Test
  void aNameAfterADescriptionWithoutARoleWordSpeaks() {
    Ledger ledger = extract("One of the authors of that 2019 report, Mara Jovic, said the study still held.");
    assertEquals("Mara Jovic", speakerOf(ledger, "study still held").name());
  }

  @Test
  void aRelativeClauseInAnAsideMayHoldAReportingVerb() {
    Ledger ledger = extract("Lina Varga, director of the Harbor Nurses Union, a union that has endorsed "
        + "Tomas Brill, also said her group would march.");
    assertEquals("Lina Varga", speakerOf(ledger, "would march").name());
  }

  @Test
  void aGroupBeforeAPrepositionalPhraseSpeaksRatherThanTheNamesInIt() {
    Ledger ledger = extract("In Britain, the cities of Leeds and York said they would light their bridges.\n\n"
        + "Harbor pilots in Norfolk, for instance, noted that the channel was too shallow.");
    assertEquals("the cities", speakerOf(ledger, "light their bridges").name());
    assertEquals("Harbor pilots", speakerOf(ledger, "too shallow").name());
  }

  @Test
  void thoseWithAParticipleTakeAPluralVerb() {
    Ledger ledger = extract("By wide margins, those surveyed say the harbor should come first.");
    assertEquals("those surveyed", speakerOf(ledger, "harbor should come first").name());
  }
}

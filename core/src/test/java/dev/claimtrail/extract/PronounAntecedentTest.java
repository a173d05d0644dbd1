package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** Whom a pronoun that reports a quote stands for, when the sentences before it name several. */
class PronounAntecedentTest {
  /** The name of the speaker of the one attribution whose statement text contains {@code words}. */
  private static String speakerOf(Ledger ledger, String words) {
    return speaker(ledger, about(ledger, words)).name();
  }

  @Test
  void aVerbBeforeANameMakesItNoSpeakerUnlessAQuoteOrCommaPrecedesTheVerb() {
    Ledger ledger = extract("Ruth Kessler and two neighbours could not support Helen Dorsey for governor. "
        + "\"I'll write in someone else,\" she said.");
    assertEquals("Ruth Kessler", speakerOf(ledger, "write in someone else"));
  }

  @Test
  void aPronounRefersBackThroughAnEarlierPronounThatSpoke() {
    Ledger ledger = extract("Mira Castell waited by the gate. \"We came for the music,\" she said, and Lena Morrow "
        + "nodded. Then she added: \"We will come back next year.\"");
    assertEquals("Mira Castell", speakerOf(ledger, "come back next year"));
  }

  @Test
  void aNameAfterAPrepositionYieldsToTheSpeakerOfTheSentenceBefore() {
    Ledger ledger = extract("\"We came for the music,\" said Mira Castell. She first heard of Lena Morrow on the "
        + "radio. \"It was worth the drive,\" she said.");
    assertEquals("Mira Castell", speakerOf(ledger, "worth the drive"));
  }

  @Test
  void aNameBetweenThePartsOfTheQuoteIsNotThePronounsReferent() {
    Ledger ledger = extract("Mira Castell runs the council. \"The old plan\" -- which Lena Morrow drew up -- "
        + "\"is dead,\" she said.");
    assertEquals("Mira Castell", speakerOf(ledger, "is dead"));
  }

  @Test
  void aNameInWhatSomeoneIsReportedToSayYieldsToTheSubject() {
    Ledger ledger = extract("Tom Brandt told the panel that Victor Sandoval never wanted the job. "
        + "\"He would rather go fishing,\" he said.");
    assertEquals("Tom Brandt", speakerOf(ledger, "rather go fishing"));
  }

  @Test
  void aNameAfterAnOutletsPossessiveAfterItsVerbIsTheOneWhoReports() {
    Ledger ledger = extract("The vote is close, Tom Reyes said on Monday. Debates rarely move voters, noted the"
        + " Ledger's Dan Whitcombe. \"Most voters have made up their minds,\" he wrote.");
    assertEquals("Dan Whitcombe", speakerOf(ledger, "made up their minds"));
  }

  @Test
  void aCapitalizedPluralNamedOnlyOnceIsAGroupNoPronounStandsFor() {
    Ledger ledger = extract("Tomas Vell opened the show at the Harbor Hall. Audiences can expect him to "
        + "take risks.\n\n\"It comes straight from the heart,\" he said.");
    assertEquals("Tomas Vell", speakerOf(ledger, "straight from the heart"));
  }
}

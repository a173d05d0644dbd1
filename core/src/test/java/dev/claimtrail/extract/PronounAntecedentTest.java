package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whom a pronoun that reports a quote stands for, when the sentences before it name several. */
class PronounAntecedentTest {
  private static Ledger extract(String text) {
    return Extractor.standard().extract(text, ArticleMetadata.builder().published(LocalDate.of(2024, 5, 17)).build());
  }

  /** The name of the speaker of the one attribution whose statement text contains {@code words}. */
  private static String speakerOf(Ledger ledger, String words) {
    List<Attribution> found = ledger.attributions().stream()
        .filter(a -> ledger.statement(a.statement()).orElseThrow().text().contains(words))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "attributions of '" + words + "': " + ledger.attributions());
    return ledger.speaker(found.get(0).speaker()).orElseThrow().name();
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
}

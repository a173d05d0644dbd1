package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Speaker;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who speaks when news writing names the speaker in an appositive, after "of", or as "they". */
class SpeakerResolutionTest {
  private static Ledger extract(String text) {
    return Extractor.standard().extract(text, ArticleMetadata.builder().published(LocalDate.of(2024, 5, 17)).build());
  }

  /** The speaker of the one attribution whose statement text contains {@code words}. */
  private static Speaker speakerOf(Ledger ledger, String words) {
    return ledger.speaker(attribution(ledger, words).speaker()).orElseThrow();
  }

  private static Attribution attribution(Ledger ledger, String words) {
    List<Attribution> found = ledger.attributions().stream()
        .filter(a -> ledger.statement(a.statement()).orElseThrow().text().contains(words))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "attributions of '" + words + "': " + ledger.attributions());
    return found.get(0);
  }

  @Test
  void aNameSetOffByCommasAfterARoleSpeaksWithTheWholeSubjectAsMention() {
    Ledger ledger = extract("The agency's director, Maya Lund, said the plan was \"a costly mistake.\"");
    assertEquals("Maya Lund", speakerOf(ledger, "a costly mistake").name());
    assertEquals(Optional.of("The agency's director, Maya Lund"), attribution(ledger, "a costly mistake").speakerMention());
  }

  @Test
  void aRoleWithAnOrganizationBeforeTheAppositiveNameStillGivesThePerson() {
    Ledger ledger = extract("A spokesman for St. Ives Hospital, Carl Brandt, said the ward would reopen in June.");
    assertEquals("Carl Brandt", speakerOf(ledger, "the ward would reopen").name());
  }

  @Test
  void aPlaceAfterOfFollowingAnAbbreviatedTitleAndNameIsNotTheSpeaker() {
    Ledger ledger = extract("State Sen. Ruth Park of Millbrook said the bill would \"hurt every farmer.\"");
    assertEquals("Ruth Park", speakerOf(ledger, "hurt every farmer").name());
  }

  @Test
  void friendsOfTheNameIsOneOrganization() {
    Ledger ledger = extract("Friends of the Alder Valley, a local group, said the dam was \"a disaster in waiting.\"");
    Speaker speaker = speakerOf(ledger, "a disaster in waiting");
    assertEquals("Friends of the Alder Valley", speaker.name());
    assertEquals(Speaker.Kind.ORGANIZATION, speaker.kind());
  }

  @Test
  void theyOpeningASentenceStandsForThePluralSubjectOfTheSentenceBefore() {
    Ledger ledger = extract("Mayor Ana Silva praised the new timetable. Bus drivers in the city were angry. "
        + "They said the new shifts were unsafe.");
    Speaker speaker = speakerOf(ledger, "the new shifts were unsafe");
    assertEquals("Bus drivers in the city", speaker.name());
    assertEquals(Speaker.Kind.GROUP, speaker.kind());
  }

  @Test
  void aPluralSubjectWithAPlaceSpeaksAsAGroup() {
    Ledger ledger = extract("Night nurses at the clinic said they had not been paid since March.");
    assertEquals("Night nurses at the clinic", speakerOf(ledger, "they had not been paid").name());
  }

  @Test
  void aNameRunningOverALineBreakOfHardWrappedProseIsOneName() {
    Ledger ledger = extract("The council met on Thursday to discuss the budget for the coming year. A spokesman for the union, Ken\n"
        + "Marlow, said the union would ask for a second vote.");
    assertEquals("Ken Marlow", speakerOf(ledger, "a second vote").name());
  }

  @Test
  void courtDocumentsAreASourceAfterAccordingTo() {
    Ledger ledger = extract("The suspect sold the land twice, according to court documents.");
    assertEquals("court documents", speakerOf(ledger, "sold the land twice").name());
  }

  @Test
  void aPluralNounBeforeWhoSaysSpeaksAsAGroup() {
    Ledger ledger = extract("The mayor closed the market, angering stall holders who say the rents have doubled.");
    Speaker speaker = speakerOf(ledger, "the rents have doubled");
    assertEquals("stall holders", speaker.name());
    assertEquals(Speaker.Kind.GROUP, speaker.kind());
  }

  @Test
  void aBaseFormCueAfterAPluralSubjectIsThePresentTense() {
    Ledger ledger = extract("The records say the land was sold twice.");
    assertEquals("The records", speakerOf(ledger, "the land was sold twice").name());
  }

  @Test
  void aHeadlineVerbInThePresentAfterAPluralIsNoCueOfItsOwn() {
    Ledger ledger = extract("Nurses demand answers after clinic closure\n\nThe clinic closed on Monday.");
    assertEquals(List.of(), ledger.attributions());
  }

  @Test
  void neitherOpeningASentenceIsNoName() {
    Ledger ledger = extract("Two dockworkers feared the port would close. (Neither wanted to give a name.)\n"
        + "At a rally in Dover, Lena Moravec railed against the levy. \"It is a tax on work,\" she said.");
    assertEquals("Lena Moravec", speakerOf(ledger, "tax on work").name());
  }
}

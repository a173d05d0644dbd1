package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reporting clauses of news agency copy: datelines, speakers described between commas,
 * unnamed sources and groups named after what they said, and reports that end their sentence.
 * Articles are read as published on Friday, March 10, 2023.
 */
class WireCopyRulesTest {
  @Test
  void aDatelineIsNoPartOfTheFirstSentencesReport() {
    Ledger ledger = extract("Ferry services suspended\n\n"
        + "HALIFAX, N.S. (CP) — Ferry crossings were cancelled for a third day, port officials said.");
    Attribution a = about(ledger, "Ferry crossings were cancelled");
    assertEquals("Ferry crossings were cancelled for a third day", statement(ledger, a).text());
  }

  @Test
  void aSpeakerDescribedBetweenCommasAfterAQuoteSpeaks() {
    Ledger ledger = extract("\"The harbour will not reopen before spring,\" Lena Okafor, the port's"
        + " operations director, said on Tuesday.");
    Attribution a = about(ledger, "The harbour will not reopen");
    assertEquals("Lena Okafor", speaker(ledger, a).name());
    assertEquals(Statement.Kind.DIRECT_QUOTE, statement(ledger, a).kind());
    assertEquals(PartialDate.ofDay(2023, 3, 7), a.said().orElseThrow().date());
  }

  @Test
  void anUnnamedSourceFamiliarWithAMatterSpeaksAfterWhatItSaid() {
    Ledger ledger = extract("The merger talks stalled over the price, people familiar with the"
        + " negotiations said.");
    Attribution a = about(ledger, "The merger talks stalled");
    assertEquals("people familiar with the negotiations", speaker(ledger, a).name());
    assertEquals("The merger talks stalled over the price", statement(ledger, a).text());
  }

  @Test
  void aGroupNamedAfterACommaSpeaks() {
    Ledger trailing = extract("Copper prices jumped on the news, metal dealers said.");
    Attribution a = about(trailing, "Copper prices jumped on the news");
    assertEquals("metal dealers", speaker(trailing, a).name());
    assertEquals(Speaker.Kind.GROUP, speaker(trailing, a).kind());
    Ledger leading = extract("After two days of talks, negotiators said a deal was within reach.");
    assertEquals("negotiators", speaker(leading, about(leading, "a deal was within reach")).name());
  }

  @Test
  void aRoleAfterTheNameOfAccordingToIsNoPartOfTheReport() {
    Ledger ledger = extract("According to Pavel Dobrev, a senior analyst at the ministry, exports"
        + " fell by a fifth.");
    Attribution a = about(ledger, "exports fell by a fifth");
    assertEquals("Pavel Dobrev", speaker(ledger, a).name());
    assertEquals("exports fell by a fifth", statement(ledger, a).text());
    Ledger plain = extract("According to police, the crew, all six of them, were rescued.");
    assertEquals("the crew, all six of them, were rescued",
        statement(plain, about(plain, "were rescued")).text());
  }

  @Test
  void aReportThatEndsTheSentenceEndsTheReportItCarries() {
    Ledger ledger = extract("Mayor Ines Duarte had promised in May that the bridge would be"
        + " repaired, the Coastal Herald reported.");
    Attribution promised = ledger.attributions().stream()
        .filter(a -> statement(ledger, a).text().equals("the bridge would be repaired"))
        .findFirst().orElseThrow();
    assertEquals(PartialDate.ofMonth(2022, 5), promised.said().orElseThrow().date());
    Attribution herald = about(ledger, "Mayor Ines Duarte had promised");
    assertEquals(Optional.of(herald.id()), promised.via());
  }

  @Test
  void aWeekdayInWhatIsToComeIsNotWhenItWasSaid() {
    Ledger ledger = extract("Forecasters warned that the storm could reach the coast on Sunday.");
    Attribution a = about(ledger, "the storm could reach the coast on Sunday");
    assertFalse(a.said().isPresent());
    Ledger later = extract("The airline said it would raise fares later this year.");
    Attribution fares = about(later, "it would raise fares");
    assertEquals("it would raise fares later this year", statement(later, fares).text());
    assertFalse(fares.said().isPresent());
  }

  @Test
  void aVerbJoinedByButSpeaksForTheSubjectOfTheSentence() {
    Ledger ledger = extract("The central bank left rates unchanged on Wednesday but said further"
        + " increases were likely.");
    Attribution a = about(ledger, "further increases were likely");
    assertEquals("The central bank", a.speakerMention().orElseThrow());
    assertEquals(PartialDate.ofDay(2023, 3, 8), a.said().orElseThrow().date());
  }

  @Test
  void aLongAsideAboutAnonymityKeepsItsSpeaker() {
    Ledger ledger = extract("A senior diplomat, speaking on condition of anonymity because she was"
        + " not authorized to brief the press, said the envoy had left the capital.");
    Attribution a = about(ledger, "the envoy had left the capital");
    assertTrue(speaker(ledger, a).name().startsWith("A senior diplomat"));
  }

  @Test
  void aRegulatorDenies() {
    Ledger ledger = extract("The regulator denied that it had approved the merger.");
    Attribution a = about(ledger, "it had approved the merger");
    assertEquals(Stance.DENIES, a.stance());
    assertEquals("The regulator", a.speakerMention().orElseThrow());
  }

  @Test
  void institutionsAndUnnamedOfficersSpeak() {
    Ledger ledger = extract("In a statement, the university said the lecture would go ahead. The club's"
        + " finance director acknowledged that the season had been poor.");
    assertEquals("the university", about(ledger, "the lecture would go ahead").speakerMention().orElseThrow());
    assertEquals("The club's finance director",
        about(ledger, "the season had been poor").speakerMention().orElseThrow());
  }

  @Test
  void aGroupWithAParticipleAndItsAgentSpeaksNotTheAgent() {
    Ledger ledger = extract("Shoppers questioned by the Sentinel said prices had doubled.");
    Attribution a = about(ledger, "prices had doubled");
    assertEquals("Shoppers questioned by the Sentinel", speaker(ledger, a).name());
  }
}

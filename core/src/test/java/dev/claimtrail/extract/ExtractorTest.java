package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.describe;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  @Test
  void directQuoteWithCueAfterIsAttributedToTheTitledSpeaker() {
    Ledger ledger = extract("Finance Minister Anna Berg defended the budget on Monday.\n"
        + "\"We cannot spend money we do not have,\" Berg said.");
    Attribution a = about(ledger, "We cannot spend money");
    assertEquals("Anna Berg", speaker(ledger, a).name());
    assertEquals("Finance Minister", speaker(ledger, a).roles().get(0).title());
    assertEquals(Statement.Kind.DIRECT_QUOTE, statement(ledger, a).kind());
    assertEquals(Optional.of("said"), a.cue());
    assertEquals(Optional.of("Berg"), a.speakerMention());
  }

  @Test
  void theSpeakerMentionKeepsWhereItIsPrinted() {
    String text = "\"The budget is a mess,\" Senate Majority Leader Ann Cole, R-Ky., said on Tuesday.";
    Attribution a = about(extract(text), "budget is a mess");
    assertEquals(Optional.of("Senate Majority Leader Ann Cole"), a.speakerMention());
    Span printed = a.speakerMentionSpan().orElseThrow();
    assertEquals("Senate Majority Leader Ann Cole", text.substring(printed.start(), printed.end()));
    assertTrue(printed.slices(text));
  }

  @Test
  void curlyQuoteWithCueBeforeAndColonIsDirect() {
    Ledger ledger = extract("Mayor Tom Reyes told reporters: “The bridge will open in May.”");
    Attribution a = about(ledger, "The bridge will open");
    assertEquals("Tom Reyes", speaker(ledger, a).name());
    assertEquals(Statement.Kind.DIRECT_QUOTE, statement(ledger, a).kind());
    assertEquals(Optional.of("reporters"), a.addressee());
  }

  @Test
  void splitQuoteIsOneStatementWithTwoEvidenceSpans() {
    String text = "\"The talks were useful,\" she said, \"but nothing is settled yet.\"";
    Ledger ledger = extract("Senator Maria Lopez met the delegation.\n" + text);
    Attribution a = about(ledger, "The talks were useful");
    assertEquals(2, a.evidence().size());
    assertTrue(statement(ledger, a).text().contains("nothing is settled"));
    assertEquals("Maria Lopez", speaker(ledger, a).name());
  }

  @Test
  void partialQuoteInsideParaphraseIsPartial() {
    Ledger ledger = extract("Governor Ian Cole said the plan was \"dead on arrival\" and urged a vote.");
    Attribution a = about(ledger, "dead on arrival");
    assertEquals(Statement.Kind.PARTIAL_QUOTE, statement(ledger, a).kind());
    assertEquals("Ian Cole", speaker(ledger, a).name());
  }

  @Test
  void scareQuotesWithoutCueAreNotAttributed() {
    Ledger ledger = extract("The deal offers \"security guarantees\" in exchange for \"neutrality\".");
    assertTrue(ledger.attributions().isEmpty(), describe(ledger));
  }

  @Test
  void quoteAcrossALineBreakKeepsItsExactText() {
    String text = "Judge Omar Haddad said the court is \"\nready to hear the case.\"";
    Ledger ledger = extract(text);
    Attribution a = about(ledger, "ready to hear");
    assertEquals("ready to hear the case.", statement(ledger, a).text());
    assertTrue(a.evidence().get(0).slices(text));
  }

  @Test
  void quoteOverParagraphsContinuesWithTheSameSpeaker() {
    Ledger ledger = extract("\"We will rebuild the port,\" said Admiral Lena Fox.\n"
        + "\"It will take years.\n\"But we will finish it.\"");
    assertEquals("Lena Fox", speaker(ledger, about(ledger, "It will take years")).name());
    assertEquals("Lena Fox", speaker(ledger, about(ledger, "But we will finish")).name());
  }

  @Test
  void pronounRefersToTheMostRecentPerson() {
    Ledger ledger = extract("Prime Minister Karl Hein arrived in the capital. "
        + "He said the visit was overdue.");
    Attribution a = about(ledger, "the visit was overdue");
    assertEquals("Karl Hein", speaker(ledger, a).name());
    assertEquals(Optional.of("He"), a.speakerMention());
    assertEquals(Statement.Kind.INDIRECT, statement(ledger, a).kind());
  }

  @Test
  void roleDescriptionResolvesToTheEntityWithThatTitleAndNationality() {
    Ledger ledger = extract("Ruritanian officials met French President Paul Marchand in Paris. "
        + "The French leader added that \"no one wants a trade war.\"");
    Attribution a = about(ledger, "no one wants a trade war");
    assertEquals("Paul Marchand", speaker(ledger, a).name());
    assertEquals(Stance.ADDS, a.stance());
  }

  @Test
  void capitalStandsForItsCountry() {
    Ledger ledger = extract("Moscow has denied the report.");
    Attribution a = about(ledger, "the report");
    assertEquals("Russia", speaker(ledger, a).name());
    assertEquals(Stance.DENIES, a.stance());
    assertEquals(Optional.of("Moscow"), a.speakerMention());
  }

  @Test
  void anonymousSourcesAreTiedToWhomTheyAreCloseTo() {
    Ledger ledger = extract("Officials close to Chancellor Eva Lind have confirmed the delay.");
    Attribution a = about(ledger, "the delay");
    Speaker s = speaker(ledger, a);
    assertEquals(Speaker.Kind.ANONYMOUS, s.kind());
    assertEquals("Eva Lind", ledger.speaker(s.affiliation().orElseThrow().speaker()).orElseThrow().name());
    assertEquals("close to", s.affiliation().orElseThrow().relation());
    assertEquals(Stance.CONFIRMS, a.stance());
  }

  @Test
  void outletSpeaksAndNestedReportGoesVia() {
    Ledger ledger = extract("\"The minister has said that taxes will rise,\" the Daily Herald noted.");
    Attribution outer = about(ledger, "The minister has said");
    Speaker outlet = speaker(ledger, outer);
    assertEquals(Speaker.Kind.MEDIA_OUTLET, outlet.kind());
    assertTrue(outlet.outlet().isPresent());
    Ledger withMinister = extract("Finance Minister Ola Dahl spoke in parliament. "
        + "\"Minister Dahl has said that taxes will rise,\" the Daily Herald noted.");
    Attribution inner = about(withMinister, "taxes will rise", Statement.Kind.INDIRECT);
    assertTrue(inner.via().isPresent(), describe(withMinister));
    assertEquals("Ola Dahl", speaker(withMinister, inner).name());
  }

  @Test
  void settingsAndDatesAreReadRelativeToThePublishedDate() {
    Ledger ledger = extract("Ambassador Yui Sato said on Thursday that the embassy would reopen. "
        + "Last month, Sato told reporters that staff were safe. "
        + "\"We are ready,\" Sato wrote on social media in February.");
    Attribution thursday = about(ledger, "the embassy would reopen");
    assertEquals(PartialDate.ofDay(2023, 3, 9), thursday.said().orElseThrow().date());
    Attribution lastMonth = about(ledger, "staff were safe");
    assertEquals(PartialDate.ofMonth(2023, 2), lastMonth.said().orElseThrow().date());
    assertEquals(Optional.of("reporters"), lastMonth.addressee());
    Attribution post = about(ledger, "We are ready");
    assertEquals(Setting.Kind.SOCIAL_MEDIA, post.setting().orElseThrow().kind());
    assertEquals(PartialDate.ofMonth(2023, 2), post.said().orElseThrow().date());
  }

  @Test
  void dayWithoutYearTakesThePreviousYearWhenLaterThanPublication() {
    Ledger ledger = extract("\"It is over,\" General Aziz Noor said on Dec. 28.");
    assertEquals(PartialDate.ofDay(2022, 12, 28),
        about(ledger, "It is over").said().orElseThrow().date());
  }

  @Test
  void withoutPublishedDateNoYearIsAssumed() {
    Ledger unknown = Extractor.standard().extract("\"It is over,\" General Aziz Noor said on Dec. 28.");
    assertFalse(unknown.attributions().iterator().next().said().isPresent());
    Ledger dated = Extractor.standard().extract("On Dec. 2, 2021, the army withdrew. "
        + "\"It is over,\" General Aziz Noor said on Dec. 28.");
    assertEquals(PartialDate.ofDay(2021, 12, 28),
        about(dated, "It is over").said().orElseThrow().date());
  }

  @Test
  void visitSettingCarriesOverToTheSpeakersNextStatement() {
    Ledger ledger = extract("Foreign Minister Lars Eng praised the accord during a May 4 visit to Japan. "
        + "He told his hosts that the accord was \"a model for the region.\"");
    Attribution a = about(ledger, "a model for the region");
    assertEquals(Setting.Kind.VISIT, a.setting().orElseThrow().kind());
    assertEquals(Optional.of("Japan"), a.setting().orElseThrow().place());
    assertEquals(PartialDate.ofDay(2022, 5, 4), a.said().orElseThrow().date());
  }

  @Test
  void hedgesAndAccordingToAreRecorded() {
    Ledger ledger = extract("Coach Ben Ross reportedly told players to \"stay calm.\" "
        + "According to Ross, the team is fit.");
    assertEquals(List.of("reportedly"), about(ledger, "stay calm").hedges());
    Attribution according = about(ledger, "the team is fit");
    assertTrue(according.hedges().contains("according to"));
    assertEquals("Ben Ross", speaker(ledger, according).name());
  }

  @Test
  void everyEvidenceSpanSlicesTheText() {
    String text = "\"One,\" he said. Minister Ada Wu said: \"Two.\" She added that \"three\" is next.";
    Ledger ledger = extract(text);
    assertFalse(ledger.attributions().isEmpty());
    ledger.attributions().forEach(a -> a.evidence().forEach(s -> assertTrue(s.slices(text))));
  }

  @Test
  void aQuoteSplitByItsCueAcrossTwoSentencesIsOneStatement() {
    Ledger ledger = extract("\"We waited long enough,\" Budget Director Alan Mercer said on Thursday."
        + " \"Every month costs jobs.\"");
    Attribution a = about(ledger, "We waited long enough");
    assertEquals("We waited long enough Every month costs jobs.", statement(ledger, a).text());
    assertEquals(2, a.evidence().size());
    assertEquals("Alan Mercer", speaker(ledger, a).name());
    assertEquals(Optional.of(PartialDate.ofDay(2023, 3, 9)), a.said().map(t -> t.date()));
  }

  @Test
  void aParaphraseAttributedAfterItIsIndirectAndNestsTheReportsInside() {
    Ledger ledger = extract("Mayor Tom Reyes urged both sides to return \"as soon as possible,\""
        + " her office said on Monday evening.");
    Attribution office = about(ledger, "Mayor Tom Reyes urged", Statement.Kind.INDIRECT);
    assertEquals("her office", speaker(ledger, office).name());
    Attribution quote = about(ledger, "as soon as possible", Statement.Kind.PARTIAL_QUOTE);
    assertEquals("Tom Reyes", speaker(ledger, quote).name());
    assertEquals(Optional.of(office.id()), quote.via());
  }

  @Test
  void aParticipleCueSpeaksForTheClauseBeforeItsComma() {
    Ledger ledger = extract("The ministry said in a statement that exports would resume, adding that"
        + " the delays were caused by storms.");
    Attribution resume = about(ledger, "exports would resume");
    assertEquals("exports would resume", statement(ledger, resume).text());
    Attribution storms = about(ledger, "the delays were caused by storms");
    assertEquals(Stance.ADDS, storms.stance());
    assertEquals(Optional.of("adding"), storms.cue());
    assertEquals(speaker(ledger, resume).id(), speaker(ledger, storms).id());
  }

  @Test
  void anUnnamedSourceKeepsItsRelativeClauseAndIsFoundAgainByItsNoun() {
    Ledger ledger = extract("According to a senior official who asked not to be named, the plan is"
        + " ready. It could be presented next week, the official said.");
    Attribution first = about(ledger, "the plan is ready");
    assertEquals("a senior official who asked not to be named", speaker(ledger, first).name());
    Attribution second = about(ledger, "It could be presented next week");
    assertEquals(speaker(ledger, first).id(), speaker(ledger, second).id());
    assertEquals(Optional.of("has denied"), about(extract("Reyes has denied the accusation."),
        "the accusation").cue());
  }
}

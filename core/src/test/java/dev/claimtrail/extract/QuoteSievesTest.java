package dev.claimtrail.extract;

import static dev.claimtrail.extract.ExtractedArticles.about;
import static dev.claimtrail.extract.ExtractedArticles.extract;
import static dev.claimtrail.extract.ExtractedArticles.speaker;
import static dev.claimtrail.extract.ExtractedArticles.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.seed.SeedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quote sieves, one construction each, and the provenance they leave on what they attribute. */
class QuoteSievesTest {
  private static String rule(Attribution a) {
    return a.provenance().rule().orElseThrow();
  }

  private static double confidence(Attribution a) {
    return a.provenance().confidence().orElseThrow();
  }

  @Test
  void aQuestionMarkBeforeTheClosingMarkKeepsTheReportingClause() {
    Ledger ledger = extract("Mayor Ann Lee met parents on Monday. \"Who will pay for the buses?\" she asked.");
    Attribution a = about(ledger, "Who will pay");
    assertEquals("Ann Lee", speaker(ledger, a).name());
    assertEquals("adjacent-clause", rule(a));
    assertEquals(Optional.of("asked"), a.cue());
  }

  @Test
  void anInvertedClauseAfterAnExclamationNamesTheSpeaker() {
    Ledger ledger = extract("\"We will never give up!\" said Tom Reyes, the union leader.");
    assertEquals("Tom Reyes", speaker(ledger, about(ledger, "never give up")).name());
  }

  @Test
  void aNameAndAColonIntroduceAQuoteWithoutAReportingVerb() {
    Ledger ledger = extract("Smith: \"We will win the vote.\" Jones: \"We will not lose it.\"\n");
    Attribution smith = about(ledger, "win the vote");
    assertEquals("Smith", speaker(ledger, smith).name());
    assertEquals("colon", rule(smith));
    assertEquals("Jones", speaker(ledger, about(ledger, "not lose it")).name());
  }

  @Test
  void pageFurnitureBeforeANameAndColonIsNoPartOfTheName() {
    Ledger ledger = extract("Continued Smith: \"It is a real problem. We need more voters.\"\n");
    assertEquals("Smith", speaker(ledger, about(ledger, "real problem")).name());
  }

  @Test
  void anOutletAfterTheNameBeforeAColonLeavesTheNameSpeaking() {
    Ledger ledger = extract("Sen. Ana Ruiz, Channel 4: \"The budget is a mess.\"\n");
    assertEquals("Ana Ruiz", speaker(ledger, about(ledger, "budget is a mess")).name());
  }

  @Test
  void anIntroductionEndingInAColonAttributesTheQuoteParagraphBelow() {
    Ledger ledger = extract("Governor Ken Ito wrote on Friday:\n\n\"The levee will hold, and we are ready.\"\n");
    Attribution a = about(ledger, "levee will hold");
    assertEquals("Ken Ito", speaker(ledger, a).name());
    assertEquals("colon", rule(a));
  }

  @Test
  void aNameAfterADashAtTheEndOfTheLineSignsTheQuote() {
    Ledger ledger = extract("Voters at the rally were blunt.\n\n\"We want our jobs back.\" — Oscar Vidal\n");
    Attribution a = about(ledger, "jobs back");
    assertEquals("Oscar Vidal", speaker(ledger, a).name());
    assertEquals("colon", rule(a));
  }

  @Test
  void transcriptLabelsNameTheSpeakerOfEachParagraph() {
    Ledger ledger = extract("Lena Moreno interviewed Paul Ardent on Sunday.\n\n"
        + "\"MORENO: Will she be there tomorrow night?\n\n"
        + "\"ARDENT: She will not be attending the debate.\"\n");
    assertEquals("Lena Moreno", speaker(ledger, about(ledger, "Will she be there")).name());
    assertEquals("Paul Ardent", speaker(ledger, about(ledger, "She will not be attending")).name());
  }

  @Test
  void accordingToAfterTheQuoteNamesItsSource() {
    Ledger ledger = extract("\"The river will crest on Sunday,\" according to the National Weather Service.");
    Attribution a = about(ledger, "river will crest");
    assertEquals("National Weather Service", speaker(ledger, a).name());
    assertEquals("according-to", rule(a));
  }

  @Test
  void aSecondPartialQuoteInTheClauseHasTheSpeakerOfTheFirst() {
    Ledger ledger = extract("Senator Maria Lopez called the plan \"a costly mistake\" and \"a gift to the banks.\"");
    Attribution second = about(ledger, "gift to the banks");
    assertEquals("Maria Lopez", speaker(ledger, second).name());
    assertEquals("same-clause", rule(second));
  }

  @Test
  void aPartialQuoteWithoutAReportingClauseBelongsToTheSentenceSubject() {
    Ledger ledger = extract("Mayor Ken Ito took to the radio overnight to accuse the council of being "
        + "\"duped by a con artist.\"");
    Attribution a = about(ledger, "duped by a con");
    assertEquals("Ken Ito", speaker(ledger, a).name());
    assertEquals("sentence-subject", rule(a));
  }

  @Test
  void aQuoteOpeningTheNextSentenceContinuesTheSpeaker() {
    Ledger ledger = extract("\"The plant will close,\" Laura Kim said on Monday.\n\n"
        + "\"We have no other choice.\"");
    Attribution next = about(ledger, "no other choice");
    assertEquals("Laura Kim", speaker(ledger, next).name());
    assertEquals("continuation", rule(next));
  }

  @Test
  void aQuoteNoClauseAttributesIsGuessedFromTheSpeakerBeforeItWithALowConfidence() {
    Ledger ledger = extract("Laura Kim said the plant would close.\n\nThe workers were told on Friday. "
        + "Some of them cried.\n\n\"There is nothing left for us to do here.\"");
    Attribution guessed = about(ledger, "nothing left for us");
    assertEquals("Laura Kim", speaker(ledger, guessed).name());
    assertEquals("nearest-speaker", rule(guessed));
    assertTrue(confidence(guessed) < confidence(about(ledger, "the plant would close")));
  }

  @Test
  void aPersonNamedAfterTheQuoteInItsSentenceIsGuessedBeforeAnEarlierSpeaker() {
    Ledger ledger = extract("Laura Kim said the plant would close.\n\n"
        + "\"There is nothing left for us to do here,\" the union's Tom Reyes, who worked there "
        + "for thirty years and more, had always been saying to the younger workers.");
    Attribution guessed = about(ledger, "nothing left for us");
    assertEquals("Tom Reyes", speaker(ledger, guessed).name());
    assertEquals("nearest-speaker", rule(guessed));
  }

  @Test
  void theSubjectOfAVerbTheLexiconLacksIsGuessedBeforeAnEarlierSpeaker() {
    Ledger ledger = extract("Laura Kim said the plant would close.\n\n"
        + "Former Gov. Tom Reyes of Millbrook, for his part, is framing the closure as \"a betrayal of every worker.\"");
    Attribution guessed = about(ledger, "a betrayal of every worker");
    assertEquals("Tom Reyes", speaker(ledger, guessed).name());
    assertEquals("nearest-speaker", rule(guessed));
  }

  @Test
  void aNameAfterAPrepositionIsNotGuessedAsTheSubject() {
    Ledger ledger = extract("Laura Kim said the plant would close.\n\n"
        + "At a rally for Tom Reyes, the closing of the plant was labeled \"a betrayal of every worker.\"");
    Attribution guessed = about(ledger, "a betrayal of every worker");
    assertEquals("Laura Kim", speaker(ledger, guessed).name());
  }

  @Test
  void speechThatNoSieveAttributesIsKeptUnderAnUnknownSpeaker() {
    Ledger ledger = extract("\"There is nothing left for us to do here.\"");
    Attribution a = about(ledger, "nothing left for us");
    assertEquals(Speaker.Kind.UNKNOWN, speaker(ledger, a).kind());
    assertEquals("speech", rule(a));
  }

  @Test
  void scareQuotesAndTitlesAreNotTakenForSpeech() {
    Ledger ledger = extract("The \"reform\" passed. Critics panned \"Make Our Town Great Again\" as a slogan.");
    assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
  }

  @Test
  void leavingASieveOutLeavesItsQuotesToTheNextOne() {
    String text = "Smith: \"We will win the vote.\"\n";
    List<String> withoutColon = Extractor.standard().quoteSieves().stream().filter(s -> !s.equals("colon")).toList();
    Ledger ledger = Extractor.standard().withQuoteSieves(withoutColon).extract(text);
    assertFalse(ledger.attributions().stream().anyMatch(a -> rule(a).equals("colon")));
    assertEquals(1, ledger.attributions().size());
  }

  @Test
  void anUnknownSieveIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Extractor.standard().withQuoteSieves(List.of("adjacent-clause", "telepathy")));
    assertTrue(e.getMessage().contains("'telepathy'"), e.getMessage());
  }

  @Test
  void theRelatedStoryHeadlineOfTheSeedHasItsPartialQuote() throws IOException {
    String seed = Files.readString(SeedFiles.directory().resolve("000_3345cdc3c9b6cfd0.txt"), StandardCharsets.UTF_8);
    Ledger ledger = Extractor.standard().extract(seed);
    Attribution headline = ledger.attributions().stream()
        .filter(a -> statement(ledger, a).text().equals("willing and ready")
            && a.evidence().get(0).start() > seed.indexOf("More related stories"))
        .findFirst().orElseThrow(() -> new AssertionError(ExtractedArticles.describe(ledger)));
    assertEquals("Dmytro Kuleba", speaker(ledger, headline).name());
    assertEquals(Statement.Kind.PARTIAL_QUOTE, statement(ledger, headline).kind());
  }

  @Test
  void aShowsTitleAfterAnOutletsPossessiveIsNoQuote() {
    Ledger ledger = extract("Tom Reyes told Channel 4's \"Morning Round Table\" on Friday that \"the port will"
        + " stay open all winter.\"");
    assertTrue(ledger.statements().stream().noneMatch(s -> s.text().contains("Round Table")),
        () -> ExtractedArticles.describe(ledger));
    assertEquals("Tom Reyes", speaker(ledger, about(ledger, "port will stay open")).name());
  }

  @Test
  void aSignatureAfterADashNamesTheSpeaker() {
    Ledger ledger = extract("\"The port should stay open all winter.\" ― Tom Reyes\n"
        + "\"The harbour needs a new crane before spring.\" ― Ana B. Ruiz.\n");
    assertEquals("Tom Reyes", speaker(ledger, about(ledger, "stay open")).name());
    assertEquals("Ana B. Ruiz", speaker(ledger, about(ledger, "new crane")).name());
  }

  @Test
  void aProgressiveCallingAttributesTheQuotedWordsToItsSubject() {
    Ledger ledger = extract("Ben Otto spoke first. Ana Ruiz's doctor is calling the mayor \"extremely fit for"
        + " office.\"");
    assertEquals("Ana Ruiz's doctor", speaker(ledger, about(ledger, "extremely fit")).name());
  }

  @Test
  void aVerbTheLexiconLacksBeforeAColonIntroducesTheQuote() {
    Ledger ledger = extract("Ben Otto spoke first. Sen. Ana Ruiz (D-Ore.) scolded him: \"The science is against"
        + " you.\"");
    Attribution a = about(ledger, "science");
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
    assertEquals("adjacent-clause", a.provenance().rule().orElseThrow());
  }

  @Test
  void aDescriptionRightAfterAQuoteSpeaksAsPrinted() {
    Ledger ledger = extract("Ben Otto met him in June. \"It was very nice,\" the gambling tycoon told reporters"
        + " in a rare interview.");
    Attribution a = about(ledger, "very nice");
    assertEquals("the gambling tycoon", speaker(ledger, a).name());
    assertEquals("adjacent-clause", a.provenance().rule().orElseThrow());
  }
}

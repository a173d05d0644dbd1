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
import dev.claimtrail.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * Example tests of how an indirect statement without "that" is told from an object of its verb,
 * how a subject that names no one known still speaks, where a reported clause in a relative
 * clause ends, and what a reporting clause in the middle of a sentence reports.
 */
class ReportedClauseOpeningTest {
  @Test
  void aClauseWhoseVerbComesLateAfterSaidIsReported() {
    Ledger ledger = extract("Ana Ruiz said none of the other bidders were ready to sign.");
    Attribution a = about(ledger, "bidders");
    assertEquals("none of the other bidders were ready to sign", statement(ledger, a).text());
    assertEquals(ReportedClauses.LEADING_RULE, a.provenance().rule().orElseThrow());
  }

  @Test
  void aPronounWithAContractedVerbOpensAClause() {
    Ledger ledger = extract("Mayor Ben Otto says he’ll veto the budget.");
    assertEquals("he’ll veto the budget", statement(ledger, about(ledger, "veto")).text());
  }

  @Test
  void aReportingClauseInTheMiddleOfASentenceReportsBothSides() {
    Ledger ledger = extract("The talks failed, Ana Ruiz said, because neither side would give up the port.");
    Attribution a = about(ledger, "neither side");
    assertEquals("The talks failed because neither side would give up the port", statement(ledger, a).text());
    assertEquals(2, a.evidence().size());
    assertEquals("Ana Ruiz", speaker(ledger, a).name());
  }

  @Test
  void aPronounSubjectAfterCommaAndButStartsTheReportersOwnClause() {
    Ledger ledger = extract("Ana Ruiz said the port would stay open all winter, but she gave no date for the"
        + " repairs.");
    assertEquals("the port would stay open all winter", statement(ledger, about(ledger, "port")).text());
  }

  @Test
  void anObjectAfterSaidIsNoStatement() {
    Ledger ledger = extract("Ana Ruiz said goodbye to her staff on Friday.");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aPossessiveBeforeANounIsNoContractedVerb() {
    Ledger ledger = extract("Ana Ruiz said nothing about the firm's plan.");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aThatAfterAPhraseOfTimeOpensTheClause() {
    Ledger ledger = extract("Ben Otto has said from the start that the port will stay open.");
    assertEquals("the port will stay open", statement(ledger, about(ledger, "port")).text());
  }

  @Test
  void aShareOfRespondentsSpeaksAsAGroup() {
    Ledger ledger = extract("The survey asked about rents. Among tenants, 62 percent said they could not"
        + " afford a move.");
    Attribution a = about(ledger, "afford");
    assertEquals("62 percent", speaker(ledger, a).name());
    assertEquals("they could not afford a move", statement(ledger, a).text());
  }

  @Test
  void aPossessiveDescriptionSpeaksAsItIsPrinted() {
    Ledger ledger = extract("Ben Otto toured the plant on Monday. His campaign said he would return in May.");
    assertEquals("His campaign", speaker(ledger, about(ledger, "return")).name());
  }

  @Test
  void aNameWithAPartyTagInParenthesesSpeaks() {
    Ledger ledger = extract("Sen. Ana Ruiz (D-Ore.) said the bill would pass.");
    assertEquals("Ana Ruiz", speaker(ledger, about(ledger, "bill")).name());
  }

  @Test
  void aNounThatLooksLikeAVerbGivesNoSpeaker() {
    Ledger ledger = extract("Her recent remarks on trade are likely to cost votes.");
    assertEquals(0, ledger.attributions().size(), () -> describe(ledger));
  }

  @Test
  void aReportInARelativeClauseEndsAtItsComma() {
    Ledger ledger = extract("Ben Otto, who has argued the tax is unfair, told reporters that he would"
        + " vote against it.");
    Attribution a = about(ledger, "unfair");
    assertEquals("the tax is unfair", statement(ledger, a).text());
    assertEquals(Stance.ASSERTS, a.stance());
  }

  @Test
  void pointingToSomethingNotesIt() {
    Ledger ledger = extract("Ana Ruiz pointed to the falling price of grain.");
    Attribution a = about(ledger, "grain");
    assertEquals("the falling price of grain", statement(ledger, a).text());
    assertEquals(Stance.NOTES, a.stance());
  }

  @Test
  void aNewReportAfterCommaAndEndsTheClauseBeforeIt() {
    Ledger ledger = extract("Ana Ruiz said the port is running out of cash, and Ben Otto, the harbour master,"
        + " said the cranes were idle.");
    assertEquals("the port is running out of cash", statement(ledger, about(ledger, "cash")).text());
    assertEquals("Ben Otto", speaker(ledger, about(ledger, "cranes")).name());
  }

  @Test
  void twoNamesJoinedByAndSayInThePresent() {
    Ledger ledger = extract("Ana Ruiz and Ben Otto say the port should stay open all winter.");
    Attribution a = about(ledger, "port");
    assertEquals("the port should stay open all winter", statement(ledger, a).text());
  }

  @Test
  void aClauseWithoutThatAfterAnAddresseeIsReported() {
    Ledger ledger = extract("Tom Pate told reporters the port would stay open. Ana Ruiz told the Ledger she'd"
        + " run again.");
    Attribution port = about(ledger, "port");
    assertEquals("the port would stay open", statement(ledger, port).text());
    assertEquals("reporters", port.addressee().orElseThrow());
    assertEquals("she'd run again", statement(ledger, about(ledger, "run again")).text());
  }

  @Test
  void aPluralNounOpeningTheSentenceSaysInThePresent() {
    Ledger ledger = extract("Officials say the port will close in May.");
    Attribution a = about(ledger, "port");
    assertEquals("Officials", speaker(ledger, a).name());
  }

  @Test
  void aClauseWhoseVerbIsAPastTenseTheListLacksIsReported() {
    Ledger ledger = extract("Ana Ruiz said harbour crews attempted a repair overnight.");
    assertEquals("harbour crews attempted a repair overnight", statement(ledger, about(ledger, "repair")).text());
  }

  @Test
  void anApproximateNumberOpensAClause() {
    Ledger ledger = extract("Ana Ruiz said about 200 people were hurt in the blast.");
    assertEquals("about 200 people were hurt in the blast", statement(ledger, about(ledger, "hurt")).text());
  }

  @Test
  void aShareOfAGroupInAPlaceSpeaksAsAGroup() {
    Ledger ledger = extract("Many in the crowd said the senator was the only candidate they trusted.");
    Attribution a = about(ledger, "trusted");
    assertEquals("Many in the crowd", speaker(ledger, a).name());
  }

  @Test
  void aQuantityOpensAClauseWithoutThat() {
    Ledger ledger = extract("Lena Ostrova said each year of schooling adds a tenth to a worker's pay.");
    assertEquals("Lena Ostrova", speaker(ledger, about(ledger, "each year of schooling")).name());
  }

  @Test
  void sharesOfPeopleSpeakInThePresentTense() {
    Ledger ledger = extract("On taxes, 42% say the levy is too high. About 9 percent said they had no view. "
        + "Six in 10 say the mayor is decisive.");
    assertEquals("42%", speaker(ledger, about(ledger, "levy is too high")).name());
    assertEquals("About 9 percent", speaker(ledger, about(ledger, "had no view")).name());
    assertEquals("Six in 10", speaker(ledger, about(ledger, "mayor is decisive")).name());
  }

  @Test
  void aGroupAfterACommaAndAConjunctionSpeaks() {
    Ledger ledger = extract("The court set a deadline, but lawyers for the port authority said that they "
        + "would miss it.");
    assertEquals("lawyers for the port authority", speaker(ledger, about(ledger, "would miss it")).name());
  }

  @Test
  void aNameWithATagAndAStrayCommaSpeaks() {
    Ledger ledger = extract("Sen. Oskar Lindqvist (D-Ore.), said after a lunch that he had not read the bill.");
    assertEquals("Oskar Lindqvist", speaker(ledger, about(ledger, "had not read the bill")).name());
  }

  @Test
  void aMeansAfterByIsNoPassiveAgent() {
    Ledger ledger = extract("''The levy is nonsense,'' Mr. Osric Pell said by telephone on Monday.");
    assertEquals("Osric Pell", speaker(ledger, about(ledger, "levy is nonsense")).name());
  }

  @Test
  void aCapitalizedPluralTakesThePresentTense() {
    Ledger ledger = extract("The vote is close. Leading Democrats say that this time is different.");
    assertEquals("Democrats", speaker(ledger, about(ledger, "this time is different")).name());
  }

  @Test
  void aPresentTenseVerbAheadOpensAClauseWithoutThat() {
    Ledger ledger = extract("Digital strategists said online success requires the candor of a candidate.");
    assertEquals("Digital strategists", speaker(ledger, about(ledger, "online success requires")).name());
  }

  @Test
  void aQuantityOnItsOwnSpeaksAsAGroup() {
    Ledger ledger = extract("The hall was full. Some said they had waited since dawn. The line was long, and "
        + "many said the fare was too high.");
    assertEquals("Some", speaker(ledger, about(ledger, "waited since dawn")).name());
    assertEquals("many", speaker(ledger, about(ledger, "fare was too high")).name());
  }

  @Test
  void aReportByAQuantityAfterAndEndsTheClauseBefore() {
    Ledger ledger = extract("Ona Falk said the hall was full, and many said the fare was too high.");
    assertEquals("Ona Falk", speaker(ledger, about(ledger, "hall was full")).name());
    assertEquals("many", speaker(ledger, about(ledger, "fare was too high")).name());
  }

  @Test
  void aShareMarkOrWordOpeningTheTextIsNoSubject() {
    for (String text : new String[] {"% say they are liberal.", "percent say they are liberal."}) {
      Ledger ledger = extract(text);
      assertTrue(ledger.attributions().isEmpty(), () -> ExtractedArticles.describe(ledger));
    }
  }

  @Test
  void aBarePluralWithAnIrregularPastTenseOpensAClause() {
    Ledger ledger = extract("Tomas Brill said contractors built a cushion into their bids.");
    assertEquals("contractors built a cushion into their bids",
        statement(ledger, about(ledger, "cushion")).text());
  }

  @Test
  void aPresentTenseBeforeAPrepositionOpensAClause() {
    Ledger ledger = extract("Market analysts said harbor traffic depends on the weather.");
    assertEquals("harbor traffic depends on the weather",
        statement(ledger, about(ledger, "weather")).text());
  }

  @Test
  void anAsideBetweenTheVerbAndThatIsSkipped() {
    Ledger ledger = extract("Mayor Ben Otto said, among other things, that the harbor fees were too high.");
    assertEquals("the harbor fees were too high", statement(ledger, about(ledger, "harbor fees")).text());
  }
}

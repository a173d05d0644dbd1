package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.text.VariantMatch;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who said it, who reported it first, through whom, who stands where and who is who, on the sample ledger. */
class QuestionsTest {
  private final Ledger ledger = SampleLedger.build();

  private static List<String> ids(List<? extends Object> rows) {
    return rows.stream().map(row -> row instanceof QuoteMatch ? ((QuoteMatch) row).quote() : (Quote) row)
        .map(q -> q.attribution().id().value()).collect(Collectors.toList());
  }

  private static List<String> speakers(Results<Identity> identities) {
    return identities.stream().map(i -> i.speaker().name()).collect(Collectors.toList());
  }

  @Test
  void whoSaidFindsVariantWithDroppedInsertion() {
    Results<QuoteMatch> matches = ledger.whoSaid("But if it goes on like in the Kursk region, this will be an escalation");
    assertEquals(List.of("a-sit"), ids(matches));
    assertEquals(VariantMatch.Kind.PART, matches.get(0).kind());
  }

  @Test
  void whoSaidRanksTheFullQuoteAboveItsElidedReprint() {
    Results<QuoteMatch> matches = ledger.whoSaid(SampleLedger.SIT_DOWN);
    assertEquals(List.of("a-sit", "a-sit-reprint"), ids(matches));
    assertEquals(VariantMatch.Kind.EXACT, matches.get(0).kind());
    assertEquals(VariantMatch.Kind.ELISIONS, matches.get(1).kind());
  }

  @Test
  void whoSaidKeepsTheStepsOfTheQueryItEnds() {
    assertEquals(List.of("a-sit-reprint"), ids(ledger.quotes().reportedBy("Wire Daily").whoSaid("We must sit down")));
    assertEquals(List.of(), ids(ledger.whoSaid("“…”")), "no words, no matches");
  }

  @Test
  void theFirstReportOfTheSitDownQuoteIsTheEarlierPublishedReprint() {
    Reports reports = ledger.reportsOf("We must sit down at the negotiating table");
    assertEquals(List.of("a-sit-reprint", "a-sit"), ids(reports.timeline()));
    assertEquals("a-sit-reprint", reports.first().orElseThrow().quote().attribution().id().value());
    assertEquals(List.of("Wire Daily", "Natural News", "Russia-1"),
        reports.outlets().stream().map(Outlet::name).collect(Collectors.toList()));
    assertTrue(reports.toString().startsWith("\nfirst: Wire Daily 2024-08-19\n"), reports.toString());
  }

  @Test
  void aChainThroughAnIntermediaryKnowsWhetherTheWordsAreOnRecordFirstHand() {
    Chain chain = ledger.chain("a-engagement");
    assertEquals(1, chain.depth());
    assertEquals(List.of("a-rt"), ids(chain.intermediaries()));
    assertEquals(List.of("a-engagement-rt"), ids(chain.primarySources()), "RT's own report quotes him directly");
    assertTrue(chain.primaryOnRecord());
    assertEquals("Natural News › Russia Today › Vladimir Putin", chain.path());
    assertThrows(IllegalArgumentException.class, () -> ledger.chain("no-such-attribution"));
  }

  @Test
  void standsOnAClaimListPositionsInOrderWithTheClaimsReviews() {
    Stands stands = ledger.standsOn("interference");
    assertEquals(List.of(ClaimStance.Position.ASSERTS, ClaimStance.Position.DENIES, ClaimStance.Position.CONFIRMS),
        stands.all().stream().map(Stand::position).collect(Collectors.toList()));
    assertEquals("Fact Desk", stands.reviews().get(0).review().reviewer());
    assertTrue(stands.toString().contains("reviews:\nclaim"), stands.toString());
    assertTrue(ledger.standsOn("no such words").toString().equals("\n(no claims)"));
  }

  @Test
  void whoIsResolvesARoleAtADate() {
    assertEquals(List.of("Boris Johnson", "Rishi Sunak"), speakers(ledger.whoIs("Prime Minister", "2022")));
    assertEquals(List.of("Boris Johnson"), speakers(ledger.whoIs("Prime Minister", "2022-03")));
    assertEquals(List.of("Rishi Sunak"), speakers(ledger.whoIs("the Prime Minister", "2023")));
    assertEquals(List.of(), speakers(ledger.whoIs("Prime Minister", "2024-08")));
    assertEquals(List.of("Vladimir Putin"), speakers(ledger.whoIs("the Russian leader", "2024-08")));
    assertEquals(List.of(), speakers(ledger.whoIs("the Russian leader", "2010")), "no role of his is on record then");
    assertEquals(List.of("Dmytro Kuleba"), speakers(ledger.whoIs("Ukrainian Foreign Minister")));
    assertEquals(Identity.How.ROLE, ledger.whoIs("Ukrainian Foreign Minister").get(0).how());
    assertEquals(List.of("Boris Johnson"), speakers(ledger.whoIs("Prime Minister", "July 2022")));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> ledger.whoIs("Prime Minister", "sometime"));
    assertTrue(bad.getMessage().contains("'sometime'"), bad.getMessage());
  }

  @Test
  void duringReadsDatesWrittenWithMonthNamesAsTheIsoForms() {
    assertEquals(ledger.quotes().by("Kuleba").during("2024-07").list(), ledger.quotes().by("Kuleba").during("July 2024").list());
  }

  @Test
  void aSingleRowPrintsAsAOneRowTable() {
    String quote = ledger.quotes().by("Lukashenko").list().get(0).toString().strip();
    assertEquals(3, quote.split("\n").length, quote);
    assertTrue(quote.startsWith("speaker") && quote.contains("Alexander Lukashenko"), quote);
    String match = ledger.whoSaid("We must sit down").get(0).toString().strip();
    assertTrue(match.startsWith("score | match") && match.contains("| part "), match);
    assertTrue(ledger.whoIs("Kuleba").get(0).toString().contains("Dmytro Kuleba"));
    assertTrue(ledger.standsOn("interference").all().get(0).toString().contains("asserts"));
    assertTrue(ledger.standsOn("interference").reviews().get(0).toString().contains("Unproven"));
  }

  @Test
  void outletsCitedByADocumentAreListedInItsOrder() {
    assertEquals(List.of("RT", "Antiwar.com"),
        ledger.outletsCitedBy("article").stream().map(Outlet::name).collect(Collectors.toList()));
    assertThrows(IllegalArgumentException.class, () -> ledger.outletsCitedBy("nothing"));
  }
}

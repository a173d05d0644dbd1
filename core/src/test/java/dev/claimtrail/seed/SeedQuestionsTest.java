package dev.claimtrail.seed;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.query.Chain;
import dev.claimtrail.query.Identity;
import dev.claimtrail.query.Quote;
import dev.claimtrail.query.QuoteMatch;
import dev.claimtrail.query.Reports;
import dev.claimtrail.query.Results;
import dev.claimtrail.query.Stand;
import dev.claimtrail.query.Stands;
import dev.claimtrail.text.VariantMatch;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The questions the ledger exists for, asked of the curated seed ledger through the query API. */
class SeedQuestionsTest {
  private static final DocumentId ARTICLE = DocumentId.of("seed-3345cdc3c9b6cfd0");

  private static Ledger ledger;

  @BeforeAll
  static void loadSeedLedger() {
    ledger = SeedFiles.ledger();
  }

  private static Quote best(String quote) {
    Results<QuoteMatch> matches = ledger.whoSaid(quote);
    assertTrue(!matches.isEmpty(), "nobody said " + quote);
    return matches.get(0).quote();
  }

  private static List<String> speakers(Results<QuoteMatch> matches) {
    return matches.stream().map(m -> m.speaker().name()).collect(toList());
  }

  @Test
  void whoSaidWeMustSitDownAtTheNegotiatingTableIsLukashenkoInTheRussia1InterviewOfAugust18() {
    Results<QuoteMatch> matches = ledger.whoSaid("We must sit down at the negotiating table");
    assertEquals(List.of("Alexander Lukashenko"), speakers(matches));
    assertEquals(VariantMatch.Kind.PART, matches.get(0).kind());
    Quote quote = matches.get(0).quote();
    assertEquals(PartialDate.parse("2024-08-18"), quote.attribution().said().orElseThrow().date());
    Setting setting = quote.attribution().setting().orElseThrow();
    assertEquals(Setting.Kind.INTERVIEW, setting.kind());
    assertEquals("Russia-1", ledger.outlet(setting.outlet().orElseThrow()).orElseThrow().name());
    assertEquals(ARTICLE, quote.document().id());
    String table = matches.toString();
    assertTrue(table.contains("Alexander Lukashenko") && table.contains("2024-08-18") && table.contains("part"), table);
  }

  @Test
  void whoSaidAnyEngagementWithUkraineIsImpossibleIsPutinViaRtInTheArticle() {
    Results<QuoteMatch> matches = ledger.whoSaid("any engagement with Ukraine is impossible");
    assertEquals(List.of("Vladimir Putin", "RT"), speakers(matches));
    Quote putin = matches.get(0).quote();
    assertEquals(ARTICLE, putin.document().id());
    assertEquals(OutletId.of("rt"), putin.via().orElseThrow().outlet().orElseThrow());
    assertTrue(matches.get(0).score() > matches.get(1).score(), matches.toString());
    assertTrue(matches.toString().contains("via RT"), matches.toString());
  }

  @Test
  void whoSaidFindsVariantsInOtherQuoteMarksAndDashes() {
    Results<QuoteMatch> curly = ledger.whoSaid("“Willing and ready for dialogue — and negotiations with Russia”");
    assertEquals("Dmytro Kuleba", curly.get(0).speaker().name());
    assertEquals(VariantMatch.Kind.SAME_WORDS, curly.get(0).kind());
    Results<QuoteMatch> straight = ledger.whoSaid("\"willing and ready for dialogue and negotiations with Russia.\"");
    assertEquals(curly.get(0).quote(), straight.get(0).quote());
  }

  @Test
  void whoSaidFindsElidedTruncatedAndUnbracketedVariants() {
    Results<QuoteMatch> elided = ledger.whoSaid("We must sit down … this will be an escalation");
    assertEquals("Alexander Lukashenko", elided.get(0).speaker().name());
    assertEquals(VariantMatch.Kind.ELISIONS, elided.get(0).kind());
    Results<QuoteMatch> plainInsertion = ledger.whoSaid("But if it goes on like in the Kursk region");
    assertEquals("Alexander Lukashenko", plainInsertion.get(0).speaker().name());
    Results<QuoteMatch> longer = ledger.whoSaid(
        "Ukraine is willing and ready for dialogue and negotiations with Russia. The minister said so in Beijing");
    assertEquals(VariantMatch.Kind.TRUNCATED, longer.get(0).kind());
    assertEquals("willing and ready for dialogue and negotiations with Russia.", longer.get(0).quote().statement().text());
    assertEquals(List.of("Dmytro Kuleba", "Dmytro Kuleba"), speakers(longer));
    assertEquals("willing and ready", longer.get(1).quote().statement().text(), "the headline's shorter form ranks second");
  }

  @Test
  void whatKulebaSaidInJuly2024IsHisThreeStatementsOfTheChinaVisit() {
    List<String> july = ledger.quotes().by("Kuleba").during("2024-07").list().stream()
        .map(q -> q.statement().text()).collect(toList());
    assertEquals(3, july.size(), july.toString());
    assertTrue(july.get(0).startsWith("willing and ready for dialogue"), july.toString());
    assertTrue(july.get(1).startsWith("I held detailed and thorough negotiations"), july.toString());
    assertTrue(july.get(2).startsWith("agreed that all forces must work together"), july.toString());
    assertEquals(july, ledger.quotes().by("Kuleba").during("July 2024").list().stream()
        .map(q -> q.statement().text()).collect(toList()));
    assertEquals(july, ledger.quotes().by("Dmytro Kuleba").during("2024-07-24").list().stream()
        .map(q -> q.statement().text()).collect(toList()), "July 24 lies in the July the posts were made in");
  }

  @Test
  void whoDeniesTheJohnsonClaimIsJohnsonWhileRussiaAssertsAndZelenskysStaffConfirm() {
    Stands stands = ledger.standsOn("Johnson");
    assertEquals(List.of("c-johnson-collapsed-2022-talks"),
        stands.claims().stream().map(c -> c.id().value()).collect(toList()));
    assertEquals(List.of("Boris Johnson"), names(stands.speakers(ClaimStance.Position.DENIES)));
    assertEquals(List.of("Russia"), names(stands.speakers(ClaimStance.Position.ASSERTS)));
    assertEquals(List.of("staff members close to Ukrainian President Volodymyr Zelensky"),
        names(stands.speakers(ClaimStance.Position.CONFIRMS)));
    assertEquals(List.of(ClaimStance.Position.ASSERTS, ClaimStance.Position.DENIES, ClaimStance.Position.CONFIRMS),
        stands.all().stream().map(Stand::position).collect(toList()));
    Stand denial = stands.taking(ClaimStance.Position.DENIES).get(0);
    assertEquals("the accusation", denial.quote().statement().text());
    assertTrue(!denial.evidence().isEmpty(), "the denial points into the article");
    assertTrue(stands.reviews().isEmpty(), "the article reports no review");
    String printed = stands.toString();
    assertTrue(printed.startsWith("\nclaim c-johnson-collapsed-2022-talks: Boris Johnson's interference"), printed);
    assertTrue(printed.contains("denies") && printed.contains("no reviews"), printed);
  }

  @Test
  void theSecondHandAttributionsOfPutinGoThroughRtAndHisWordsAreNotOnRecordFirstHand() {
    Chain chain = ledger.chain("a-putin-engagement-impossible");
    assertEquals("Vladimir Putin", chain.speaker().name());
    assertEquals(1, chain.depth());
    assertEquals(List.of("RT", "Vladimir Putin"), chain.links().stream().map(q -> q.speaker().name()).collect(toList()));
    assertEquals("noted", chain.intermediaries().get(0).attribution().cue().orElseThrow());
    assertTrue(!chain.primaryOnRecord(), "the RT report itself is not in the ledger");
    assertEquals("seed-3345cdc3c9b6cfd0 › RT › Vladimir Putin", chain.path());
    assertTrue(chain.toString().contains("depth 1") && chain.toString().contains("not on record"), chain.toString());
    Results<Chain> putin = ledger.quotes().by("Putin").secondHand().chains();
    assertEquals(List.of(chain.quote()), putin.stream().map(Chain::quote).collect(toList()));
    Chain direct = ledger.chain("a-lukashenko-negotiating-table");
    assertEquals(0, direct.depth());
    assertEquals(List.of(direct.quote()), direct.primarySources());
  }

  @Test
  void theArticleCitesRtAntiwarBreitbartAndBrighteon() {
    Results<Outlet> cited = ledger.outletsCitedBy(ARTICLE.value());
    assertEquals(List.of("RT", "News.Antiwar.com", "Breitbart", "Brighteon"),
        cited.stream().map(Outlet::name).collect(toList()));
    assertTrue(cited.toString().contains("rt.com") && cited.toString().contains("state-owned"), cited.toString());
  }

  @Test
  void theNegotiatingTableQuoteFirstAppearedInTheRussia1InterviewReportedByTheArticle() {
    Reports reports = ledger.reportsOf("We must sit down at the negotiating table");
    assertEquals(List.of(ARTICLE), reports.documents().stream().map(d -> d.id()).collect(toList()));
    assertEquals(List.of("Russia-1"), reports.outlets().stream().map(Outlet::name).collect(toList()));
    assertEquals("a-lukashenko-negotiating-table", reports.first().orElseThrow().quote().attribution().id().value());
    assertTrue(reports.toString().startsWith("\nfirst: seed-3345cdc3c9b6cfd0 (publication date unknown)"),
        reports.toString());
    Reports willing = ledger.reportsOf("willing and ready");
    assertEquals(List.of(ARTICLE.value(), "related-kuleba-changes-tune"),
        willing.documents().stream().map(d -> d.id().value()).collect(toList()));
  }

  @Test
  void theRussianLeaderInAugust2024IsPutinAndThenBritishPrimeMinisterIn2022IsJohnson() {
    assertEquals(List.of("Vladimir Putin"), names(ledger.whoIs("the Russian leader", "August 2024")));
    assertEquals(List.of("Boris Johnson"), names(ledger.whoIs("then-British Prime Minister", "2022")));
    assertEquals(List.of(), names(ledger.whoIs("then-British Prime Minister", "2024-08")),
        "he left office in September 2022");
    Identity putin = ledger.whoIs("the Russian leader", "2024-08").get(0);
    assertEquals(Identity.How.ALIAS, putin.how());
    assertEquals("Russia", putin.role().orElseThrow().organization().orElseThrow());
    assertEquals(List.of("Dmytro Kuleba"), names(ledger.whoIs("Ukrainian Foreign Minister", "2024-07")));
    assertEquals(List.of("Wang Yi"), names(ledger.whoIs("Chinese Foreign Minister", "2024-07")));
    assertEquals(List.of("Dmytro Kuleba", "Wang Yi"), names(ledger.whoIs("Foreign Minister", "2024-07")));
  }

  private static List<String> names(Results<Identity> identities) {
    return identities.stream().map(i -> i.speaker().name()).collect(toList());
  }

  private static List<String> names(List<Speaker> speakers) {
    return speakers.stream().map(Speaker::name).collect(toList());
  }
}

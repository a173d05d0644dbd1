package dev.claimtrail.graph;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;

/**
 * A small hand-made ledger after the seed article, with every kind of node and edge: a second-hand
 * statement (via), an interview on an outlet, an affiliated anonymous speaker, an outlet speaking,
 * stances of all kinds toward one claim, a reviewed claim, a cited outlet and a linked document.
 */
public final class SampleLedger {
  public static final SpeakerId LUKASHENKO = SpeakerId.of("lukashenko");
  public static final SpeakerId PUTIN = SpeakerId.of("putin");
  public static final SpeakerId JOHNSON = SpeakerId.of("johnson");
  public static final SpeakerId ZELENSKY = SpeakerId.of("zelensky");
  public static final SpeakerId ZELENSKY_STAFF = SpeakerId.of("zelensky-staff");
  public static final SpeakerId RT_SPEAKER = SpeakerId.of("rt-speaker");
  public static final SpeakerId RUSSIA = SpeakerId.of("russia");
  public static final OutletId RUSSIA_1 = OutletId.of("russia-1");
  public static final OutletId RT = OutletId.of("rt");
  public static final OutletId PUBLISHER = OutletId.of("publisher");
  public static final OutletId FACT_CHECKER = OutletId.of("fact-checker");
  public static final DocumentId ARTICLE = DocumentId.of("article");
  public static final DocumentId RELATED = DocumentId.of("related");
  public static final StatementId TABLE = StatementId.of("q-table");
  public static final StatementId RT_NOTE = StatementId.of("q-rt-note");
  public static final StatementId PUTIN_IMPOSSIBLE = StatementId.of("q-putin-impossible");
  public static final StatementId TALKS_CLAIM = StatementId.of("q-russia-claims");
  public static final StatementId JOHNSON_DENIAL = StatementId.of("q-johnson-denial");
  public static final StatementId STAFF_CONFIRM = StatementId.of("q-staff-confirm");
  public static final ClaimId JOHNSON_ENDED_TALKS = ClaimId.of("johnson-ended-talks");

  private SampleLedger() {}

  /** The ledger. */
  public static Ledger ledger() {
    Provenance curated = Provenance.curated("test");
    return Ledger.builder()
        .add(Speaker.builder().id(LUKASHENKO).name("Alexander Lukashenko").kind(Speaker.Kind.PERSON)
            .addAlias("the close ally of Russian President Vladimir Putin")
            .putExternalId("wikidata", "Q7747").build())
        .add(Speaker.builder().id(PUTIN).name("Vladimir Putin").kind(Speaker.Kind.PERSON)
            .putExternalId("wikidata", "Q7747x").build())
        .add(Speaker.of(JOHNSON, "Boris Johnson", Speaker.Kind.PERSON))
        .add(Speaker.of(ZELENSKY, "Volodymyr Zelensky", Speaker.Kind.PERSON))
        .add(Speaker.builder().id(ZELENSKY_STAFF).name("staff members close to Zelensky")
            .kind(Speaker.Kind.ANONYMOUS).affiliation(Affiliation.of(ZELENSKY, "close to")).build())
        .add(Speaker.builder().id(RT_SPEAKER).name("Russia Today").kind(Speaker.Kind.MEDIA_OUTLET)
            .outlet(RT).build())
        .add(Speaker.of(RUSSIA, "Russia", Speaker.Kind.COUNTRY))
        .add(Outlet.of(RUSSIA_1, "Russia-1", Outlet.Kind.TV_CHANNEL))
        .add(Outlet.builder().id(RT).name("RT").kind(Outlet.Kind.TV_CHANNEL).addAlias("Russia Today")
            .addDomain("rt.com").ownership("state-owned").build())
        .add(Outlet.builder().id(PUBLISHER).name("Example \"News\" Site").kind(Outlet.Kind.NEWS_SITE)
            .addDomain("news.example").build())
        .add(Outlet.of(FACT_CHECKER, "Check & Verify", Outlet.Kind.NEWS_SITE))
        .add(Document.builder().id(ARTICLE).outlet(PUBLISHER)
            .title("Lukashenko urges Ukraine & Russia to resume talks <now>")
            .url("https://news.example/2024/08/19/lukashenko talks?x=1&y=\\2")
            .published(PartialDate.ofDay(2024, 8, 19)).language("en").addCite(RT).addRelated(RELATED)
            .build())
        .add(Document.builder().id(RELATED).outlet(PUBLISHER).title("Johnson has meltdown").build())
        .add(Statement.of(TABLE, "We must sit down at the negotiating table and discuss the issues. "
            + "But if it goes on like in [the] Kursk region, this will be an escalation",
            Statement.Kind.DIRECT_QUOTE))
        .add(Statement.of(RT_NOTE, "While Russia has repeatedly said throughout the conflict that it is"
            + " open to talks with Ukraine, Putin has recently said that any engagement with Ukraine is"
            + " impossible", Statement.Kind.DIRECT_QUOTE))
        .add(Statement.of(PUTIN_IMPOSSIBLE, "any engagement with Ukraine is impossible",
            Statement.Kind.INDIRECT))
        .add(Statement.of(TALKS_CLAIM, "talks were on the verge of a breakthrough, if not for the"
            + " interference of Johnson", Statement.Kind.INDIRECT))
        .add(Statement.of(JOHNSON_DENIAL, "Johnson has denied the accusation", Statement.Kind.INDIRECT))
        .add(Statement.of(STAFF_CONFIRM, "his influential role behind the scenes",
            Statement.Kind.INDIRECT))
        .add(Claim.builder().id(JOHNSON_ENDED_TALKS)
            .text("Boris Johnson's interference ended the 2022 peace talks")
            .addReview(ClaimReview.builder().reviewer("Check & Verify").reviewerSource(FACT_CHECKER)
                .rating("Disputed").ratingValue(3).bestRating(5).worstRating(1)
                .date(PartialDate.ofDay(2024, 9, 1)).url("https://check.example/r/1").build())
            .build())
        .add(Attribution.builder().id(AttributionId.of("a-table")).statement(TABLE).speaker(LUKASHENKO)
            .document(ARTICLE).cue("warned").stance(Stance.WARNS)
            .said(TimeReference.of(PartialDate.ofDay(2024, 8, 18), "on Aug. 18"))
            .setting(Setting.builder().kind(Setting.Kind.INTERVIEW)
                .description("an interview with the state-owned TV channel Russia-1").outlet(RUSSIA_1)
                .build())
            .provenance(curated).build())
        .add(Attribution.builder().id(AttributionId.of("a-rt-note")).statement(RT_NOTE)
            .speaker(RT_SPEAKER).document(ARTICLE).cue("noted").stance(Stance.NOTES)
            .provenance(curated).build())
        .add(Attribution.builder().id(AttributionId.of("a-putin-impossible"))
            .statement(PUTIN_IMPOSSIBLE).speaker(PUTIN).document(ARTICLE)
            .via(AttributionId.of("a-rt-note")).provenance(curated).build())
        .add(Attribution.builder().id(AttributionId.of("a-russia-claims")).statement(TALKS_CLAIM)
            .speaker(RUSSIA).document(ARTICLE).cue("has claimed").stance(Stance.CLAIMS)
            .addClaimStance(ClaimStance.of(JOHNSON_ENDED_TALKS, ClaimStance.Position.ASSERTS))
            .provenance(curated).build())
        .add(Attribution.builder().id(AttributionId.of("a-johnson-denies")).statement(JOHNSON_DENIAL)
            .speaker(JOHNSON).document(ARTICLE).cue("has denied").stance(Stance.DENIES)
            .addClaimStance(ClaimStance.of(JOHNSON_ENDED_TALKS, ClaimStance.Position.DENIES))
            .provenance(Provenance.extracted("extractor 0.1", 0.75)).build())
        .add(Attribution.builder().id(AttributionId.of("a-staff-confirms")).statement(STAFF_CONFIRM)
            .speaker(ZELENSKY_STAFF).document(ARTICLE).cue("have confirmed").stance(Stance.CONFIRMS)
            .addHedge("reportedly")
            .addClaimStance(ClaimStance.of(JOHNSON_ENDED_TALKS, ClaimStance.Position.CONFIRMS))
            .provenance(curated).build())
        .build();
  }
}

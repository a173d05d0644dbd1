package dev.claimtrail.query;

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
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;

/** A small hand-made ledger after the seed article, with one reprint by a second outlet. */
final class SampleLedger {
  private SampleLedger() {}

  static final String SIT_DOWN = "We must sit down at the negotiating table and discuss the issues. But if it goes on "
      + "like in [the] Kursk region, this will be an escalation that would result in Ukraine's destruction";

  static Ledger build() {
    Ledger.Builder b = Ledger.builder();
    b.add(Outlet.builder().id(OutletId.of("rt")).name("RT").kind(Outlet.Kind.TV_CHANNEL)
        .addAlias("Russia Today").addDomain("rt.com").ownership("state-owned").build());
    b.add(Outlet.of(OutletId.of("russia-1"), "Russia-1", Outlet.Kind.TV_CHANNEL));
    b.add(Outlet.builder().id(OutletId.of("nn")).name("Natural News").kind(Outlet.Kind.NEWS_SITE)
        .addDomain("naturalnews.com").build());
    b.add(Outlet.builder().id(OutletId.of("wire")).name("Wire Daily").kind(Outlet.Kind.NEWS_SITE).build());
    b.add(Outlet.builder().id(OutletId.of("antiwar")).name("Antiwar.com").kind(Outlet.Kind.NEWS_SITE)
        .addDomain("news.antiwar.com").build());

    b.add(Speaker.builder().id(SpeakerId.of("lukashenko")).name("Alexander Lukashenko").kind(Speaker.Kind.PERSON)
        .addAlias("Belarusian President Alexander Lukashenko")
        .addRole(Role.builder().title("President").organization("Belarus").start(PartialDate.ofYear(1994)).build())
        .build());
    b.add(Speaker.builder().id(SpeakerId.of("putin")).name("Vladimir Putin").kind(Speaker.Kind.PERSON)
        .addAlias("the Russian leader").addAlias("Russian President Vladimir Putin")
        .addRole(Role.builder().title("President").organization("Russia").start(PartialDate.ofMonth(2012, 5)).build())
        .build());
    b.add(Speaker.builder().id(SpeakerId.of("kuleba")).name("Dmytro Kuleba").kind(Speaker.Kind.PERSON)
        .addRole(Role.builder().title("Foreign Minister").organization("Ukraine")
            .start(PartialDate.ofMonth(2020, 3)).end(PartialDate.ofMonth(2024, 9)).build())
        .build());
    b.add(Speaker.builder().id(SpeakerId.of("johnson")).name("Boris Johnson").kind(Speaker.Kind.PERSON)
        .addRole(Role.builder().title("Prime Minister").organization("United Kingdom")
            .start(PartialDate.ofMonth(2019, 7)).end(PartialDate.ofMonth(2022, 9)).build())
        .build());
    b.add(Speaker.builder().id(SpeakerId.of("sunak")).name("Rishi Sunak").kind(Speaker.Kind.PERSON)
        .addRole(Role.builder().title("Prime Minister").organization("United Kingdom")
            .start(PartialDate.ofMonth(2022, 10)).end(PartialDate.ofMonth(2024, 7)).build())
        .build());
    b.add(Speaker.builder().id(SpeakerId.of("zelensky")).name("Volodymyr Zelensky").kind(Speaker.Kind.PERSON).build());
    b.add(Speaker.builder().id(SpeakerId.of("staff")).name("staff members close to Zelensky")
        .kind(Speaker.Kind.ANONYMOUS).affiliation(Affiliation.of(SpeakerId.of("zelensky"), "close to")).build());
    b.add(Speaker.builder().id(SpeakerId.of("russia")).name("Russia").kind(Speaker.Kind.COUNTRY).build());
    b.add(Speaker.builder().id(SpeakerId.of("rt-speaker")).name("Russia Today").kind(Speaker.Kind.MEDIA_OUTLET)
        .outlet(OutletId.of("rt")).build());

    b.add(Document.builder().id(DocumentId.of("article")).outlet(OutletId.of("nn"))
        .published(PartialDate.ofDay(2024, 8, 20)).title("Lukashenko urges talks")
        .addCite(OutletId.of("rt")).addCite(OutletId.of("antiwar")).build());
    b.add(Document.builder().id(DocumentId.of("reprint")).outlet(OutletId.of("wire"))
        .published(PartialDate.ofDay(2024, 8, 19)).build());
    b.add(Document.builder().id(DocumentId.of("rt-report")).outlet(OutletId.of("rt"))
        .published(PartialDate.ofMonth(2024, 8)).build());

    statement(b, "t-sit", SIT_DOWN, Statement.Kind.DIRECT_QUOTE);
    statement(b, "t-sit-reprint", "“We must sit down at the negotiating table and discuss the issues… this will be "
        + "an escalation”", Statement.Kind.DIRECT_QUOTE);
    statement(b, "t-rt", "While Russia has repeatedly said throughout the conflict that it is open to talks with "
        + "Ukraine, Putin has recently said that any engagement with Ukraine is impossible as long as it is "
        + "conducting attacks on civilians", Statement.Kind.DIRECT_QUOTE);
    statement(b, "t-engagement", "any engagement with Ukraine is impossible as long as it is conducting attacks "
        + "on civilians", Statement.Kind.INDIRECT);
    statement(b, "t-willing", "willing and ready for dialogue and negotiations with Russia.", Statement.Kind.PARTIAL_QUOTE);
    statement(b, "t-held", "I held detailed and thorough negotiations with my Chinese counterpart, [Chinese Foreign "
        + "Minister] Wang [Yi], about the path to peace", Statement.Kind.DIRECT_QUOTE);
    statement(b, "t-agreed", "agreed that all forces must work together to find common ground on the path to "
        + "restoring true peace", Statement.Kind.PARTIAL_QUOTE);
    statement(b, "t-denied", "Johnson has denied the accusation", Statement.Kind.INDIRECT);
    statement(b, "t-confirmed", "staff members close to Zelensky have confirmed his influential role",
        Statement.Kind.INDIRECT);
    statement(b, "t-claimed", "talks were on the verge of a breakthrough, if not for the interference of Johnson",
        Statement.Kind.INDIRECT);
    statement(b, "t-goal", "I set a goal that in November, we would have a fully ready plan", Statement.Kind.DIRECT_QUOTE);

    ClaimId johnsonClaim = ClaimId.of("johnson-ended-talks");
    b.add(Claim.builder().id(johnsonClaim).text("Johnson's interference ended the 2022 peace talks")
        .addReview(ClaimReview.builder().reviewer("Fact Desk").rating("Unproven").build()).build());

    b.add(attribution("a-sit", "t-sit", "lukashenko", "article").cue("warned").stance(Stance.WARNS)
        .said(TimeReference.of(PartialDate.ofDay(2024, 8, 18), "released on Aug. 18"))
        .setting(Setting.builder().kind(Setting.Kind.INTERVIEW)
            .description("interview with the state-owned TV channel Russia-1").outlet(OutletId.of("russia-1")).build())
        .speakerMention("Lukashenko").build());
    b.add(attribution("a-sit-reprint", "t-sit-reprint", "lukashenko", "reprint")
        .said(TimeReference.of(PartialDate.ofMonth(2024, 8))).build());
    b.add(attribution("a-rt", "t-rt", "rt-speaker", "article").cue("noted").stance(Stance.NOTES).build());
    b.add(attribution("a-engagement", "t-engagement", "putin", "article").via(AttributionId.of("a-rt"))
        .said(TimeReference.of(PartialDate.ofMonth(2024, 8), "recently")).build());
    b.add(attribution("a-engagement-rt", "t-engagement", "putin", "rt-report")
        .said(TimeReference.of(PartialDate.ofMonth(2024, 8))).build());
    b.add(attribution("a-willing", "t-willing", "kuleba", "article").stance(Stance.ECHOES)
        .said(TimeReference.of(PartialDate.ofDay(2024, 7, 24), "during a July 24 visit to China"))
        .setting(Setting.builder().kind(Setting.Kind.VISIT).description("a July 24 visit to China").place("Beijing").build())
        .addressee("top diplomats in Beijing").build());
    b.add(attribution("a-held", "t-held", "kuleba", "article").cue("wrote on social media")
        .said(TimeReference.of(PartialDate.ofMonth(2024, 7)))
        .setting(Setting.of(Setting.Kind.SOCIAL_MEDIA, "social media")).build());
    b.add(attribution("a-agreed", "t-agreed", "kuleba", "article").stance(Stance.ADDS)
        .said(TimeReference.of(PartialDate.ofMonth(2024, 7))).build());
    b.add(attribution("a-denied", "t-denied", "johnson", "article").stance(Stance.DENIES)
        .addClaimStance(ClaimStance.of(johnsonClaim, ClaimStance.Position.DENIES)).build());
    b.add(attribution("a-confirmed", "t-confirmed", "staff", "article").stance(Stance.CONFIRMS)
        .addClaimStance(ClaimStance.of(johnsonClaim, ClaimStance.Position.CONFIRMS)).build());
    b.add(attribution("a-claimed", "t-claimed", "russia", "article").stance(Stance.CLAIMS)
        .addClaimStance(ClaimStance.of(johnsonClaim, ClaimStance.Position.ASSERTS)).build());
    b.add(attribution("a-goal", "t-goal", "zelensky", "article")
        .said(TimeReference.of(PartialDate.ofDay(2024, 7, 15), "on July 15")).build());
    return b.build();
  }

  /** {@code builder} with {@code copies} more attributions of the sit-down quote, in the reprint. */
  static Ledger withCopies(Ledger.Builder builder, int copies) {
    for (int i = 0; i < copies; i++) {
      builder.add(attribution("a-copy-" + i, "t-sit-reprint", "lukashenko", "reprint").build());
    }
    return builder.build();
  }

  private static void statement(Ledger.Builder b, String id, String text, Statement.Kind kind) {
    b.add(Statement.of(StatementId.of(id), text, kind));
  }

  static Attribution.Builder attribution(String id, String statement, String speaker, String document) {
    Attribution.Builder b = new Attribution.Builder();
    b.id(AttributionId.of(id)).statement(StatementId.of(statement)).speaker(SpeakerId.of(speaker))
        .document(DocumentId.of(document)).provenance(Provenance.curated("tests"));
    return b;
  }
}

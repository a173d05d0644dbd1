package dev.claimtrail.io.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
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
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Imports the hand-written ClaimReview samples — an array of reviews, a {@code @graph} with
 * references by {@code @id}, and a single review — and checks that every field lands where
 * docs/import.md says.
 */
class ClaimReviewSampleTest {
  static final Path ARRAY = resource("/import/claimreview-array.json");
  static final Path GRAPH = resource("/import/claimreview-graph.json");
  static final Path SINGLE = resource("/import/claimreview-single.json");

  static Path resource(String name) {
    try {
      return Path.of(ClaimReviewSampleTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anArrayOfReviewsGathersReviewsOfTheSameWordsOnOneClaim() {
    ImportResult result = ClaimReviews.read(ARRAY, ImportOptions.strict());
    assertEquals(3, result.imported());
    assertEquals(0, result.skipped());
    Ledger ledger = result.ledger();
    assertEquals(2, ledger.claims().size());

    String harbourText = "The harbour expansion will pay for itself within ten years";
    Claim harbour = ledger.claim(ReviewImporter.claimId(harbourText)).orElseThrow();
    assertEquals(harbourText, harbour.text());
    ClaimReview factDesk = ClaimReview.builder()
        .reviewer("FactDesk")
        .reviewerSource(OutletId.of("factdesk.example"))
        .rating("Mostly false")
        .ratingValue(2).bestRating(5).worstRating(1)
        .date(PartialDate.parse("2019-03-20"))
        .url("https://factdesk.example/checks/harbour-pays-for-itself")
        .build();
    ClaimReview checkMate = ClaimReview.builder()
        .reviewer("CheckMate")
        .reviewerSource(OutletId.of("checkmate.example"))
        .rating("False")
        .ratingValue(1).bestRating(6).worstRating(1)
        .date(PartialDate.parse("2019-03-22T14:05"))
        .url("https://checkmate.example/en/2019/harbour-ten-years")
        .build();
    assertEquals(List.of(factDesk, checkMate), harbour.reviews());

    Outlet factDeskOutlet = ledger.outlet(OutletId.of("factdesk.example")).orElseThrow();
    assertEquals("FactDesk", factDeskOutlet.name());
    assertEquals(List.of("factdesk.example"), factDeskOutlet.domains());
    assertEquals(Map.of("wikidata", "Q90009001"), factDeskOutlet.externalIds());
    assertEquals("CheckMate", ledger.outlet(OutletId.of("checkmate.example")).orElseThrow().name());

    Speaker okafor = ledger.speaker(ReviewImporter.speakerId("Amara Okafor")).orElseThrow();
    assertEquals(Speaker.Kind.PERSON, okafor.kind());
    assertEquals(Map.of("wikidata", "Q90000101", "sameAs", "https://portcity.example/council/okafor"),
        okafor.externalIds());

    Document reviewPage = document(ledger, "https://factdesk.example/checks/harbour-pays-for-itself");
    assertEquals(Optional.of(OutletId.of("factdesk.example")), reviewPage.outlet());
    assertEquals(Optional.of("Will the harbour expansion pay for itself? Unlikely"), reviewPage.title());
    assertEquals(Optional.of(PartialDate.parse("2019-03-20")), reviewPage.published());
    assertEquals(Optional.of("en"), reviewPage.language());

    Document first = document(ledger, "https://www.portcitynews.example/2019/03/harbour-plan");
    assertEquals(Document.Kind.ARTICLE, first.kind());
    assertEquals(Optional.of("Council backs harbour plan"), first.title());
    assertEquals(Optional.of(PartialDate.parse("2019-03-04T08:00")), first.published());
    assertEquals(Optional.of(OutletId.of("portcitynews.example")), first.outlet());
    assertEquals("Port City News", ledger.outlet(OutletId.of("portcitynews.example")).orElseThrow().name());

    Document post = document(ledger, "https://social.example/amara_okafor/status/4411");
    assertEquals(Document.Kind.POST, post.kind());
    assertEquals(Optional.of(PartialDate.parse("2019-03-05")), post.published());
    assertEquals(Optional.of(OutletId.of("social.example")), post.outlet());

    Document video = document(ledger, "https://video.example/watch?v=harbour10");
    assertEquals(Document.Kind.VIDEO, video.kind());
    assertEquals(Optional.of("Harbour debate, full session"), video.title());
    Outlet councilTv = ledger.outlet(OutletId.of("video.example")).orElseThrow();
    assertEquals("Council TV", councilTv.name());

    assertEquals(Optional.of("Okafor defends harbour costs"),
        document(ledger, "https://coastaldaily.example/news/harbour?id=7").title());

    Statement words = ledger.statement(ReviewImporter.statementId(harbourText)).orElseThrow();
    assertEquals(harbourText, words.text());
    assertEquals(Statement.Kind.INDIRECT, words.kind());
    List<Attribution> saidBy = ledger.attributionsOf(words.id());
    Set<String> documents = saidBy.stream().map(a -> a.document().value()).collect(Collectors.toSet());
    assertEquals(Set.of(
        "https://factdesk.example/checks/harbour-pays-for-itself",
        "https://www.portcitynews.example/2019/03/harbour-plan",
        "https://social.example/amara_okafor/status/4411",
        "https://video.example/watch?v=harbour10",
        "https://checkmate.example/en/2019/harbour-ten-years",
        "https://coastaldaily.example/news/harbour?id=7"), documents);
    for (Attribution a : saidBy) {
      assertEquals(okafor.id(), a.speaker());
      assertEquals(Stance.CLAIMS, a.stance());
      assertEquals(List.of(ClaimStance.of(harbour.id(), ClaimStance.Position.ASSERTS)), a.claimStances());
      assertEquals(PartialDate.parse("2019-03-04"), a.said().orElseThrow().date());
      assertEquals(Provenance.Method.IMPORTED, a.provenance().method());
      boolean byFactDesk = a.provenance().agent().equals("ClaimReview by FactDesk");
      assertTrue(byFactDesk || a.provenance().agent().equals("ClaimReview by CheckMate"), a.provenance().agent());
      assertEquals(byFactDesk ? Optional.of(Setting.builder().kind(Setting.Kind.OTHER)
          .description("Port City council meeting").place("Port City council meeting").build()) : Optional.empty(),
          a.setting());
    }
  }

  @Test
  void aClaimWithoutAnAuthorIsAttributedToWhoeverPostedItsAppearance() {
    Ledger ledger = ClaimReviews.read(ARRAY);
    Claim dredging = ledger.claim(ReviewImporter.claimId("Dredging of the estuary starts in May")).orElseThrow();
    ClaimReview review = dredging.reviews().get(0);
    assertEquals("Unproven", review.rating());
    assertEquals(Optional.empty(), review.ratingValue());
    Speaker watch = ledger.speaker(ReviewImporter.speakerId("Harbour Watch")).orElseThrow();
    assertEquals(Speaker.Kind.ORGANIZATION, watch.kind());
    assertEquals(Map.of("sameAs", "https://harbourwatch.example"), watch.externalIds());
    List<Attribution> attributions = ledger.attributionsOf(
        ReviewImporter.statementId("Dredging of the estuary starts in May"));
    assertEquals(1, attributions.size(), "the review page has no claim author to attribute to");
    assertEquals(DocumentId.of("https://social.example/harbourwatch/status/9001"), attributions.get(0).document());
    assertEquals(watch.id(), attributions.get(0).speaker());
    assertEquals(Optional.empty(), attributions.get(0).said());
    assertTrue(ledger.document(DocumentId.of("https://factdesk.example/checks/dredging-may")).isPresent());
  }

  @Test
  void aGraphResolvesReferencesByIdAndReadsOnlyItsReviews() {
    ImportResult result = ClaimReviews.read(GRAPH, ImportOptions.strict());
    assertEquals(2, result.imported());
    Ledger ledger = result.ledger();
    Outlet veritas = ledger.outlet(OutletId.of("veritas.example")).orElseThrow();
    assertEquals("Veritas Check", veritas.name());

    Claim contracts = ledger.claim(ReviewImporter.claimId("Every harbour contract is published online")).orElseThrow();
    assertEquals(List.of(ClaimReview.builder()
        .reviewer("Veritas Check")
        .reviewerSource(veritas.id())
        .rating("Half true")
        .ratingValue(3).bestRating(5).worstRating(1)
        .date(PartialDate.parse("2019-04-02"))
        .url("https://veritas.example/fact-check/contracts-online")
        .build()), contracts.reviews());
    assertEquals(Optional.of("Are all harbour contracts online?"),
        document(ledger, "https://veritas.example/fact-check/contracts-online").title());
    Speaker council = ledger.speaker(ReviewImporter.speakerId("Port City Council")).orElseThrow();
    assertEquals(Speaker.Kind.GOVERNMENT, council.kind());
    assertEquals(Map.of("sameAs", "https://portcity.example"), council.externalIds());
    Document press = document(ledger, "https://portcity.example/press/2019-03-28-contracts");
    assertEquals(Optional.of(OutletId.of("portcity.example")), press.outlet());
    Set<DocumentId> where = ledger.attributionsBy(council.id()).stream().map(Attribution::document)
        .collect(Collectors.toSet());
    assertEquals(Set.of(press.id(), DocumentId.of("https://veritas.example/fact-check/contracts-online")), where);

    Claim estuary = ledger.claim(ReviewImporter.claimId("L'estuaire ne court aucun danger")).orElseThrow();
    assertEquals("Faux", estuary.reviews().get(0).rating());
    assertEquals(Optional.of("fr"), document(ledger, "https://veritas.example/fact-check/estuaire").language());
    Document article = document(ledger, "https://francophone.example/actualites/estuaire");
    assertEquals(Optional.of("« Aucun danger », dit-il"), article.title());
    assertEquals(Optional.of("fr"), article.language());
    Attribution said = ledger.attributionsBy(ReviewImporter.speakerId("José Álvarez Núñez")).get(0);
    assertEquals(PartialDate.parse("2019-04"), said.said().orElseThrow().date());
    assertEquals(Set.of("veritas.example", "portcity.example", "francophone.example"),
        ledger.outlets().stream().map(s -> s.id().value()).collect(Collectors.toSet()));
  }

  @Test
  void aSingleReviewObjectImports() {
    Ledger ledger = ClaimReviews.read(SINGLE);
    Claim claim = ledger.claims().get(0);
    assertEquals("The port authority has nothing to hide", claim.text());
    ClaimReview review = claim.reviews().get(0);
    assertEquals("Needs context", review.rating());
    assertEquals(Optional.of(4), review.ratingValue());
    assertEquals(Optional.of(6), review.bestRating());
    assertEquals(Optional.of(1), review.worstRating());
    assertEquals(Map.of("wikidata", "Q90000101"),
        ledger.speaker(ReviewImporter.speakerId("Amara Okafor")).orElseThrow().externalIds());
    Document article = document(ledger, "https://nordicwire.example/a/88600");
    assertEquals(Optional.of(PartialDate.parse("2019-03-12")), article.published());
    assertEquals("Nordic Wire", ledger.outlet(OutletId.of("nordicwire.example")).orElseThrow().name());
    assertEquals(2, ledger.attributions().size());
  }

  private static Document document(Ledger ledger, String url) {
    Document document = ledger.document(DocumentId.of(url)).orElseThrow(() -> new AssertionError("no document " + url));
    assertEquals(Optional.of(url), document.url());
    return document;
  }
}

package dev.claimtrail.io.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated reviews import as the reviews of their claims; mutated and truncated ClaimReview
 * samples import, or fail with {@link LedgerFormatException} — never another exception — and a
 * skip-and-report import accounts for every review it met.
 */
class ClaimReviewPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<byte[]> samples;
  private static Path report;

  @BeforeContainer
  static void readSamples() throws IOException {
    samples = List.of(Files.readAllBytes(ClaimReviewSampleTest.ARRAY), Files.readAllBytes(ClaimReviewSampleTest.GRAPH),
        Files.readAllBytes(ClaimReviewSampleTest.SINGLE));
    report = Files.createTempFile("claimreview-report", ".tsv");
  }

  @AfterContainer
  static void deleteReport() throws IOException {
    Files.deleteIfExists(report);
  }

  @Property(tries = 300)
  void mutatedSamplesImportOrFailWithTheDocumentedException(@ForAll("mutatedSamples") byte[] input) {
    try {
      ImportResult result = ClaimReviews.read(new ByteArrayInputStream(input), "mutated", ImportOptions.strict());
      assertEquals(0, result.skipped());
    } catch (LedgerFormatException expected) {
      assertEquals("mutated", expected.source());
    }
  }

  @Property(tries = 300)
  void skipAndReportAccountsForEveryReview(@ForAll("mutatedSamples") byte[] input) throws IOException {
    ImportResult result;
    try {
      result = ClaimReviews.read(new ByteArrayInputStream(input), "mutated", ImportOptions.skipAndReport(report));
    } catch (LedgerFormatException notJsonOrNoReview) {
      return;
    }
    assertEquals(result.skipped() + 1, Files.readAllLines(report).size());
    long reviews = result.ledger().claims().stream().mapToLong(c -> c.reviews().size()).sum();
    assertTrue(reviews <= result.imported(), "identical reviews are kept once");
    for (Claim claim : result.ledger().claims()) {
      assertTrue(!claim.reviews().isEmpty(), claim.toString());
    }
  }

  @Property(tries = 60)
  void generatedReviewsImportAsTheReviewsOfTheirClaims(@ForAll("reviews") List<Tuple2<String, ClaimReview>> reviews)
      throws IOException {
    ArrayNode input = JSON.createArrayNode();
    Map<String, List<ClaimReview>> expected = new LinkedHashMap<>();
    for (Tuple2<String, ClaimReview> generated : reviews) {
      ClaimReview review = generated.get2();
      ObjectNode node = input.addObject().put("@type", "ClaimReview").put("claimReviewed", generated.get1());
      node.putObject("author").put("@type", "Organization").put("name", review.reviewer());
      ObjectNode rating = node.putObject("reviewRating").put("alternateName", review.rating());
      review.ratingValue().ifPresent(v -> rating.put("ratingValue", v));
      review.bestRating().ifPresent(v -> rating.put("bestRating", String.valueOf(v)));
      review.worstRating().ifPresent(v -> rating.put("worstRating", v));
      review.date().ifPresent(d -> node.put("datePublished", d.toString()));
      review.url().ifPresent(u -> node.put("url", u));
      String reviewer = review.reviewer().strip();
      ClaimReview imported = ClaimReview.builder()
          .reviewer(reviewer)
          .reviewerSource(review.url().map(u -> OutletId.of(u.replaceFirst("^https://", "").replaceFirst("/.*$", "")))
              .orElse(OutletId.of("claimreview:" + reviewer)))
          .rating(review.rating().strip())
          .ratingValue(review.ratingValue())
          .bestRating(review.bestRating())
          .worstRating(review.worstRating())
          .date(review.date())
          .url(review.url())
          .build();
      List<ClaimReview> ofClaim = expected.computeIfAbsent(generated.get1().strip(), text -> new ArrayList<>());
      if (!ofClaim.contains(imported)) {
        ofClaim.add(imported);
      }
    }
    Ledger ledger = ClaimReviews.read(new ByteArrayInputStream(JSON.writeValueAsBytes(input)), "generated",
        ImportOptions.strict()).ledger();
    assertEquals(expected.size(), ledger.claims().size());
    expected.forEach((text, ofClaim) ->
        assertEquals(ofClaim, ledger.claim(ReviewImporter.claimId(text)).orElseThrow().reviews(), text));
  }

  @Provide
  Arbitrary<List<Tuple2<String, ClaimReview>>> reviews() {
    Arbitrary<String> claims = Arbitraries.oneOf(Arbitraries.of("The sky is green", "Water is dry"),
        Generators.labels().filter(ClaimReviewPropertiesTest::wellFormed));
    Arbitrary<Optional<String>> urls = Combinators.combine(Generators.domains(), Arbitraries.integers().between(1, 99))
        .as((domain, n) -> "https://" + domain + "/r/" + n).optional();
    Arbitrary<ClaimReview> reviews = Combinators.combine(Generators.claimReviews(), urls)
        .as((review, url) -> ClaimReview.builder()
            .reviewer(review.reviewer()).rating(review.rating()).ratingValue(review.ratingValue())
            .bestRating(review.bestRating()).worstRating(review.worstRating()).date(review.date()).url(url)
            .build())
        .filter(r -> wellFormed(r.reviewer()) && wellFormed(r.rating()));
    return Combinators.combine(claims, reviews).as(Tuple::of).list().ofMinSize(1).ofMaxSize(5);
  }

  /** Whether {@code text} has no lone surrogate, so that it survives UTF-8. */
  private static boolean wellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  @Provide
  Arbitrary<byte[]> mutatedSamples() {
    return Generators.damaged(samples, SNIPPETS, 6);
  }


  private static final List<String> SNIPPETS = List.of(
      "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999", "\"2.5\"", "\"@id\":\"x\",",
      "{\"@id\":\"https://veritas.example/#organization\"}", "\"@graph\":[],", "\"sameAs\":7,", "\"\"",
      "\"author\":[],", "\"appearance\":\"not a url\",", "\"datePublished\":\"2019-02-30\",", "\\u0000",
      "\\ud800", "\u00ff", "😀", "[".repeat(100), "9".repeat(40), " ");


}

package dev.claimtrail.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.testing.Generators;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

  @Test
  void similarQuoteSharesMoreThanHalfOfTheWordPairs() {
    Optional<VariantMatch> match = QuoteMatcher.match(
        "we will rebuild every bridge in the north", "they will rebuild every bridge in the south");
    assertEquals(VariantMatch.Kind.SIMILAR, match.orElseThrow().kind());
    assertEquals("shares 71% of its word pairs", match.orElseThrow().reason());
  }

  @Test
  void aShortTextOfCommonPairsIsNotSimilarToALongOneSharingThem() {
    String longer = "the people of the town said that the plan to rebuild the bridge was not the answer";
    assertEquals(Optional.empty(), QuoteMatcher.match(longer, "the town said the plan"));
    assertEquals(Optional.empty(), QuoteMatcher.match("the town said the plan", longer));
  }

  @Test
  void sharingHalfOfTheWordPairsIsNotSimilar() {
    assertEquals(Optional.empty(), QuoteMatcher.match("of the people went up", "none of the farmers went up"));
  }

  @Test
  void elidedVariantMatchesWithTheElidedPassageCounted() {
    VariantMatch match = QuoteMatcher.match(
        "we will rebuild … bridge in the north", "We will rebuild every bridge in the north.").orElseThrow();
    assertEquals(VariantMatch.Kind.ELISIONS, match.kind());
  }

  @Provide
  Arbitrary<Tuple2<String, String>> quoteAndVariant() {
    return Generators.quoteTexts().flatMap(q -> Generators.variantsOf(q).map(v -> Tuple.of(q, v)));
  }

  /** The bound an index relies on to skip candidates: no accepted variant shares fewer pairs. */
  @Property(tries = 500)
  void aContainingOrElidedVariantSharesTheContainedPairs(
      @ForAll("quoteAndVariant") Tuple2<String, String> texts) {
    checkSharesTheContainedPairs(texts.get1(), texts.get2());
    checkSharesTheContainedPairs(texts.get2(), texts.get1());
  }

  private static void checkSharesTheContainedPairs(String query, String quote) {
    Set<VariantMatch.Kind> bounded =
        EnumSet.of(VariantMatch.Kind.ELISIONS, VariantMatch.Kind.PART, VariantMatch.Kind.TRUNCATED);
    Optional<VariantMatch> match = QuoteMatcher.match(query, quote);
    if (match.isPresent() && bounded.contains(match.get().kind())) {
      int[] queryPairs = QuoteFingerprint.wordPairs(query);
      int[] quotePairs = QuoteFingerprint.wordPairs(quote);
      long shared = Arrays.stream(queryPairs).filter(p -> Arrays.binarySearch(quotePairs, p) >= 0).count();
      int least = Math.min(QuoteFingerprint.containedPairs(query), QuoteFingerprint.containedPairs(quote));
      assertTrue(shared >= least, () -> query + " / " + quote + ": " + shared + " < " + least);
    }
  }
}

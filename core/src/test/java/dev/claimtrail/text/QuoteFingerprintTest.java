package dev.claimtrail.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.internal.HashMixing;
import dev.claimtrail.testing.Generators;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fingerprints equal their straightforward definitions: words split into strings, hashes made
 * distinct with streams, each form's pairs computed afresh for every method.
 */
class QuoteFingerprintTest {

  /** Normalized texts, among them empty and one-word ones, with words that share hash codes. */
  @Provide
  Arbitrary<String> normalizedTexts() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.of("a", "Aa", "BB", "peace", "war", "é", "1990", "ﬁ"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
    return Arbitraries.oneOf(
        words.list().ofMaxSize(12).map(list -> String.join(" ", list)),
        Generators.quoteTexts().map(QuoteText::normalize),
        Arbitraries.strings().ofMaxLength(30).map(QuoteText::normalize));
  }

  @Provide
  Arbitrary<String> quotes() {
    return Arbitraries.oneOf(
        Generators.quoteTexts(),
        Arbitraries.strings().withChars("ab [].…").ofMaxLength(24),
        Arbitraries.strings().ofMaxLength(24));
  }

  @Property(tries = 2000)
  void scanningWordsGivesThePairsOfSplitWords(@ForAll("normalizedTexts") String normalized) {
    assertArrayEquals(splitPairs(normalized), QuoteFingerprint.pairsOf(normalized), normalized);
  }

  @Property(tries = 1000)
  void fingerprintsEqualTheirDefinitions(@ForAll("quotes") String text) {
    QuoteForms forms = QuoteForms.of(text);
    String plain = forms.plain();
    String withInsertions = forms.withInsertions();
    int[] expectedPairs = distinct(IntStream.concat(Arrays.stream(splitPairs(plain)),
        Arrays.stream(plain.equals(withInsertions) ? new int[0] : splitPairs(withInsertions))));
    assertArrayEquals(expectedPairs, QuoteFingerprint.wordPairs(text), text);
    assertArrayEquals(expectedPairs, QuoteFingerprint.wordPairs(plain, withInsertions), text);
    assertEquals(containedPairs(forms), QuoteFingerprint.containedPairs(text), text);
    assertArrayEquals(distinct(IntStream.of(QuoteFingerprint.hash(plain), QuoteFingerprint.hash(withInsertions))),
        QuoteFingerprint.whole(text), text);
  }

  /**
   * Pairs kept with the forms after one method serve the other unchanged, in either order, even
   * when a caller changes an array it got.
   */
  @Property(tries = 500)
  void pairsKeptWithTheFormsServeEitherOrder(@ForAll("quotes") String text) {
    QuoteForms pairsFirst = QuoteForms.of(text);
    int[] pairs = QuoteFingerprint.wordPairs(pairsFirst);
    if (pairs.length > 0) {
      pairs[0] ^= 1;
    }
    QuoteForms containedFirst = QuoteForms.of(text);
    assertEquals(containedPairs(pairsFirst), QuoteFingerprint.containedPairs(pairsFirst), text);
    assertEquals(containedPairs(containedFirst), QuoteFingerprint.containedPairs(containedFirst), text);
    assertArrayEquals(QuoteFingerprint.wordPairs(text), QuoteFingerprint.wordPairs(pairsFirst), text);
    assertArrayEquals(QuoteFingerprint.wordPairs(text), QuoteFingerprint.wordPairs(containedFirst), text);
  }

  /** The pair hashes of a normalized text, by the definition: its words split at spaces. */
  private static int[] splitPairs(String normalized) {
    if (normalized.isEmpty()) {
      return new int[0];
    }
    String[] words = normalized.split(" ");
    if (words.length == 1) {
      return new int[] {QuoteFingerprint.hash(normalized)};
    }
    int[] pairs = new int[words.length - 1];
    for (int i = 1; i < words.length; i++) {
      pairs[i - 1] = HashMixing.murmur3(words[i - 1].hashCode() * 0x01000193 ^ words[i].hashCode());
    }
    return pairs;
  }

  /** {@link QuoteFingerprint#containedPairs} by its definition. */
  private static int containedPairs(QuoteForms forms) {
    String plain = forms.plain();
    String withInsertions = forms.withInsertions();
    if (plain.indexOf(' ') < 0 || withInsertions.indexOf(' ') < 0) {
      return 0;
    }
    int fewest = Math.min(distinct(Arrays.stream(splitPairs(plain))).length,
        distinct(Arrays.stream(splitPairs(withInsertions))).length);
    List<String> fragments = forms.fragments();
    if (fragments.size() < 2) {
      return fewest;
    }
    int inside = distinct(fragments.stream().filter(f -> f.contains(" "))
        .flatMapToInt(f -> Arrays.stream(splitPairs(f)))).length;
    return Math.min(fewest, inside);
  }

  private static int[] distinct(IntStream hashes) {
    return hashes.sorted().distinct().toArray();
  }
}

package dev.claimtrail.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.testing.Generators;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

  @Test
  void segmentsSeparateInsertionsAndElisions() {
    List<Segment> segments = QuoteText.segments("like in [the] Kursk region … for a talk...");
    assertEquals(List.of(
        Segment.of(Segment.Kind.VERBATIM, "like in "),
        Segment.of(Segment.Kind.INSERTION, "[the]"),
        Segment.of(Segment.Kind.VERBATIM, " Kursk region "),
        Segment.of(Segment.Kind.ELISION, "…"),
        Segment.of(Segment.Kind.VERBATIM, " for a talk"),
        Segment.of(Segment.Kind.ELISION, "...")), segments);
    assertEquals("the", segments.get(1).content());
  }

  @Test
  void bracketedEllipsisIsAnElision() {
    assertEquals(Segment.Kind.ELISION, QuoteText.segments("a […] b").get(1).kind());
  }

  @Test
  void bracketsHoldAnElisionOnlyWithNothingButSpaceBesideIt() {
    assertEquals(Segment.Kind.ELISION, QuoteText.segments("a [ ... ] b").get(1).kind());
    assertEquals(Segment.Kind.ELISION, QuoteText.segments("a [\t…\n] b").get(1).kind());
    assertEquals(Segment.Kind.INSERTION, QuoteText.segments("a [..] b").get(1).kind());
    assertEquals(Segment.Kind.INSERTION, QuoteText.segments("a [… so] b").get(1).kind());
    assertEquals(Segment.Kind.INSERTION, QuoteText.segments("a [ ] b").get(1).kind());
  }

  @Test
  void variantsOfOneQuoteShareTheNormalizedForm() {
    String printed = "But if it goes on like in [the] Kursk region, this will be an escalation";
    String variant = "but if it goes on like in Kursk region — this will be an escalation";
    assertEquals(QuoteText.normalize(printed), QuoteText.normalize(variant));
    assertEquals("ukraines destruction", QuoteText.normalize("Ukraine’s destruction."));
  }

  @Test
  void insertionWordsAreKeptOnRequest() {
    assertEquals("like in the kursk region",
        QuoteText.normalizeWithInsertions("like in [the] Kursk region"));
  }

  @Property(tries = 500)
  void segmentsConcatenateToTheText(@ForAll String text) {
    assertEquals(text, QuoteText.segments(text).stream().map(Segment::text).collect(Collectors.joining()));
  }

  @Property(tries = 500)
  void normalizingIsIdempotent(@ForAll String text) {
    String once = QuoteText.normalize(text);
    assertEquals(once, QuoteText.normalize(once));
  }

  /**
   * The forms normalize segment by segment; the same words must come out of normalizing the joined
   * segments whole, which is what the forms stand for (insertions dropped or kept, fragments split
   * at elisions, a space after every segment).
   */
  @Property(tries = 1000)
  void formsEqualNormalizingTheJoinedSegments(@ForAll("quotes") String text) {
    StringBuilder plain = new StringBuilder();
    StringBuilder withInsertions = new StringBuilder();
    StringBuilder fragment = new StringBuilder();
    List<String> fragments = new ArrayList<>();
    for (Segment segment : QuoteText.segments(text)) {
      if (segment.kind() == Segment.Kind.ELISION) {
        fragments.add(QuoteText.words(fragment));
        fragment.setLength(0);
      } else {
        withInsertions.append(segment.content());
        if (segment.kind() == Segment.Kind.VERBATIM) {
          plain.append(segment.text());
          fragment.append(segment.text());
        }
      }
      plain.append(' ');
      withInsertions.append(' ');
      fragment.append(' ');
    }
    fragments.add(QuoteText.words(fragment));
    fragments.removeIf(String::isEmpty);
    QuoteForms forms = QuoteForms.of(text);
    assertEquals(QuoteText.words(plain), forms.plain());
    assertEquals(QuoteText.words(withInsertions), forms.withInsertions());
    assertEquals(fragments, forms.fragments());
  }

  @Provide
  Arbitrary<String> quotes() {
    return Arbitraries.oneOf(
        Generators.quoteTexts(),
        Arbitraries.strings().withChars("aΣσςİﬁ\u0301\u0308 '’[]….-").ofMaxLength(24),
        Arbitraries.strings().ofMaxLength(24));
  }

  @Provide
  Arbitrary<String> printedTexts() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.of('‘', '’', '“', '”', '–', '—', '…', '\u00A0', 'ʼ', 'é', 'İ', 'ﬁ', '½', '™', 'Σ'));
    return chars.list().ofMaxSize(40).map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** The ASCII and typography shortcut gives what folding every text would. */
  @Property(tries = 1000)
  void normalizingEqualsCompatibilityFoldingOfTheSpeakersWords(@ForAll("printedTexts") String text) {
    StringBuilder verbatim = new StringBuilder();
    for (Segment segment : QuoteText.segments(text)) {
      if (segment.kind() == Segment.Kind.VERBATIM) {
        verbatim.append(segment.text());
      }
      verbatim.append(' ');
    }
    String folded = Normalizer.normalize(verbatim, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean apostrophe = c == '\'' || c == '’' || c == 'ʼ';
      if (Character.isLetterOrDigit(c)) {
        words.append(space && words.length() > 0 ? " " : "").append(c);
        space = false;
      } else if (!apostrophe || i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
        space = true;
      }
    }
    assertEquals(words.toString(), QuoteText.normalize(text));
  }
}

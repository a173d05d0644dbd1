package dev.claimtrail.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}

package dev.claimtrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EvidenceOverlapTest {
  private static final String TEXT = "x".repeat(200);

  @Test
  void theOverlapIsSharedCharactersOverTheLongerEvidence() {
    List<Span> gold = List.of(Span.of(TEXT, 10, 20), Span.of(TEXT, 30, 40));
    List<Span> predicted = List.of(Span.of(TEXT, 15, 35));
    assertEquals(10.0 / 20, EvidenceOverlap.ratio(gold, predicted));
    assertEquals(0.0, EvidenceOverlap.ratio(gold, List.of()));
  }

  @Property(tries = 200)
  void theOverlapIsSymmetricAndBetweenZeroAndOne(
      @ForAll("evidence") List<Span> a, @ForAll("evidence") List<Span> b) {
    double ratio = EvidenceOverlap.ratio(a, b);
    assertEquals(ratio, EvidenceOverlap.ratio(b, a));
    assertTrue(ratio >= 0 && ratio <= 1, () -> "ratio " + ratio);
  }

  @Property(tries = 200)
  void evidenceOverlapsItselfFully(@ForAll("evidence") List<Span> a) {
    assertEquals(a.isEmpty() ? 0.0 : 1.0, EvidenceOverlap.ratio(a, a));
  }

  @Property(tries = 200)
  void theOverlapCountsEachSharedCharacterOnce(
      @ForAll("evidence") List<Span> a, @ForAll("evidence") List<Span> b) {
    long shared = 0;
    for (int i = 0; i < TEXT.length(); i++) {
      if (covers(a, i) && covers(b, i)) {
        shared++;
      }
    }
    long longer = Math.max(length(a), length(b));
    assertEquals(longer == 0 ? 0.0 : (double) shared / longer, EvidenceOverlap.ratio(a, b), 1e-12);
  }

  private static boolean covers(List<Span> spans, int offset) {
    return spans.stream().anyMatch(s -> s.start() <= offset && offset < s.end());
  }

  private static long length(List<Span> spans) {
    return spans.stream().mapToLong(s -> s.end() - s.start()).sum();
  }

  /** Up to four spans in text order without overlap, from cut points in the text. */
  @Provide
  Arbitrary<List<Span>> evidence() {
    return Arbitraries.integers().between(0, TEXT.length()).set().ofMaxSize(8).map(cuts -> {
      List<Integer> sorted = new ArrayList<>(cuts);
      sorted.sort(null);
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i + 1 < sorted.size(); i += 2) {
        spans.add(Span.of(TEXT, sorted.get(i), sorted.get(i + 1)));
      }
      return spans;
    });
  }
}

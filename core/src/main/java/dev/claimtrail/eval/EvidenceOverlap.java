package dev.claimtrail.eval;

import dev.claimtrail.model.Span;
import java.util.List;

/**
 * How much two pieces of evidence in one text overlap: the characters covered by both, divided by
 * the characters covered by the longer of the two. 1 for the same spans, 0 for disjoint ones; at
 * least {@code r} means that each covers at least a share {@code r} of the other.
 */
final class EvidenceOverlap {
  private EvidenceOverlap() {}

  /**
   * The overlap ratio of {@code a} and {@code b}, each a list of spans in text order without
   * overlap (as {@link dev.claimtrail.model.Attribution#evidence()} guarantees); 0 if either is
   * empty. Linear in the number of spans.
   */
  static double ratio(List<Span> a, List<Span> b) {
    long longer = Math.max(length(a), length(b));
    return longer == 0 ? 0 : (double) shared(a, b) / longer;
  }

  private static long shared(List<Span> a, List<Span> b) {
    long shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      Span x = a.get(i);
      Span y = b.get(j);
      shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      if (x.end() <= y.end()) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  private static long length(List<Span> spans) {
    return spans.stream().mapToLong(s -> s.end() - s.start()).sum();
  }
}

package dev.claimtrail.bench.peer;

import java.util.List;
import java.util.Set;

/**
 * Who said a quote printed in another outlet's form: the systems that find variants (claimtrail's
 * fingerprints and matcher, a Lucene full-text index) answer with the statements they take for
 * printings of the same words and the speakers of those statements.
 */
public interface VariantSearch {
  /** The name printed in results. */
  String name();

  /** The statements judged to print {@code text}, best first, and their speakers. */
  Answer whoSaidVariant(String text);

  /**
   * What a variant search returns.
   *
   * @param statements the ids of the statements found, best first
   * @param speakers the ids of the speakers of those statements
   */
  record Answer(List<String> statements, Set<String> speakers) {
    /** Copies the collections. */
    public Answer {
      statements = List.copyOf(statements);
      speakers = Set.copyOf(speakers);
    }
  }
}

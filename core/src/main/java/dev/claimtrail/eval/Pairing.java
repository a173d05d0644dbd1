package dev.claimtrail.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A one-to-one pairing of gold and predicted items by similarity: candidate pairs whose similarity
 * reaches {@link Evaluation#MIN_OVERLAP} are taken greedily, most similar first, ties broken by gold
 * then predicted order, so the result is deterministic.
 */
final class Pairing {
  private final int[] partnerOfGold;
  private final boolean[] predictedPaired;
  private final int pairs;

  private Pairing(int[] partnerOfGold, boolean[] predictedPaired, int pairs) {
    this.partnerOfGold = partnerOfGold;
    this.predictedPaired = predictedPaired;
    this.pairs = pairs;
  }

  /** Pairs {@code golds} with {@code predictions} by {@code similarity}, a value in [0, 1]. */
  static <T> Pairing of(List<T> golds, List<T> predictions, BiFunction<T, T, Double> similarity) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      for (int p = 0; p < predictions.size(); p++) {
        double score = similarity.apply(golds.get(g), predictions.get(p));
        if (score >= Evaluation.MIN_OVERLAP) {
          candidates.add(new Candidate(g, p, score));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
    int[] partnerOfGold = new int[golds.size()];
    Arrays.fill(partnerOfGold, -1);
    boolean[] predictedPaired = new boolean[predictions.size()];
    int pairs = 0;
    for (Candidate c : candidates) {
      if (partnerOfGold[c.gold()] < 0 && !predictedPaired[c.predicted()]) {
        partnerOfGold[c.gold()] = c.predicted();
        predictedPaired[c.predicted()] = true;
        pairs++;
      }
    }
    return new Pairing(partnerOfGold, predictedPaired, pairs);
  }

  /** The index of the prediction paired with gold item {@code gold}, or -1 if none. */
  int partnerOfGold(int gold) {
    return partnerOfGold[gold];
  }

  /** Whether prediction {@code predicted} is paired. */
  boolean isPaired(int predicted) {
    return predictedPaired[predicted];
  }

  /** How many pairs were formed. */
  int pairs() {
    return pairs;
  }

  private record Candidate(int gold, int predicted, double score) {}
}

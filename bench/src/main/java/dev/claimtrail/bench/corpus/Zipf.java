package dev.claimtrail.bench.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0 .. n-1} with probability proportional to {@code 1 / (rank + 1)^exponent},
 * the long-tailed popularity of speakers, outlets and words in news. Sampling is a binary search in
 * a precomputed cumulative table, so it costs {@code O(log n)} and 8 bytes per rank once.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    checkArgument(n > 0, "Zipf needs at least one rank: %s", n);
    checkArgument(exponent >= 0, "Zipf exponent must not be negative: %s", exponent);
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < n; rank++) {
      cumulative[rank] /= sum;
    }
  }

  /** A rank drawn from {@code random}. */
  int sample(SplittableRandom random) {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = found >= 0 ? found : -found - 1;
    return Math.min(rank, cumulative.length - 1);
  }

  /** How many ranks there are. */
  int size() {
    return cumulative.length;
  }
}

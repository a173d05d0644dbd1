package dev.claimtrail.bench.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * What to generate: how many attributions, over how many potential speakers and outlets, from which
 * seed. The same spec always gives the same corpus.
 *
 * @param attributions the number of attributions, chains included
 * @param speakers the number of speakers that may be drawn (Zipf-distributed; only those drawn appear)
 * @param outlets the number of outlets that may be drawn (Zipf-distributed; only those drawn appear)
 * @param seed the seed of every random choice
 */
public record CorpusSpec(int attributions, int speakers, int outlets, long seed) {
  /** Quotebank's shape: 100 000 speakers and 10 000 outlets. */
  public static final int QUOTEBANK_SPEAKERS = 100_000;
  public static final int QUOTEBANK_OUTLETS = 10_000;
  /** The seed used unless another is asked for. */
  public static final long DEFAULT_SEED = 20_200_416L;

  /** Validates the counts. */
  public CorpusSpec {
    checkArgument(attributions > 0, "attributions must be positive: %s", attributions);
    checkArgument(speakers > 0, "speakers must be positive: %s", speakers);
    checkArgument(outlets > 0, "outlets must be positive: %s", outlets);
  }

  /** Quotebank's shape with {@code attributions} attributions and the default seed. */
  public static CorpusSpec quotebankShape(int attributions) {
    return new CorpusSpec(attributions, QUOTEBANK_SPEAKERS, QUOTEBANK_OUTLETS, DEFAULT_SEED);
  }

  /**
   * Quotebank's shape at a size written as a count with an optional {@code k} or {@code m} suffix:
   * {@code 100k}, {@code 1m}, {@code 10m}, {@code 2500}. Throws {@link IllegalArgumentException}
   * naming the text otherwise.
   */
  public static CorpusSpec ofSize(String size) {
    return quotebankShape(parseCount(size));
  }

  /** Reads a count such as {@code 100k}, {@code 1m} or {@code 2500}. */
  public static int parseCount(String size) {
    String text = size.strip().toLowerCase(Locale.ROOT);
    long multiplier = 1;
    if (text.endsWith("k")) {
      multiplier = 1_000;
    } else if (text.endsWith("m")) {
      multiplier = 1_000_000;
    }
    String digits = multiplier == 1 ? text : text.substring(0, text.length() - 1);
    checkArgument(!digits.isEmpty() && digits.chars().allMatch(Character::isDigit),
        "size must be a count like 100k, 1m or 2500: '%s'", size);
    long count = Long.parseLong(digits) * multiplier;
    checkArgument(count > 0 && count <= Integer.MAX_VALUE, "size out of range: '%s'", size);
    return (int) count;
  }

  /** This spec with another seed. */
  public CorpusSpec withSeed(long newSeed) {
    return new CorpusSpec(attributions, speakers, outlets, newSeed);
  }

  /** A short label such as {@code 100k} or {@code 1m}. */
  public String label() {
    if (attributions % 1_000_000 == 0) {
      return attributions / 1_000_000 + "m";
    }
    return attributions % 1_000 == 0 ? attributions / 1_000 + "k" : Integer.toString(attributions);
  }
}

package dev.claimtrail.eval;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * Counts of a matching task: statements found in both ledgers ({@link #matched()}), found only in
 * the prediction ({@link #spurious()}) and only in the gold ledger ({@link #missed()}), with the
 * precision, recall and F1 they give. Scores add up count by count, so the sum of the scores of
 * several documents is their micro-average.
 *
 * <p>With nothing predicted the precision is 1, with nothing in the gold ledger the recall is 1:
 * nothing was got wrong. {@link #toString()} prints "n/a" for such a vacuous figure.
 */
@Value.Immutable
public abstract class Score {
  /** {@return statements of the gold ledger that the prediction found} */
  @Value.Parameter
  public abstract int matched();

  /** {@return predicted statements with no gold counterpart} */
  @Value.Parameter
  public abstract int spurious();

  /** {@return gold statements the prediction did not find} */
  @Value.Parameter
  public abstract int missed();

  /**
   * {@return the score with the given counts; throws {@link IllegalStateException} if one is negative}
   *
   * @param matched how many items match
   * @param spurious how many predicted items match nothing
   * @param missed how many gold items were not predicted
   */
  public static Score of(int matched, int spurious, int missed) {
    return ImmutableScore.of(matched, spurious, missed);
  }

  /** {@return the score of nothing} */
  public static Score zero() {
    return of(0, 0, 0);
  }

  /** {@return how many statements the gold ledger has} */
  public final int gold() {
    return matched() + missed();
  }

  /** {@return how many statements the prediction has} */
  public final int predicted() {
    return matched() + spurious();
  }

  /** {@return the share of predicted statements that match a gold one; 1 when nothing was predicted} */
  public final double precision() {
    return predicted() == 0 ? 1 : (double) matched() / predicted();
  }

  /** {@return the share of gold statements that were found; 1 when there are none} */
  public final double recall() {
    return gold() == 0 ? 1 : (double) matched() / gold();
  }

  /** {@return the harmonic mean of precision and recall; 0 when both are 0} */
  public final double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * {@return the count-by-count sum of this score and {@code other}}
   *
   * @param other the score to add
   */
  public final Score plus(Score other) {
    return of(matched() + other.matched(), spurious() + other.spurious(), missed() + other.missed());
  }

  /** Validates the counts. */
  @Value.Check
  protected void check() {
    checkState(matched() >= 0 && spurious() >= 0 && missed() >= 0,
        "score counts must not be negative: matched %s, spurious %s, missed %s",
        matched(), spurious(), missed());
  }

  /** Counts and figures on one line, e.g. {@code gold 12 predicted 11 matched 10 P 0.909 R 0.833 F1 0.870}. */
  @Override
  public String toString() {
    return String.format("gold %d predicted %d matched %d P %s R %s F1 %s",
        gold(), predicted(), matched(),
        Accuracy.figure(precision(), predicted() > 0),
        Accuracy.figure(recall(), gold() > 0),
        Accuracy.figure(f1(), predicted() > 0 || gold() > 0));
  }
}

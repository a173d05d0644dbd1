package dev.claimtrail.eval;

import static com.google.common.base.Preconditions.checkState;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * How many of some checked items were right: {@link #correct()} of {@link #total()}. Accuracies add
 * up count by count, so the sum over several documents is their micro-average. With nothing to
 * check the {@link #ratio()} is 1 and {@link #toString()} prints "n/a".
 */
@Value.Immutable
public abstract class Accuracy {
  /** {@return items that were right} */
  @Value.Parameter
  public abstract int correct();

  /** {@return items checked} */
  @Value.Parameter
  public abstract int total();

  /**
   * {@return {@code correct} right of {@code total}; throws {@link IllegalStateException} unless 0 ≤ correct ≤ total}
   *
   * @param correct how many items were right
   * @param total how many items were checked
   */
  public static Accuracy of(int correct, int total) {
    return ImmutableAccuracy.of(correct, total);
  }

  /** {@return nothing checked} */
  public static Accuracy zero() {
    return of(0, 0);
  }

  /** {@return the share of checked items that were right; 1 when nothing was checked} */
  public final double ratio() {
    return total() == 0 ? 1 : (double) correct() / total();
  }

  /** {@return whether every checked item was right (also when nothing was checked)} */
  public final boolean isPerfect() {
    return correct() == total();
  }

  /**
   * {@return the count-by-count sum of this accuracy and {@code other}}
   *
   * @param other the accuracy to add
   */
  public final Accuracy plus(Accuracy other) {
    return of(correct() + other.correct(), total() + other.total());
  }

  /** Validates the counts. */
  @Value.Check
  protected void check() {
    checkState(correct() >= 0 && correct() <= total(),
        "accuracy needs 0 <= correct <= total: correct %s, total %s", correct(), total());
  }

  /** E.g. {@code 10/11 0.909}, or {@code 0/0 n/a}. */
  @Override
  public String toString() {
    return correct() + "/" + total() + " " + figure(ratio(), total() > 0);
  }

  /** A ratio with three decimals, or "n/a" when it is vacuous. */
  static String figure(double value, boolean defined) {
    return defined ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
  }
}

package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;

/** How a record was made: curated by hand, extracted by a program, or imported from a dataset. */
@Value.Immutable
public interface Provenance extends WithProvenance {
  /** The ways a record can come to be. */
  enum Method {
    /** Entered or checked by hand. */
    CURATED,
    /** Found in text by an extractor. */
    EXTRACTED,
    /** Read from another data set. */
    IMPORTED
  }

  /** {@return how the record was made} */
  Method method();

  /** {@return who or what made it: a curator, an extractor with its version, a dataset} */
  String agent();

  /** {@return the maker's confidence in the record, from 0 to 1, if it gave one} */
  Optional<Double> confidence();

  /**
   * {@return the rule of the maker that decided the record, if it names one: for an extracted attribution,
   * the sieve that found its speaker ("adjacent-clause", "continuation")}
   */
  Optional<String> rule();

  /**
   * {@return a record curated by hand by {@code agent}}
   *
   * @param agent who curated the record
   */
  static Provenance curated(String agent) {
    return builder().method(Method.CURATED).agent(agent).build();
  }

  /**
   * {@return a record made by the program {@code agent} with the given confidence}
   *
   * @param agent the extractor and its version
   * @param confidence the measured precision of the rule, from 0 to 1
   */
  static Provenance extracted(String agent, double confidence) {
    return builder().method(Method.EXTRACTED).agent(agent).confidence(confidence).build();
  }

  /**
   * {@return a record made by the program {@code agent} with the given confidence, decided by its rule
   * {@code rule}}
   *
   * @param agent the extractor and its version
   * @param confidence the measured precision of the rule, from 0 to 1
   * @param rule the name of the rule that decided
   */
  static Provenance extracted(String agent, double confidence, String rule) {
    return builder().method(Method.EXTRACTED).agent(agent).confidence(confidence).rule(rule).build();
  }

  /**
   * {@return a record imported from the dataset {@code agent}}
   *
   * @param agent the importer and the data set, such as {@code quotebank}
   */
  static Provenance imported(String agent) {
    return builder().method(Method.IMPORTED).agent(agent).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Validates agent and confidence; returns the one shared instance of this provenance, as a whole
   * import or extraction run gives its records the same one.
   *
   * @return the shared instance equal to this one
   */
  @Value.Check
  default Provenance checkAndShare() {
    checkState(!agent().isBlank(), "provenance agent must not be blank");
    rule().ifPresent(r -> checkState(!r.isBlank(), "provenance rule must not be blank"));
    confidence().ifPresent(c -> checkState(c >= 0 && c <= 1,
        "provenance confidence must lie in [0, 1]: %s", c));
    return Interned.of(this);
  }

  /** Builds a {@link Provenance}. */
  final class Builder extends ImmutableProvenance.Builder {}
}

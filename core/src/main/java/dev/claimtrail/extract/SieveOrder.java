package dev.claimtrail.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Verify.verifyNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quote sieves to run, in order, with the confidence of what each attributes: its measured
 * precision on annotated news (the share of the quotes it attributed whose speaker was right),
 * smoothed so that a sieve measured on few quotes is not taken for certain. The standard order and
 * figures are data, in {@code quote-sieves.tsv}; an order without some sieves measures what they
 * add. Immutable.
 */
final class SieveOrder {
  private static final String RESOURCE = "quote-sieves.tsv";
  private static final SieveOrder STANDARD = load();

  private final Map<String, Double> confidences;

  private SieveOrder(Map<String, Double> confidences) {
    this.confidences = confidences;
  }

  /** The order and confidences shipped with the extractor. */
  static SieveOrder standard() {
    return STANDARD;
  }

  /** The sieve names, in the order they run. */
  List<String> names() {
    return List.copyOf(confidences.keySet());
  }

  /** The confidence of what sieve {@code name} attributes, one of {@link #names()}. */
  double confidence(String name) {
    return verifyNotNull(confidences.get(name), "no quote sieve %s", name);
  }

  /**
   * The standard sieves named in {@code names}, in that order. Throws {@link
   * IllegalArgumentException} naming a sieve that is not one of the standard ones.
   */
  SieveOrder only(List<String> names) {
    Map<String, Double> chosen = new LinkedHashMap<>();
    for (String name : names) {
      checkArgument(STANDARD.confidences.containsKey(name), "no quote sieve is named '%s'; the sieves are %s",
          name, STANDARD.names());
      chosen.put(name, STANDARD.confidences.get(name));
    }
    return new SieveOrder(chosen);
  }

  private static SieveOrder load() {
    Map<String, Double> confidences = new LinkedHashMap<>();
    for (String[] row : LexiconFiles.rows(RESOURCE, 2)) {
      confidences.put(row[0], Double.parseDouble(row[1]));
    }
    return new SieveOrder(confidences);
  }
}

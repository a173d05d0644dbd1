package dev.claimtrail.eval;

import dev.claimtrail.model.Speaker;
import dev.claimtrail.text.QuoteText;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule by which a predicted speaker counts as the gold one: some name or alias of each is the
 * same once normalized, or, for a gold person, the last words of their preferred names agree.
 * Names are normalized like quote text ({@link QuoteText#normalize(String)}: case, punctuation and
 * spacing ignored) and a leading "the" is dropped, so "The Ministry" matches "ministry".
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** Whether {@code predicted} counts as the speaker {@code gold}. */
  static boolean match(Speaker gold, Speaker predicted) {
    Set<String> goldKeys = gold.names().stream().map(SpeakerNames::key).collect(Collectors.toSet());
    if (predicted.names().stream().map(SpeakerNames::key).anyMatch(goldKeys::contains)) {
      return true;
    }
    if (gold.kind() != Speaker.Kind.PERSON) {
      return false;
    }
    String goldLast = lastWord(key(gold.name()));
    return !goldLast.isEmpty() && goldLast.equals(lastWord(key(predicted.name())));
  }

  /** The normalized form of a name, without a leading article "the". */
  static String key(String name) {
    String normalized = QuoteText.normalize(name);
    return normalized.startsWith("the ") ? normalized.substring(4) : normalized;
  }

  private static String lastWord(String normalized) {
    return normalized.substring(normalized.lastIndexOf(' ') + 1);
  }
}

package dev.claimtrail.model;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a proper name ("Mara Quist", "Bank of Riverton", "the Kremlin") from a description ("the
 * mayor's deputy", "staff members close to Quist") by how it is written: every word begins with a
 * capital letter or a digit, but for the small words that names carry (of, the, de, van, ...).
 */
final class ProperNames {
  private static final Set<String> PARTICLES = Set.of(
      "of", "the", "and", "for", "on", "in", "at", "to", "&",
      "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van",
      "von", "ter", "ten", "zu", "bin", "ibn", "al", "el", "d", "y", "e");

  private ProperNames() {}

  /** Whether {@code text} is written as a proper name. */
  static boolean isProperName(String text) {
    boolean capitalized = false;
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (startsName(word)) {
        capitalized = true;
      } else if (!isParticle(word)) {
        return false;
      }
    }
    return capitalized;
  }

  /**
   * Whether {@code word} begins with a capital letter or a digit, or is a particle joined by a
   * hyphen or an apostrophe to such a word ("al-Amin", "d'Arcy").
   */
  private static boolean startsName(String word) {
    int first = word.codePointAt(0);
    if (Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first)) {
      return true;
    }
    int joint = indexOfJoint(word);
    return joint > 0 && joint + 1 < word.length() && isParticle(word.substring(0, joint))
        && startsName(word.substring(joint + 1));
  }

  private static int indexOfJoint(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '-' || c == '\'' || c == '’') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }
}

package dev.claimtrail.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that tell what a name run names, read from the resources under {@code
 * dev/claimtrail/extract}: first names that give a person's gender and names of places that are no
 * countries (states, regions, cities), which never speak. Immutable once loaded; part of the {@link
 * Lexicon}.
 */
final class NameWords {
  private final Map<String, Character> genders = new HashMap<>();
  private final Set<String> places = new HashSet<>();

  private NameWords() {}

  /** The lists shipped with the extractor. */
  static NameWords load() {
    NameWords words = new NameWords();
    for (String[] f : LexiconFiles.rows("first-names.tsv", 2)) {
      words.genders.put(f[0], f[1].charAt(0));
    }
    for (String[] f : LexiconFiles.rows("places.txt", 1)) {
      words.places.add(f[0]);
    }
    return words;
  }

  /** The gender, 'm' or 'f', that the lower-case first name {@code name} tells; 0 when none. */
  char genderOf(String name) {
    return genders.getOrDefault(name, (char) 0);
  }

  /** Whether the lower-case {@code name} is a place that is no country. */
  boolean isPlace(String name) {
    return places.contains(name);
  }
}

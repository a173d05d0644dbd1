package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of words that the extractor's rules test tokens against (modals, prepositions of
 * occasions, abbreviations, subordinators, ...), read from the resource {@code word-classes.tsv}.
 * Immutable once loaded; safe to share between threads.
 */
final class WordClasses {
  /** The classes of {@code word-classes.tsv}, which describes each. */
  enum WordClass {
    PRESENTING,
    MODAL,
    SETTING_PREPOSITION,
    ATTACHMENT,
    ABBREVIATION,
    TIME_BOUND,
    SUBORDINATOR,
    NOT_ADVERB,
    QUANTITY
  }

  private static final String RESOURCE = "word-classes.tsv";
  private static final WordClasses STANDARD = load();

  private final Map<WordClass, Set<String>> words;

  private WordClasses(Map<WordClass, Set<String>> words) {
    this.words = words;
  }

  /** The word classes shipped with the extractor. */
  static WordClasses standard() {
    return STANDARD;
  }

  /** Whether the lower-case word {@code w} belongs to {@code wordClass}. */
  boolean is(WordClass wordClass, String w) {
    return verifyNotNull(words.get(wordClass)).contains(w);
  }

  private static WordClasses load() {
    Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);
    for (String[] row : LexiconFiles.rows(RESOURCE, 2)) {
      words.put(WordClass.valueOf(row[0]), Set.of(row[1].split(" ")));
    }
    for (WordClass wordClass : WordClass.values()) {
      if (!words.containsKey(wordClass)) {
        throw new IllegalStateException("lexicon " + RESOURCE + " has no line for " + wordClass);
      }
    }
    return new WordClasses(Map.copyOf(words));
  }
}

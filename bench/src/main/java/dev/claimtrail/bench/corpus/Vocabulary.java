package dev.claimtrail.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the synthetic corpus: common English function words and contractions at the top
 * ranks, then pronounceable made-up words, drawn with Zipf frequencies as in real text. Also makes
 * up proper names for speakers and outlets. Every word and name is a function of the seed alone.
 */
final class Vocabulary {
  private static final String[] COMMON = {
    "the", "to", "of", "and", "a", "in", "is", "that", "we", "will", "it", "not", "this", "be",
    "for", "are", "have", "our", "with", "on", "they", "there", "as", "all", "people", "what",
    "can", "must", "has", "been", "would", "no", "about", "now", "more", "very", "do", "time",
    "country", "government", "us", "an", "by", "who", "their", "at", "but", "from", "years",
    "don't", "it's", "we're", "can't", "won't", "isn't", "they're", "i'm", "that's", "doesn't"
  };
  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r",
    "s", "st", "sh", "t", "tr", "v", "w", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"};

  private final String[] words;
  private final Zipf frequency;

  Vocabulary(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> seen = new HashSet<>();
    List<String> list = new ArrayList<>(size);
    for (String common : COMMON) {
      if (list.size() < size && seen.add(common)) {
        list.add(common);
      }
    }
    while (list.size() < size) {
      String word = pseudoWord(random, 1 + random.nextInt(3));
      if (seen.add(word)) {
        list.add(word);
      }
    }
    words = list.toArray(new String[0]);
    frequency = new Zipf(size, 1.0);
  }

  /** A word drawn with its Zipf frequency. */
  String word(SplittableRandom random) {
    return words[frequency.sample(random)];
  }

  /** A capitalized made-up name of the given number of syllables. */
  static String name(SplittableRandom random, int syllables) {
    String word = pseudoWord(random, syllables);
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String pseudoWord(SplittableRandom random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }
}

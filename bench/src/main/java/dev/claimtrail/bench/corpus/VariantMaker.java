package dev.claimtrail.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Edits a {@link Quote} into the variant another outlet prints: an insertion, an elision, a
 * truncation and a change of typography, in any combination. Elision and truncation keep at least
 * {@link #MIN_KEPT_WORDS} of the speaker's words, so that a variant still says something.
 */
final class VariantMaker {
  static final int MIN_KEPT_WORDS = 4;
  private static final String[] DASHES = {"—", "–", "-"};
  private static final String[] ELISIONS = {"…", "…", "...", "[…]"};

  private final Vocabulary vocabulary;

  VariantMaker(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The text of a variant of {@code quote} with {@code edits} distinct kinds of change (1–4). */
  Variant make(Quote quote, int edits, SplittableRandom random) {
    List<VariantKind> kinds = new ArrayList<>(List.of(VariantKind.values()));
    Set<VariantKind> chosen = EnumSet.noneOf(VariantKind.class);
    while (chosen.size() < Math.min(edits, kinds.size())) {
      chosen.add(kinds.remove(random.nextInt(kinds.size())));
    }
    List<String> tokens = new ArrayList<>(quote.tokens());
    boolean capitalize = true;
    boolean fullStop = true;
    Set<VariantKind> applied = EnumSet.noneOf(VariantKind.class);
    if (chosen.contains(VariantKind.TRUNCATION) && wordCount(tokens) >= 2 * MIN_KEPT_WORDS) {
      int cut = 1 + random.nextInt(Math.max(1, Math.min(wordCount(tokens) * 2 / 5, wordCount(tokens) - MIN_KEPT_WORDS)));
      if (random.nextBoolean()) {
        removeWords(tokens, 0, cut);
        capitalize = false;
      } else {
        removeWords(tokens, wordCount(tokens) - cut, cut);
        fullStop = false;
      }
      applied.add(VariantKind.TRUNCATION);
    }
    if (chosen.contains(VariantKind.ELISION) && wordCount(tokens) >= 2 * MIN_KEPT_WORDS) {
      int words = wordCount(tokens);
      int length = 1 + random.nextInt(Math.min(6, words - MIN_KEPT_WORDS - 1));
      int start = 1 + random.nextInt(words - length - 1);
      int at = removeWords(tokens, start, length);
      tokens.add(at, ELISIONS[random.nextInt(ELISIONS.length)]);
      applied.add(VariantKind.ELISION);
    }
    if (chosen.contains(VariantKind.INSERTION)) {
      String inserted = random.nextInt(10) < 7 ? "the" : vocabulary.word(random);
      tokens.add(tokenIndexOfWord(tokens, random.nextInt(wordCount(tokens))), "[" + inserted + "]");
      applied.add(VariantKind.INSERTION);
    }
    Quote.Typography typography = new Quote.Typography(Quote.DASH, false, capitalize, fullStop, false);
    if (chosen.contains(VariantKind.TYPOGRAPHY)) {
      typography = new Quote.Typography(
          DASHES[random.nextInt(2)], true, capitalize ^ random.nextBoolean(), fullStop,
          random.nextBoolean());
      applied.add(VariantKind.TYPOGRAPHY);
    }
    return new Variant(Quote.print(tokens, typography), applied);
  }

  private static int wordCount(List<String> tokens) {
    int words = 0;
    for (String token : tokens) {
      if (Quote.isWordLike(token)) {
        words++;
      }
    }
    return words;
  }

  /** The token index of the {@code n}th word-like token. */
  private static int tokenIndexOfWord(List<String> tokens, int n) {
    int seen = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (Quote.isWordLike(tokens.get(i)) && seen++ == n) {
        return i;
      }
    }
    return tokens.size();
  }

  /**
   * Removes {@code count} words from the {@code first}th on, with the punctuation that follows each
   * of them, and any punctuation left at the end; returns the token index where they were.
   */
  private static int removeWords(List<String> tokens, int first, int count) {
    int from = tokenIndexOfWord(tokens, first);
    tokens.subList(from, tokenIndexOfWord(tokens, first + count)).clear();
    while (!tokens.isEmpty() && !Quote.isWordLike(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    return Math.min(from, tokens.size());
  }

  /**
   * A printed variant and the kinds of change that made it.
   *
   * @param text the text as printed
   * @param kinds the changes applied to the original words
   */
  record Variant(String text, Set<VariantKind> kinds) {}
}

package dev.claimtrail.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of one utterance before any outlet prints them: words with the commas and dashes
 * between them, as a list of tokens. {@link #print(Typography)} renders a token list the way one
 * outlet would; {@link VariantMaker} edits token lists into other outlets' variants.
 */
final class Quote {
  /** The shortest and longest quotes, in words. */
  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 60;
  static final String COMMA = ",";
  static final String DASH = "-";

  private final List<String> tokens;

  Quote(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /** A quote of 5–60 words drawn from {@code vocabulary}, with an occasional comma or dash. */
  static Quote random(Vocabulary vocabulary, SplittableRandom random) {
    int words = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    List<String> tokens = new ArrayList<>(words + words / 8);
    for (int i = 0; i < words; i++) {
      tokens.add(vocabulary.word(random));
      if (i + 1 < words) {
        double mark = random.nextDouble();
        if (mark < 0.08) {
          tokens.add(COMMA);
        } else if (mark < 0.10) {
          tokens.add(DASH);
        }
      }
    }
    return new Quote(tokens);
  }

  /** The tokens: words, {@link #COMMA}s and {@link #DASH}es. */
  List<String> tokens() {
    return Collections.unmodifiableList(tokens);
  }

  /** The text as the first outlet prints it: plain typography, capitalized, with a full stop. */
  String canonicalText() {
    return print(tokens, Typography.PLAIN);
  }

  /** Whether {@code token} is a word, an insertion or an elision rather than punctuation. */
  static boolean isWordLike(String token) {
    return !token.equals(COMMA) && !token.equals(DASH);
  }

  /** Renders {@code tokens} with the given typography. */
  static String print(List<String> tokens, Typography typography) {
    StringBuilder text = new StringBuilder(tokens.size() * 7);
    if (typography.wrapInQuoteMarks()) {
      text.append('“');
    }
    boolean first = true;
    for (String token : tokens) {
      if (token.equals(COMMA)) {
        text.append(',');
        continue;
      }
      if (!first) {
        text.append(' ');
      }
      if (token.equals(DASH)) {
        text.append(typography.dash());
        continue;
      }
      String word = typography.curlyApostrophes() ? token.replace('\'', '’') : token;
      if (first && typography.capitalizeFirst()) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      }
      text.append(word);
      first = false;
    }
    if (typography.fullStop()) {
      text.append('.');
    }
    if (typography.wrapInQuoteMarks()) {
      text.append('”');
    }
    return text.toString();
  }

  /**
   * How an outlet sets a quote in type.
   *
   * @param dash the dash between clauses: "-", "—" or "–"
   * @param curlyApostrophes whether apostrophes are printed as ’
   * @param capitalizeFirst whether the first letter is upper case
   * @param fullStop whether the quote ends with a full stop
   * @param wrapInQuoteMarks whether the text keeps the curly quote marks around it
   */
  record Typography(
      String dash, boolean curlyApostrophes, boolean capitalizeFirst, boolean fullStop,
      boolean wrapInQuoteMarks) {
    /** Plain ASCII typography: hyphen, straight apostrophes, capitalized, with a full stop. */
    static final Typography PLAIN = new Typography(DASH, false, true, true, false);
  }
}

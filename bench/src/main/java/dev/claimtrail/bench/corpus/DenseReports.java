package dev.claimtrail.bench.corpus;

import java.util.SplittableRandom;

/**
 * Text as dense with attributions as text gets: one short sentence per report, each naming a new
 * speaker ({@code Kadomi Rasuvel said the port would stay open.}), with a quote now and then and a
 * paragraph break every few sentences. It stresses what grows with the number of attributions
 * rather than with the length of the text. Deterministic: the same length gives the same text.
 */
public final class DenseReports {
  private static final String CONSONANTS = "bdfgklmnprstvz";
  private static final String VOWELS = "aeiou";
  private static final String[] VERBS = {"said", "told reporters", "added", "warned", "argued"};

  private DenseReports() {}

  /** About {@code chars} characters of such reports, ending at a sentence's end. */
  public static String text(int chars) {
    SplittableRandom random = new SplittableRandom(chars);
    StringBuilder text = new StringBuilder(chars + 100);
    while (text.length() < chars) {
      String speaker = name(random) + " " + name(random);
      if (random.nextInt(10) < 3) {
        text.append("\"The port will stay open,\" ").append(speaker).append(" said. ");
      } else {
        text.append(speaker).append(' ').append(VERBS[random.nextInt(VERBS.length)])
            .append(" the port would stay open. ");
      }
      if (random.nextInt(10) == 0) {
        text.append("\n\n");
      }
    }
    return text.toString();
  }

  private static String name(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
          .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
    }
    name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
    return name.toString();
  }
}

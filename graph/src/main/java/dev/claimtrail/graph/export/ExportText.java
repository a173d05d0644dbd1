package dev.claimtrail.graph.export;

/** Makes record text safe for the syntaxes of the export formats without losing more than needed. */
final class ExportText {
  private static final char REPLACEMENT = '\uFFFD';

  private ExportText() {}

  /**
   * {@code text} with every character that XML 1.0 does not allow (most control characters,
   * unpaired surrogates, U+FFFE and U+FFFF) replaced by U+FFFD, and line breaks and tabs turned into
   * spaces.
   */
  static String plain(String text) {
    String scalars = wellFormed(text);
    StringBuilder out = new StringBuilder(scalars.length());
    for (int i = 0; i < scalars.length(); i++) {
      char c = scalars.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} with every unpaired surrogate replaced by U+FFFD: a string of Unicode scalar values,
   * as RDF literals and UTF-8 require.
   */
  static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as the content of a Graphviz escString: {@linkplain #plain(String) plain}, cut to
   * {@code maxLength} characters with an ellipsis, and with backslashes doubled (JGraphT escapes
   * only double quotes).
   */
  static String dotString(String text, int maxLength) {
    return cut(plain(text), maxLength).replace("\\", "\\\\");
  }

  /**
   * Like {@link #dotString(String, int)}, with runs of spaces collapsed and a {@code \n} line break
   * before each word that would make a line longer than {@code lineWidth}.
   */
  static String dotLabel(String text, int maxLength, int lineWidth) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineLength = 0;
    for (String word : cut(plain(text).strip(), maxLength).split(" +")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > lineWidth) {
        out.append("\\n");
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word.replace("\\", "\\\\"));
      lineLength += word.length();
    }
    return out.toString();
  }

  private static String cut(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = maxLength - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}

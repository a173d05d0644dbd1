package dev.claimtrail.query;

import java.util.regex.Pattern;

/**
 * A cell's text as a table prints it on a terminal: on one line, and with nothing a terminal would
 * act on. Runs of white space and line breaks (U+0085, U+2028 and U+2029 too) become one space;
 * control characters (ESC, BEL, BS, NUL, DEL, the C1 controls) and the bidirectional controls that
 * reorder what follows them (U+202E and its kin, Trojan Source style) are shown as {@code \\uXXXX}.
 */
final class TableText {
  private static final Pattern BREAKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

  private TableText() {}

  /** {@return {@code text} on one line, stripped, with its control and bidi characters escaped} */
  static String oneLine(String text) {
    String line = BREAKS.matcher(text).replaceAll(" ").strip();
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(line.length() + 8).append(line, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? line : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u061C' || c == '\u200E' || c == '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069';
  }
}

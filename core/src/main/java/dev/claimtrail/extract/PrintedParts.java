package dev.claimtrail.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a statement's parts as they are printed, ready to become its evidence and its text:
 * a part followed by another leaves out the comma that hands it over to the reporting clause
 * ({@code "We will act," she said, "today."} gives "We will act" and "today."), and a part that
 * opens a quote within it ends after that quote's closing mark when the mark follows at once
 * ({@code an episode of “Game Night.”}), so no statement holds half a pair of quote marks.
 */
final class PrintedParts {
  /** The punctuation that may stand between a part's last word and the mark that closes it. */
  private static final String BEFORE_CLOSING_MARK = ".,!?;:";

  private PrintedParts() {}

  /** The parts {@code [start, end)} of {@code text}, adjusted as above; the list given is left alone. */
  static List<int[]> of(String text, List<int[]> parts) {
    List<int[]> printed = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      int start = parts.get(i)[0];
      int end = parts.get(i)[1];
      if (i + 1 < parts.size()) {
        end = withoutHandOverComma(text, start, end);
      }
      printed.add(new int[] {start, throughClosingMark(text, start, end)});
    }
    return printed;
  }

  private static int withoutHandOverComma(String text, int start, int end) {
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    if (last > start && text.charAt(last - 1) == ',') {
      last--;
      while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      return last;
    }
    return end;
  }

  /** {@code end}, or past the closing mark of a quote left open in {@code [start, end)}. */
  private static int throughClosingMark(String text, int start, int end) {
    int opened = 0;
    int straight = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '“') {
        opened++;
      } else if (c == '”') {
        opened = Math.max(0, opened - 1);
      } else if (c == '"') {
        straight++;
      }
    }
    if (opened == 0 && straight % 2 == 0) {
      return end;
    }
    char closing = opened > 0 ? '”' : '"';
    int k = end;
    while (k < text.length() && k - end < 3 && BEFORE_CLOSING_MARK.indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    return k < text.length() && text.charAt(k) == closing ? k + 1 : end;
  }
}

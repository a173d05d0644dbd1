package dev.claimtrail.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@link ReadLimits#MAX_LINE_LENGTH} characters, ended by {@code \n} or
 * {@code \r\n}, counting them; a longer line is refused before it is held whole.
 */
final class LineReader {
  private final Reader in;
  private final String source;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private long number;

  LineReader(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The 1-based number of the line last returned. */
  long number() {
    return number;
  }

  /** The next line without its ending, or {@code null} at the end of the input. */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (line.length() == 0) {
            return null;
          }
          number++;
          return line.toString();
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.append(buffer, start, position - start);
      if (line.length() > ReadLimits.MAX_LINE_LENGTH) {
        throw LedgerFormatException.atLine(source, number + 1, "",
            "line longer than ReadLimits.MAX_LINE_LENGTH (" + ReadLimits.MAX_LINE_LENGTH + " characters)");
      }
      if (position < limit) {
        position++;
        number++;
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
      }
    }
  }
}

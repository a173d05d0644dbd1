package dev.claimtrail.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines of at most {@link ReadLimits#MAX_LINE_LENGTH} bytes, ended by {@code \n} or
 * {@code \r\n}, counting them. A longer line is refused before it is held whole, and a line that is
 * not valid UTF-8 is refused rather than decoded with replacement characters.
 */
final class LineReader {
  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private long number;

  LineReader(InputStream in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The 1-based number of the line last returned. */
  long number() {
    return number;
  }

  /** The next line without its ending, or {@code null} at the end of the input. */
  String next() throws IOException {
    int length = 0;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer));
        position = 0;
        if (limit == 0) {
          return length == 0 ? null : decode(length);
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int run = position - start;
      if (length + run > ReadLimits.MAX_LINE_LENGTH) {
        throw LedgerFormatException.atLine(source, number + 1, "",
            "line longer than ReadLimits.MAX_LINE_LENGTH (" + ReadLimits.MAX_LINE_LENGTH + " bytes)");
      }
      if (length + run > line.length) {
        line = Arrays.copyOf(line, Math.max(length + run, Math.min(2 * line.length, ReadLimits.MAX_LINE_LENGTH)));
      }
      System.arraycopy(buffer, start, line, length, run);
      length += run;
      if (position < limit) {
        position++;
        return decode(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
      }
    }
  }

  private String decode(int length) {
    number++;
    try {
      return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw LedgerFormatException.atLine(source, number, "", "not valid UTF-8").causedBy(e);
    }
  }
}

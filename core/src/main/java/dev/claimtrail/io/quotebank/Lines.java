package dev.claimtrail.io.quotebank;

import dev.claimtrail.io.LedgerFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a UTF-8 byte stream into lines of at most a given number of bytes without ever holding
 * more than one line. Line breaks are {@code \n} or {@code \r\n}; a leading byte order mark is
 * dropped. A line that is too long or not UTF-8 is consumed whole and then reported as a {@link
 * LedgerFormatException} at its line number, so the caller may go on with the next line.
 */
final class Lines {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final String source;
  private final int maxBytes;
  private final byte[] buffer = new byte[BUFFER];
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[256];
  private int position;
  private int limit;
  private long number;

  Lines(InputStream in, String source, int maxBytes) {
    this.in = in;
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /** The 1-based number of the line last returned. */
  long number() {
    return number;
  }

  /**
   * The next line without its line break, or null at the end of input. Throws {@link
   * LedgerFormatException} for a line that is too long or not UTF-8, after consuming it.
   */
  @Nullable String next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, BUFFER);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int chunk = end - position;
      if (!tooLong && (long) length + chunk > maxBytes + 1L) {
        tooLong = true;
      }
      if (!tooLong) {
        if (length + chunk > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(maxBytes + 1L, Math.max(line.length * 2, length + chunk)));
        }
        System.arraycopy(buffer, position, line, length, chunk);
        length += chunk;
      }
      position = end;
      if (end < limit) {
        position++;
        break;
      }
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (tooLong || length > maxBytes) {
      throw LedgerFormatException.atLine(source, number, "",
          "line longer than " + maxBytes + " bytes (ReadLimits.MAX_LINE_LENGTH)");
    }
    int start = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, start, length - start)).toString();
    } catch (CharacterCodingException e) {
      throw LedgerFormatException.atLine(source, number, "", "not valid UTF-8").causedBy(e);
    }
  }
}

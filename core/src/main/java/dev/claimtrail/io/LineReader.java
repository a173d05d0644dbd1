package dev.claimtrail.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines of at most a given number of bytes ({@link ReadLimits#maxLineLength()}), ended by {@code \n} or
 * {@code \r\n} (the ending not counted, so a line of the limit reads alike with either), counting
 * them; a UTF-8 byte order mark at the start of the input is skipped. A longer line is refused before it is held whole, and a line that is
 * not valid UTF-8 is refused, naming its byte offset in the input, rather than decoded with
 * replacement characters. The line read is
 * held as its bytes, which stay valid until the next line is read, and decoded only when asked for
 * its text.
 */
final class LineReader {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final String source;
  private final int maxLength;
  /** The most bytes held for one line: the longest line and the {@code \r} of its CRLF ending. */
  private final int maxHeld;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(1 << 12);
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  private long number;
  /** The byte offset of the line last read in the input, and of the one after it. */
  private long lineOffset;
  private long nextOffset;

  LineReader(InputStream in, String source, int maxLength) {
    this.in = in;
    this.source = source;
    this.maxLength = maxLength;
    this.maxHeld = maxLength + 1;
  }

  /** The 1-based number of the line last read. */
  long number() {
    return number;
  }

  /** The bytes of the line last read, without its ending, from index 0 to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  /** The number of bytes in the line last read. */
  int length() {
    return length;
  }

  /** The line last read, decoded. */
  String text() {
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException {
    lineOffset = nextOffset;
    int read = 0;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer));
        position = 0;
        if (limit == 0) {
          nextOffset += read;
          return read != 0 && checked(read);
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int run = position - start;
      if (read + run > maxHeld) {
        throw tooLong();
      }
      if (read + run > line.length) {
        line = Arrays.copyOf(line, Math.max(read + run, Math.min(2 * line.length, maxHeld)));
      }
      System.arraycopy(buffer, start, line, read, run);
      read += run;
      if (position < limit) {
        position++;
        nextOffset += read + 1;
        return checked(read > 0 && line[read - 1] == '\r' ? read - 1 : read);
      }
    }
  }

  /** Counts the line of {@code bytes} bytes just read and checks its length and that it is UTF-8; returns true. */
  private boolean checked(int bytes) {
    if (bytes > maxLength) {
      throw tooLong();
    }
    number++;
    length = bytes;
    if (number == 1 && startsWithBom()) {
      lineOffset += BOM.length;
      length -= BOM.length;
      System.arraycopy(line, BOM.length, line, 0, length);
    }
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        checkUtf8();
        break;
      }
    }
    return true;
  }

  private boolean startsWithBom() {
    return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
  }

  private LedgerFormatException tooLong() {
    return LedgerFormatException.atLine(source, number + 1, "",
        "line longer than ReadLimits.MAX_LINE_LENGTH (" + maxLength + " bytes)");
  }

  /** Decodes the line, which is not all ASCII, only to see that it is valid UTF-8. */
  private void checkUtf8() {
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    decoder.reset();
    CoderResult result;
    do {
      chars.clear();
      result = decoder.decode(bytes, chars, true);
    } while (result.isOverflow());
    if (result.isError()) {
      try {
        result.throwException();
      } catch (CharacterCodingException e) {
        throw LedgerFormatException.atLine(source, number, "", String.format("not UTF-8: byte 0x%02X at byte offset %d",
            line[bytes.position()] & 0xFF, lineOffset + bytes.position())).causedBy(e);
      }
    }
  }
}

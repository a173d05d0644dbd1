package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;

/**
 * Passes on the bytes of another stream as long as they are strict UTF-8, and refuses the input at
 * the first byte that is not, with a {@link LedgerFormatException} naming its byte offset (counted
 * from the start of the input, a byte order mark included). A leading UTF-8 byte order mark is
 * skipped. Refused: bytes that start no UTF-8 sequence, overlong forms ({@code C0 AF} for "/"),
 * encoded surrogates, code points past U+10FFFF, sequences cut short, and NUL, which JSON text
 * never holds raw and which UTF-16 and UTF-32 input is full of. This is the one encoding rule of
 * every claimtrail JSON reader. Not thread-safe.
 */
public final class Utf8InputStream extends FilterInputStream {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String source;
  private boolean started;
  private long offset;
  private int needed;
  private int codePoint;
  private int lowest;
  private long sequenceStart;

  /**
   * Creates a stream that checks what it reads from {@code in}, naming it {@code source} in problems.
   *
   * @param in the input, as UTF-8
   * @param source the file path or name of the input in problems
   */
  public Utf8InputStream(InputStream in, String source) {
    super(new PushbackInputStream(checkNotNull(in, "in"), BOM.length));
    this.source = checkNotNull(source, "source");
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!started) {
      started = true;
      skipBom();
    }
    int n = in.read(b, off, len);
    if (n < 0 && needed > 0) {
      throw refused(sequenceStart, "a UTF-8 sequence cut short by the end of the input");
    }
    if (n > 0) {
      check(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 1 << 13)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(n - skipped, scratch.length));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  private void skipBom() throws IOException {
    PushbackInputStream pushback = (PushbackInputStream) in;
    byte[] first = pushback.readNBytes(BOM.length);
    if (Arrays.equals(first, BOM)) {
      offset = BOM.length;
    } else {
      pushback.unread(first);
    }
  }

  private void check(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++, offset++) {
      int x = b[i] & 0xFF;
      if (needed == 0) {
        sequenceStart = offset;
        if (x == 0) {
          throw refused(offset, "a NUL byte, which JSON text never holds (is the input UTF-16 or UTF-32?)");
        } else if (x < 0x80) {
          continue;
        } else if (x >= 0xC0 && x <= 0xDF) {
          start(1, x & 0x1F, 0x80);
        } else if (x >= 0xE0 && x <= 0xEF) {
          start(2, x & 0x0F, 0x800);
        } else if (x >= 0xF0 && x <= 0xF7) {
          start(3, x & 0x07, 0x10000);
        } else {
          throw refused(offset, String.format("byte 0x%02X, which starts no UTF-8 sequence", x));
        }
      } else if ((x & 0xC0) != 0x80) {
        throw refused(sequenceStart, "a UTF-8 sequence cut short by byte " + String.format("0x%02X", x));
      } else {
        codePoint = codePoint << 6 | (x & 0x3F);
        if (--needed == 0 && (codePoint < lowest || codePoint > Character.MAX_CODE_POINT
            || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
          throw refused(sequenceStart, codePoint < lowest
              ? String.format("an overlong UTF-8 form of U+%04X", codePoint)
              : String.format("U+%04X, which UTF-8 does not encode", codePoint));
        }
      }
    }
  }

  private void start(int continuations, int bits, int lowestCodePoint) {
    needed = continuations;
    codePoint = bits;
    lowest = lowestCodePoint;
  }

  private LedgerFormatException refused(long at, String what) {
    return LedgerFormatException.atOffset(source, at, "", "not UTF-8: " + what);
  }
}

package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LineReaderTest {
  /**
   * Whatever sizes the input arrives in, the lines read are the text split at each {@code \n},
   * without a {@code \r} before it, numbered from 1, and a last line without an ending counts as
   * it is.
   */
  @Property(tries = 300)
  void linesAreTheTextSplitAtLineFeedsWhateverTheReadSizes(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 70_000) int readSize) throws IOException {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    LineReader lines = new LineReader(new ChunkedStream(input, readSize), "<t>", ReadLimits.MAX_LINE_LENGTH);
    List<String> expected = new ArrayList<>(List.of(text.split("\n", -1)));
    String last = expected.remove(expected.size() - 1);
    expected.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    if (!last.isEmpty()) {
      expected.add(last);
    }
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(true, lines.next(), "line " + (i + 1));
      assertEquals(expected.get(i), lines.text());
      assertEquals(lines.text(), new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8));
      assertEquals(i + 1, lines.number());
    }
    assertFalse(lines.next());
  }

  /** The line ending is not part of the line: at the limit, LF and CRLF read alike; one byte more fails. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aLineOfTheLimitReadsWithEitherEndingAndOneByteMoreIsRefused(@ForAll("endings") String ending,
      @ForAll @IntRange(min = 0, max = 1) int pastLimit) throws IOException {
    byte[] line = ("x".repeat(ReadLimits.MAX_LINE_LENGTH + pastLimit) + ending + "y\n").getBytes(StandardCharsets.UTF_8);
    LineReader lines = new LineReader(new ByteArrayInputStream(line), "<t>", ReadLimits.MAX_LINE_LENGTH);
    if (pastLimit > 0) {
      LedgerFormatException e = assertThrows(LedgerFormatException.class, lines::next);
      assertEquals("<t>:1: line longer than ReadLimits.MAX_LINE_LENGTH (" + ReadLimits.MAX_LINE_LENGTH + " bytes)",
          e.getMessage());
    } else {
      assertTrue(lines.next());
      assertEquals(ReadLimits.MAX_LINE_LENGTH, lines.length());
      assertTrue(lines.next());
      assertEquals("y", lines.text());
    }
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.of("\n", "\r\n");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab{}\" \r\u00E9\u20AC").ofMaxLength(40),
        Arbitraries.strings().withChars("xyz\u00E9").ofMinLength(60_000).ofMaxLength(140_000));
    return line.list().ofMaxSize(12).flatMap(parts -> Arbitraries.of("\n", "\r\n")
        .list().ofSize(parts.size()).map(ends -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < parts.size(); i++) {
            out.append(parts.get(i)).append(i == parts.size() - 1 && parts.size() % 2 == 1 ? "" : ends.get(i));
          }
          return out.toString();
        }));
  }

  /** A stream handing out at most a given number of bytes per read. */
  private static final class ChunkedStream extends InputStream {
    private final ByteArrayInputStream in;
    private final int size;

    ChunkedStream(byte[] bytes, int size) {
      this.in = new ByteArrayInputStream(bytes);
      this.size = size;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, size));
    }
  }
}

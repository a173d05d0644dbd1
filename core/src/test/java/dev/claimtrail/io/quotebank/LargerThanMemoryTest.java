package dev.claimtrail.io.quotebank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports more Quotebank input than the importing JVM has memory: a child JVM with a 64 MiB heap
 * reads 256 MiB of lines (quotations padded with whitespace, and one line past the line limit),
 * which only works if no more than a line is held at a time.
 */
class LargerThanMemoryTest {
  private static final int HEAP_MIB = 64;
  private static final int LINES = 256;
  private static final int PADDING = 1 << 20;

  @TempDir
  Path dir;

  @Test
  void aStreamLargerThanTheHeapImports() throws IOException, InterruptedException {
    Path report = dir.resolve("report.tsv");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MIB + "m",
            "-cp", System.getProperty("java.class.path"), LargerThanMemoryTest.class.getName(), report.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, child.waitFor(5, TimeUnit.MINUTES), output);
    assertEquals(0, child.exitValue(), output);
    assertEquals(LINES + " imported, 1 skipped", output.strip());
    List<String> reported = Files.readAllLines(report);
    assertEquals(2, reported.size());
    assertEquals(true, reported.get(1).startsWith((LINES / 2 + 1) + "\t"), reported.get(1));
  }

  /** Imports the generated stream, reporting to the file named by the first argument, and prints the counts. */
  public static void main(String[] args) {
    ImportResult result = Quotebank.read(new GeneratedLines(), "generated", ImportOptions.skipAndReport(Path.of(args[0])));
    System.out.println(result.imported() + " imported, " + result.skipped() + " skipped");
  }

  /** {@link #LINES} quotation lines of over a MiB each, and in their middle one line longer than the line limit. */
  private static final class GeneratedLines extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private int line;
    private long tooLongLeft = -1;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (tooLongLeft > 0) {
        int n = (int) Math.min(length, tooLongLeft);
        java.util.Arrays.fill(into, offset, offset + n, (byte) 'x');
        tooLongLeft -= n;
        if (tooLongLeft == 0) {
          current = new byte[] {'\n'};
          position = 0;
        }
        return n;
      }
      if (position == current.length) {
        if (line == LINES / 2 && tooLongLeft < 0) {
          tooLongLeft = ReadLimits.MAX_LINE_LENGTH + 1L;
          return read(into, offset, length);
        }
        if (line == LINES) {
          return -1;
        }
        line++;
        current = ("{\"quoteID\":\"q" + line + "\",\"quotation\":\"words " + line + "\"," + " ".repeat(PADDING)
            + "\"speaker\":\"Some One\",\"date\":\"2020-01-01 00:00:00\",\"urls\":[\"https://news.example/"
            + line + "\"]}\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, into, offset, n);
      position += n;
      return n;
    }
  }
}

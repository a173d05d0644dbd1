package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.seed.SeedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random byte mutations and truncations of valid ledger files, in both forms: every reader either
 * returns a valid ledger or throws {@link LedgerFormatException} naming the source, never another
 * exception. A generous time bound turns a hang into a failure instead of a stuck build.
 */
class FuzzPropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(30);
  private static final byte[] SEED_JSON = seedJson();
  private static final byte[] SEED_LINES = seedLines();
  private static final byte[] SMALL_JSON = LedgerJsonTest.VALID.getBytes(StandardCharsets.UTF_8);
  private static final byte[] SMALL_LINES = LedgerJsonLinesTest.VALID.getBytes(StandardCharsets.UTF_8);
  /** Bytes that matter to JSON, UTF-8 and line splitting, besides any byte at all. */
  private static final List<Byte> INTERESTING = bytes("{}[]\":,\\\n\r 0-9eE.tfnu", 0x00, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf8, 0xff);

  /** One edit of a file: where (as a fraction of its length), what, and with which byte. */
  record Edit(double at, int kind, byte value, int length) {
    byte[] apply(byte[] input) {
      int position = (int) (at * input.length);
      int end = Math.min(input.length, position + length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + length);
      switch (kind) {
        case 0 -> { // replace one byte
          out.write(input, 0, position);
          if (position < input.length) {
            out.write(value);
            out.write(input, position + 1, input.length - position - 1);
          }
        }
        case 1 -> { // insert bytes
          out.write(input, 0, position);
          for (int i = 0; i < length; i++) {
            out.write(value);
          }
          out.write(input, position, input.length - position);
        }
        case 2 -> { // delete a run
          out.write(input, 0, position);
          out.write(input, end, input.length - end);
        }
        case 3 -> { // repeat a run
          out.write(input, 0, end);
          out.write(input, position, input.length - position);
        }
        default -> out.write(input, 0, position); // truncate
      }
      return out.toByteArray();
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Byte> values = Arbitraries.oneOf(Arbitraries.of(INTERESTING), Arbitraries.bytes());
    Arbitrary<Edit> edit = Combinators.combine(
            Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 4), values,
            Arbitraries.integers().between(1, 64))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 400)
  void mutatedJsonReadsOrFailsWithTheDocumentedException(@ForAll("edits") List<Edit> edits,
      @ForAll boolean small, @ForAll boolean fromFile) {
    byte[] input = mutate(small ? SMALL_JSON : SEED_JSON, edits);
    readsOrFailsCleanly(input, fromFile, ".json");
  }

  @Property(tries = 400)
  void mutatedJsonLinesReadOrFailWithTheDocumentedException(@ForAll("edits") List<Edit> edits,
      @ForAll boolean small, @ForAll boolean fromFile) {
    byte[] input = mutate(small ? SMALL_LINES : SEED_LINES, edits);
    readsOrFailsCleanly(input, fromFile, ".jsonl");
  }

  private static byte[] mutate(byte[] input, List<Edit> edits) {
    byte[] out = input;
    for (Edit edit : edits) {
      out = edit.apply(out);
    }
    return out;
  }

  private static void readsOrFailsCleanly(byte[] input, boolean fromFile, String extension) {
    String outcome = assertTimeoutPreemptively(HANG, () -> {
      Path file = fromFile ? Files.createTempFile("fuzz", extension) : null;
      String source = fromFile ? file.toString() : "<fuzz>";
      try {
        if (fromFile) {
          Files.write(file, input);
        }
        Ledger ledger = fromFile ? Ledger.load(file)
            : extension.equals(".json") ? LedgerJson.read(new ByteArrayInputStream(input), source)
            : LedgerJsonLines.read(new ByteArrayInputStream(input), source);
        return ledger.speakers().isEmpty() ? "empty ledger" : "ledger";
      } catch (LedgerFormatException e) {
        assertTrue(e.getMessage().startsWith(source + ":"), e.getMessage());
        return e.line().isPresent() ? "refused at a line" : "refused";
      } finally {
        if (fromFile) {
          Files.delete(file);
        }
      }
    });
    Statistics.label("outcome").collect(outcome);
  }

  private static byte[] seedJson() {
    try {
      return Files.readAllBytes(SeedFiles.ledgerFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] seedLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerJsonLines.write(LedgerJson.read(new ByteArrayInputStream(SEED_JSON), "seed"), out);
    return out.toByteArray();
  }

  private static List<Byte> bytes(String ascii, int... others) {
    List<Byte> all = new ArrayList<>();
    for (char c : ascii.toCharArray()) {
      all.add((byte) c);
    }
    for (int b : others) {
      all.add((byte) b);
    }
    return List.copyOf(all);
  }
}

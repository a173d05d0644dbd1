package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What the ledger writers write, the readers read back, right up to the read limits; one unit past
 * a limit the writer refuses, naming it, instead of writing a file no reader would read. The
 * characters used each take a different number of bytes once escaped, so the line limit (bytes,
 * escapes counted) and the string limit (characters) are both reached from every side. Each text
 * starts with "a", as a statement's text must not be blank.
 */
class WriteLimitsProperties {
  /** A character (or pair) of a text, with the bytes it takes in a written line. */
  enum Unit {
    ASCII("a", 1),
    TWO_BYTES("é", 2),
    THREE_BYTES("€", 3),
    QUOTE_MARK("\"", 2),
    CONTROL("\u0001", 6),
    LINE_SEPARATOR("\u2028", 6),
    EMOJI("😀", 12),
    LONE_SURROGATE("\ud800", 6);

    final String text;
    final int bytes;

    Unit(String text, int bytes) {
      this.text = text;
      this.bytes = bytes;
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aJsonLinesLineOfTheLimitReadsBackAndOneByteMoreIsRefused(
      @ForAll Unit unit, @ForAll @IntRange(min = -1, max = 1) int pastLimit) {
    int lineOfOneCharacter = statementLine(ledger("a"));
    int wanted = ReadLimits.MAX_LINE_LENGTH + pastLimit - lineOfOneCharacter;
    String text = "a" + unit.text.repeat(wanted / unit.bytes) + "a".repeat(wanted % unit.bytes);
    Ledger ledger = ledger(text);
    if (pastLimit > 0 || text.length() > ReadLimits.MAX_STRING_LENGTH) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> LedgerJsonLines.write(ledger, new ByteArrayOutputStream()));
      String limit = text.length() > ReadLimits.MAX_STRING_LENGTH ? "MAX_STRING_LENGTH" : "MAX_LINE_LENGTH";
      assertTrue(e.getMessage().contains("ReadLimits." + limit), e.getMessage());
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      LedgerJsonLines.write(ledger, out);
      assertEquals(ReadLimits.MAX_LINE_LENGTH + pastLimit, statementLine(out));
      Ledger read = LedgerJsonLines.read(new ByteArrayInputStream(out.toByteArray()), "<t>");
      assertEquals(text, read.statements().get(0).text());
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void aJsonStringOfTheLimitReadsBackAndOneCharacterMoreIsRefused(
      @ForAll Unit unit, @ForAll @IntRange(min = 0, max = 1) int pastLimit) {
    int wanted = ReadLimits.MAX_STRING_LENGTH + pastLimit - 1;
    int units = wanted / unit.text.length();
    String text = "a" + unit.text.repeat(units) + "a".repeat(wanted - units * unit.text.length());
    Ledger ledger = ledger(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (pastLimit > 0) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LedgerJson.write(ledger, out));
      assertTrue(e.getMessage().contains("ReadLimits.MAX_STRING_LENGTH")
          && e.getMessage().contains("/statements/0/text"), e.getMessage());
    } else {
      LedgerJson.write(ledger, out);
      assertEquals(text, LedgerJson.read(new ByteArrayInputStream(out.toByteArray()), "<t>").statements().get(0).text());
    }
  }

  private static Ledger ledger(String text) {
    return Ledger.builder().add(Statement.of(StatementId.of("s"), text, Statement.Kind.DIRECT_QUOTE)).build();
  }

  /** The length in bytes of the statement's line when {@code ledger} is written as JSON Lines. */
  private static int statementLine(Ledger ledger) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerJsonLines.write(ledger, out);
    return statementLine(out);
  }

  /** The length in bytes of the statement's line in {@code out}, a JSON Lines ledger (all ASCII, as escaped). */
  private static int statementLine(ByteArrayOutputStream out) {
    String marker = "{\"type\":\"statement\"";
    String written = out.toString(StandardCharsets.UTF_8);
    int start = written.indexOf(marker);
    return written.substring(start, written.indexOf('\n', start)).getBytes(StandardCharsets.UTF_8).length;
  }
}

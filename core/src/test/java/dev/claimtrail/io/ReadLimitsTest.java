package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read limits are a value handed to the readers, not constants: each reader keeps the limits it is given. */
class ReadLimitsTest {
  @TempDir Path dir;

  private static final ReadLimits SMALL = ReadLimits.builder().maxStringLength(10).build();

  @Test
  void theDefaultsAreTheConstants() {
    ReadLimits defaults = ReadLimits.defaults();
    assertEquals(ReadLimits.builder().build(), defaults);
    assertEquals(ReadLimits.MAX_STRING_LENGTH, defaults.maxStringLength());
    assertEquals(ReadLimits.MAX_LINE_LENGTH, defaults.maxLineLength());
    assertEquals(ReadLimits.MAX_NESTING_DEPTH, defaults.maxNestingDepth());
    assertEquals(ReadLimits.MAX_DOCUMENT_LENGTH, defaults.constraints().getMaxDocumentLength());
  }

  @Test
  void aLimitMustBePositiveAndTheMessageNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.builder().maxStringLength(0));
    assertEquals("maxStringLength must be positive: 0", e.getMessage());
  }

  @Test
  void aJsonLedgerIsReadUnderTheLimitsGiven() throws IOException {
    Path file = Files.writeString(dir.resolve("ledger.json"), LedgerJsonTest.VALID);
    assertEquals(1, LedgerJson.read(file).statements().size());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJson.read(file, SMALL));
    assertTrue(e.reason().startsWith("input exceeds ReadLimits.MAX_STRING_LENGTH"), e.getMessage());
    assertTrue(e.reason().contains("(10)"), e.getMessage());
    assertEquals(1, new FileLedgerCodec(ReadLimits.builder().maxStringLength(100).build()).read(file)
        .statements().size());
  }

  @Test
  void aJsonLinesLedgerIsReadUnderTheLineLimitGiven() {
    byte[] text = LedgerJsonLinesTest.VALID.getBytes(StandardCharsets.UTF_8);
    LedgerFormatException e = assertThrows(LedgerFormatException.class,
        () -> LedgerJsonLines.read(new ByteArrayInputStream(text), "<t>", ReadLimits.builder().maxLineLength(120).build()));
    assertEquals("<t>:5: line longer than ReadLimits.MAX_LINE_LENGTH (120 bytes)", e.getMessage());
  }
}

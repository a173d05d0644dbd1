package dev.claimtrail.io.quotebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimtrail.io.LedgerFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line limit counts a line's content, not its ending: LF and CRLF read alike at the limit. */
class LinesTest {
  private static Lines lines(String text) {
    return new Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<t>", 4);
  }

  @Test
  void aLineOfTheLimitReadsWithEitherEnding() throws IOException {
    Lines lines = lines("abcd\r\nefgh\nijkl\r");
    assertEquals("abcd", lines.next());
    assertEquals("efgh", lines.next());
    assertEquals("ijkl", lines.next());
    assertNull(lines.next());
  }

  @Test
  void aLineOneByteOverTheLimitIsRefusedWithEitherEndingAndTheNextLineRead() throws IOException {
    Lines lines = lines("abcde\r\nvwxyz\nok\n");
    assertEquals("<t>:1: line longer than 4 bytes (ReadLimits.MAX_LINE_LENGTH)",
        assertThrows(LedgerFormatException.class, lines::next).getMessage());
    assertThrows(LedgerFormatException.class, lines::next);
    assertEquals("ok", lines.next());
  }
}

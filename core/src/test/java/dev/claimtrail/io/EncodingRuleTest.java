package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One encoding rule for every reader: strict UTF-8, a leading byte order mark skipped, anything else
 * refused with its byte offset. The JSON ledger reader used to read {@code C0 AF} as "/" and to
 * accept UTF-16.
 */
class EncodingRuleTest {
  private static final Ledger LEDGER = Ledger.builder()
      .add(Statement.of(StatementId.of("s"), "either/or", Statement.Kind.DIRECT_QUOTE)).build();

  @TempDir Path dir;

  @Test
  void anOverlongSlashInAJsonLedgerIsRefusedWithItsByteOffset() throws IOException {
    byte[] bytes = json();
    int slash = new String(bytes, StandardCharsets.UTF_8).indexOf("either/or") + "either".length();
    byte[] overlong = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, overlong, 0, slash);
    overlong[slash] = (byte) 0xC0;
    overlong[slash + 1] = (byte) 0xAF;
    System.arraycopy(bytes, slash + 1, overlong, slash + 2, bytes.length - slash - 1);
    Path file = Files.write(dir.resolve("ledger.json"), overlong);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Ledger.load(file));
    assertEquals(file + ": byte " + slash + ": not UTF-8: an overlong UTF-8 form of U+002F", e.getMessage());
    assertEquals(OptionalLong.of(slash), e.byteOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32"})
  void aJsonLedgerInAnotherEncodingIsRefusedAtItsFirstByte(String charset) throws IOException {
    byte[] other = new String(json(), StandardCharsets.UTF_8).getBytes(Charset.forName(charset));
    Path file = Files.write(dir.resolve("ledger.json"), other);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Ledger.load(file));
    assertTrue(e.reason().startsWith("not UTF-8: "), e.getMessage());
    assertTrue(e.byteOffset().orElseThrow() <= 1, e.getMessage());
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedByBothLedgerForms() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    LedgerJsonLines.write(LEDGER, lines);
    for (Path file : new Path[] {dir.resolve("l.json"), dir.resolve("l.jsonl")}) {
      byte[] body = file.toString().endsWith(".jsonl") ? lines.toByteArray() : json();
      ByteArrayOutputStream withBom = new ByteArrayOutputStream();
      withBom.writeBytes(bom);
      withBom.writeBytes(body);
      Files.write(file, withBom.toByteArray());
      assertEquals(LEDGER.statements(), Ledger.load(file).statements(), file.toString());
    }
  }

  private static byte[] json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerJson.write(LEDGER, out);
    return out.toByteArray();
  }

  @Test
  void theStreamRefusesWhatIsNotUtf8AndPassesTheRestUnchanged() throws IOException {
    String text = "plain, é, €, 😀";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(text, new String(new Utf8InputStream(new ByteArrayInputStream(bytes), "<t>").readAllBytes(),
        StandardCharsets.UTF_8));
    int[][] refused = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xFF},
        {0x80}, {0xE2, 0x82}, {0x00}};
    for (int[] bad : refused) {
      ByteArrayOutputStream in = new ByteArrayOutputStream();
      in.writeBytes("ok ".getBytes(StandardCharsets.UTF_8));
      for (int b : bad) {
        in.write(b);
      }
      Utf8InputStream stream = new Utf8InputStream(new ByteArrayInputStream(in.toByteArray()), "<t>");
      LedgerFormatException e = assertThrows(LedgerFormatException.class, stream::readAllBytes);
      assertEquals(OptionalLong.of(3), e.byteOffset(), e.getMessage());
    }
  }
}

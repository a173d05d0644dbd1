package dev.claimtrail.io;

import static dev.claimtrail.io.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.seed.SeedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerJsonLinesTest {
  static final String VALID = String.join("\n",
      "{\"format\":\"claimtrail-ledger\",\"version\":1}",
      "{\"type\":\"speaker\",\"id\":\"ana\",\"name\":\"Ana Moreno\",\"kind\":\"PERSON\"}",
      "{\"type\":\"document\",\"id\":\"d1\",\"text\":\"Ana said the bridge reopens.\"}",
      "{\"type\":\"statement\",\"id\":\"s1\",\"text\":\"the bridge reopens\",\"kind\":\"INDIRECT\"}",
      "{\"type\":\"attribution\",\"id\":\"a1\",\"statement\":\"s1\",\"speaker\":\"ana\",\"document\":\"d1\","
          + "\"provenance\":{\"method\":\"CURATED\",\"agent\":\"test\"}}",
      "");

  @TempDir Path dir;

  @Test
  void seedLedgerSavedAsJsonLinesLoadsBackAndConvertsToTheSameJson() throws IOException {
    Ledger seed = Ledger.load(SeedFiles.ledgerFile());
    Path lines = dir.resolve("seed.jsonl");
    seed.save(lines);
    assertTrue(Files.readAllLines(lines).get(1).startsWith("{\"type\":\"speaker\","));
    Ledger read = Ledger.load(lines);
    assertSameRecords(seed, read);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    LedgerJson.write(read, json);
    assertArrayEquals(Files.readAllBytes(SeedFiles.ledgerFile()), json.toByteArray());
  }

  @Test
  void validLinesReadInAnyOrderWithBlankLinesAndWindowsLineEnds() throws IOException {
    String[] lines = VALID.split("\n");
    String shuffled = String.join("\r\n", lines[0], "", lines[4], lines[3], "  ", lines[1], lines[2]);
    assertEquals(1, read(shuffled).attributions().size());
  }

  @Test
  void badRecordNamesItsLineAndColumn() throws IOException {
    String text = VALID.replace("\"name\":\"Ana Moreno\"", "\"name\" \"Ana Moreno\"");
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(2), e.line());
    assertEquals(OptionalLong.of(LedgerJsonTest.column(text, "\"Ana", 0)), e.column(), e.getMessage());
    assertTrue(e.reason().contains("expecting a colon"), e.getMessage());
  }

  @Test
  void unknownFieldNamesLineAndFieldPath() throws IOException {
    String text = VALID.replace("\"text\":\"the bridge", "\"txet\":\"the bridge");
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(4), e.line());
    assertEquals(Optional.of("txet"), e.fieldPath());
    assertTrue(e.column().getAsLong() > LedgerJsonTest.column(text, "\"txet\"", 0), e.getMessage());
    assertEquals("unknown field \"txet\"", e.reason());
  }

  @Test
  void nullFieldsReadAsAbsentButNullListElementsAreRefused() throws IOException {
    String nulls = VALID.replace("\"kind\":\"PERSON\"}", "\"kind\":\"PERSON\",\"aliases\":null,\"outlet\":null}")
        .replace("\"document\":\"d1\",", "\"document\":\"d1\",\"stance\":null,\"cue\":null,");
    Ledger ledger = read(nulls);
    assertEquals(read(VALID).speakers(), ledger.speakers());
    assertEquals(read(VALID).attributions(), ledger.attributions());
    String nullAlias = VALID.replace("\"kind\":\"PERSON\"}", "\"kind\":\"PERSON\",\"aliases\":[\"Ana\",null]}");
    LedgerFormatException e = failure(nullAlias);
    LedgerJsonTest.assertAt(e, nullAlias, "null]", "aliases[1]");
    assertEquals("expected a string, found null", e.reason());
  }

  @Test
  void derivedSecondHandFieldIsAcceptedAndIgnored() throws IOException {
    String text = VALID.replace("\"document\":\"d1\",", "\"document\":\"d1\",\"secondHand\":false,");
    assertEquals(read(VALID).attributions(), read(text).attributions());
  }

  @Test
  void nestedValueThatFailsItsCheckIsNamedWhereItStarts() throws IOException {
    String text = VALID.replace("\"agent\":\"test\"", "\"agent\":\"test\",\"confidence\":1.5");
    LedgerFormatException e = failure(text);
    LedgerJsonTest.assertAt(e, text, "{\"method\"", "provenance");
    assertEquals("provenance confidence must lie in [0, 1]: 1.5", e.reason());
  }

  @Test
  void integerOutOfRangeIsRefusedAtItsValue() throws IOException {
    String text = VALID.replace("\"document\":\"d1\",", "\"document\":\"d1\",\"evidence\":[{\"start\":0,"
        + "\"end\":3000000000,\"exact\":\"Ana\"}],");
    LedgerFormatException e = failure(text);
    LedgerJsonTest.assertAt(e, text, "3000000000", "evidence[0].end");
    assertTrue(e.reason().startsWith("integer 3000000000 out of range"), e.getMessage());
  }

  @Test
  void invalidValueNamesLineAndField() throws IOException {
    String text = VALID.replace("\"kind\":\"INDIRECT\"", "\"kind\":\"SHOUTED\"");
    LedgerJsonTest.assertAt(failure(text), text, "\"SHOUTED\"", "kind");
  }

  @Test
  void recordTypeMustComeFirstAndBeKnown() throws IOException {
    String missing = VALID.replace("{\"type\":\"claim\"", "").replace("{\"type\":\"statement\",", "{");
    LedgerFormatException e = failure(missing);
    assertEquals("expected \"type\" as the first field of the record", e.reason());
    assertEquals(OptionalLong.of(4), e.line());
    String unknown = VALID.replace("\"type\":\"statement\"", "\"type\":\"quote\"");
    LedgerJsonTest.assertAt(failure(unknown), unknown, "\"quote\"", "type");
  }

  @Test
  void headerLineIsRequiredAndChecked() throws IOException {
    String headless = VALID.substring(VALID.indexOf('\n') + 1);
    assertEquals(OptionalLong.of(1), failure(headless).line());
    String future = VALID.replace("\"version\":1", "\"version\":7");
    LedgerFormatException e = failure(future);
    LedgerJsonTest.assertAt(e, future, "7}", "version");
    assertTrue(e.reason().startsWith("unsupported version 7"), e.getMessage());
    assertEquals("empty input: expected a claimtrail ledger header line", failure("\n\n").reason());
  }

  @Test
  void danglingReferenceNamesTheLineAndFieldOfTheRecord() throws IOException {
    String text = VALID.replace("\"speaker\":\"ana\"", "\"speaker\":\"nobody\"");
    LedgerFormatException e = failure(text);
    LedgerJsonTest.assertAt(e, text, "\"nobody\"", "speaker");
    assertEquals("speaker refers to unknown id 'nobody'", e.reason());
  }

  @Test
  void danglingReferenceInAStreamNamesTheLineOfTheRecord() {
    String text = VALID.replace("\"speaker\":\"ana\"", "\"speaker\":\"nobody\"");
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJsonLines.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<stdin>"));
    assertEquals("<stdin>:5:1: speaker: speaker refers to unknown id 'nobody'", e.getMessage());
  }

  @Test
  void duplicateIdNamesBothLines() throws IOException {
    String text = VALID + "{\"type\":\"speaker\",\"id\":\"ana\",\"name\":\"Ana M.\",\"kind\":\"PERSON\"}\n";
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(6), e.line());
    assertEquals(Optional.of("speaker.id"), e.fieldPath());
    assertEquals("duplicate speaker id 'ana' (first at line 2)", e.reason());
  }

  @Test
  void textThatIsNotUtf8IsRefusedNotReplaced() throws IOException {
    byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
    int at = VALID.indexOf("Moreno");
    good[at] = (byte) 0xC3;
    good[at + 1] = (byte) 0x28;
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, good);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJsonLines.read(file));
    assertEquals(file + ":2: not valid UTF-8", e.getMessage());
  }

  @Test
  void lineLongerThanTheLimitIsRefusedNamingTheLimit() throws IOException {
    String text = VALID.replace("Ana said the bridge reopens.", "x".repeat(ReadLimits.MAX_LINE_LENGTH));
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(3), e.line());
    assertTrue(e.reason().startsWith("line longer than ReadLimits.MAX_LINE_LENGTH"), e.getMessage());
  }

  @Test
  void truncatedLastLineIsRefused() throws IOException {
    String text = VALID.substring(0, VALID.length() - 10);
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(5), e.line());
  }

  private Ledger read(String text) throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return LedgerJsonLines.read(file);
  }

  private LedgerFormatException failure(String text) throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Ledger.load(file));
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    return e;
  }
}

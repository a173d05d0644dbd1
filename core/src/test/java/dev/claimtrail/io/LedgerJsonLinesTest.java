package dev.claimtrail.io;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
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
    assertEquals(file + ":2: not UTF-8: byte 0xC3 at byte offset " + at, e.getMessage());
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

  @Test
  void eachRecordHasALineOfItsOwn() {
    String speaker = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"Ann\",\"kind\":\"PERSON\"}";
    String other = speaker.replace("s1", "s2");
    assertEquals("<t>:2:58: unexpected content after the record", streamFailure(HEADER + speaker + other + "\n"));
    assertEquals("<t>:2:59: unexpected content after the record", streamFailure(HEADER + speaker + " 12\n"));
    assertEquals("<t>:2:59: unexpected content after the record", streamFailure(HEADER + speaker + " {\n"));
    assertEquals("<t>:2:1: unexpected content after the record", streamFailure(HEADER + speaker + "\r" + other + "\n"));
    assertEquals("<t>:2:19: Unexpected end-of-input within/between Object entries",
        streamFailure(HEADER + "{\"type\":\"speaker\",\n\"id\":\"s1\",\"name\":\"Ann\",\"kind\":\"PERSON\"}\n"));
  }

  @Test
  void linesOfOnlyWhitespaceAreSkippedButNotOtherCharacters() {
    String speaker = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"Ann\",\"kind\":\"PERSON\"}\n";
    for (String blank : new String[] {"", "   \t ", "\r", "\u2028", "\u000B"}) {
      Ledger ledger = LedgerJsonLines.read(stream(HEADER + blank + "\n" + speaker), "<t>");
      assertEquals(1, ledger.speakers().size(), blank);
    }
    assertEquals("<t>:2:1: Unexpected character ('\u00A0' (code 160)): expected a valid value (JSON String, Number, "
        + "Array, Object or token 'null', 'true' or 'false')", streamFailure(HEADER + "\u00A0\n" + speaker));
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedAndOneElsewhereRefused() {
    String speaker = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"Ann\",\"kind\":\"PERSON\"}\n";
    assertEquals(1, LedgerJsonLines.read(stream("\uFEFF" + HEADER + speaker), "<t>").speakers().size());
    assertEquals("<t>:2:1: Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value (JSON "
        + "String, Number, Array, Object or token 'null', 'true' or 'false')", streamFailure(HEADER + "\uFEFF" + speaker));
  }

  @Test
  void invalidUtf8AnywhereInALineIsRefusedBeforeItIsParsed() {
    String inName = "{\"type\":\"speaker\",\"id\":\"s1\",\"na@me\":\"A\",\"kind\":\"PERSON\"}\n";
    String inValue = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"A@\",\"kind\":\"PERSON\"}\n";
    String broken = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"A@\",\"kind\":PERSON}\n";
    int[][] malformed = {{0xE2, 0x82}, {0xC3, 0x28}, {0xED, 0xA0, 0x80}, {0xC0, 0xAF}, {0xF4, 0x90, 0x80, 0x80}};
    for (int[] bad : malformed) {
      for (String line : new String[] {inName, inValue, broken}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEADER + line.substring(0, line.indexOf('@'))).getBytes(StandardCharsets.UTF_8));
        for (int b : bad) {
          out.write(b);
        }
        out.writeBytes(line.substring(line.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8));
        LedgerFormatException e = assertThrows(LedgerFormatException.class,
            () -> LedgerJsonLines.read(new ByteArrayInputStream(out.toByteArray()), "<t>"));
        assertEquals(String.format("<t>:2: not UTF-8: byte 0x%02X at byte offset %d", bad[0],
            HEADER.length() + line.indexOf('@')), e.getMessage());
      }
    }
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String line = "{\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"Zo\u00EB \uD83D\uDE00\",\"kind\":\"NOPE\"}\n";
    assertEquals("<t>:2:52: kind: \"NOPE\" is not a Speaker.Kind (expected one of PERSON, ORGANIZATION, GOVERNMENT, "
        + "COUNTRY, MEDIA_OUTLET, GROUP, ANONYMOUS, UNKNOWN)", streamFailure(HEADER + line));
    assertEquals("<t>:2:52: Unrecognized token 'PERSON': was expecting (JSON String, Number, Array, Object or token "
        + "'null', 'true' or 'false')", streamFailure(HEADER + line.replace("\"NOPE\"", "PERSON")));
    Ledger ledger = LedgerJsonLines.read(stream(HEADER + line.replace("NOPE", "PERSON")), "<t>");
    assertEquals("Zo\u00EB \uD83D\uDE00", ledger.speakers().get(0).name());
  }

  @Test
  void controlCharacterAfterTheOpeningBraceIsRefused() {
    assertEquals("<t>:2:3: Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is "
        + "allowed between tokens",
        streamFailure(HEADER + "{\u0000\"type\":\"speaker\",\"id\":\"s1\",\"name\":\"A\",\"kind\":\"PERSON\"}\n"));
  }

  @Test
  void fieldGivenTwiceIsRefusedEvenInsideAnIgnoredValue() {
    String text = VALID.replace("\"provenance\"", "\"secondHand\":{\"x\":1,\"x\":2},\"provenance\"");
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJsonLines.read(stream(text), "<t>"));
    assertEquals(Optional.of("secondHand"), e.fieldPath());
    assertEquals("Duplicate field 'x'", e.reason());
  }

  @Test
  void ignoredObjectWithoutRepeatedNamesIsAccepted() throws IOException {
    String text = VALID.replace("\"provenance\"", "\"secondHand\":{\"x\":1,\"y\":[{\"x\":2}]},\"provenance\"");
    assertEquals(1, read(text).attributions().size());
  }

  @Test
  void fieldGivenTwiceAmongManyLinesIsReportedAtItsLineAndPath() throws IOException {
    String text = manySpeakers(MANY);
    LedgerFormatException e = failure(text.replace("\"id\":\"sp3000\",",
        "\"id\":\"sp3000\",\"externalIds\":{\"wd\":\"Q1\",\"viaf\":\"7\",\"wd\":\"Q2\"},"));
    assertEquals(OptionalLong.of(3000), e.line(), e.getMessage());
    assertEquals(Optional.of("externalIds"), e.fieldPath());
    assertEquals("Duplicate field 'wd'", e.reason());

    e = failure(text.replace("\"name\":\"Speaker 2500\",", "\"name\":\"Speaker 2500\",\"name\":\"B\","));
    assertEquals(OptionalLong.of(2500), e.line(), e.getMessage());
    assertEquals("Duplicate field 'name'", e.reason());
  }

  @Test
  void objectOfManyFieldsIsReadWholeAndStillRefusesARepeatedOne() throws IOException {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < RecordReader.CHECKED_NAMES * 2; i++) {
      ids.append(",\"k").append(i).append("\":\"v").append(i).append('"');
    }
    String text = manySpeakers(MANY);
    String many = text.replace("\"id\":\"sp3000\",", "\"id\":\"sp3000\",\"externalIds\":{" + ids.substring(1) + "},");
    Ledger ledger = read(many);
    assertEquals(RecordReader.CHECKED_NAMES * 2, ledger.speakers().get(2998).externalIds().size());
    assertEquals("v77", ledger.speakers().get(2998).externalIds().get("k77"));

    LedgerFormatException e = failure(many.replace("\"k100\"", "\"k3\""));
    assertEquals(OptionalLong.of(3000), e.line(), e.getMessage());
    assertEquals("Duplicate field 'k3'", e.reason());
  }

  /** A ledger of {@code speakers} speaker lines after the header, so line {@code n} holds speaker {@code n}. */
  private static String manySpeakers(int speakers) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int n = 2; n < speakers + 2; n++) {
      text.append("{\"type\":\"speaker\",\"id\":\"sp").append(n).append("\",\"name\":\"Speaker ").append(n)
          .append("\",\"kind\":\"PERSON\"}\n");
    }
    return text.toString();
  }

  /** Lines enough that several batches are parsed on the parsing thread while more are read. */
  private static final int MANY = RecordLines.BATCH_LINES * 9 + 17;

  @Test
  void manyLinesParsedOnTheirOwnThreadReadAsEveryRecordInOrder() throws IOException {
    Ledger ledger = read(manySpeakers(MANY));
    assertEquals(MANY, ledger.speakers().size());
    for (int i = 0; i < MANY; i += 101) {
      assertEquals("sp" + (i + 2), ledger.speakers().get(i).id().value());
      assertEquals("Speaker " + (i + 2), ledger.speakers().get(i).name());
    }
  }

  @Test
  void longLinesFillBatchesByTheirBytesAndReadAsEveryRecordInOrder() throws IOException {
    String text = manySpeakers(MANY);
    int longName = RecordLines.BATCH_BYTES / 3;
    for (int n = 100; n < MANY; n += 400) {
      text = text.replace("\"Speaker " + n + "\"", "\"" + n + "x".repeat(longName) + "\"");
    }
    Ledger ledger = read(text);
    assertEquals(MANY, ledger.speakers().size());
    for (int i = 0; i < MANY; i++) {
      int n = i + 2;
      String name = ledger.speakers().get(i).name();
      assertEquals("sp" + n, ledger.speakers().get(i).id().value());
      if (n >= 100 && (n - 100) % 400 == 0) {
        assertEquals(n + "x".repeat(longName), name);
      } else {
        assertEquals("Speaker " + n, name);
      }
    }
  }

  @Test
  void amongManyLinesEachRecordMustStillHaveItsLineAlone() throws IOException {
    String text = manySpeakers(MANY);
    String line3000 = "{\"type\":\"speaker\",\"id\":\"sp3000\",\"name\":\"Speaker 3000\",\"kind\":\"PERSON\"}";
    String spaced = text.replace(line3000 + "\n", line3000 + " \t\r \n  \t").replace("{\"type\":\"speaker\",\"id\":\"sp3002\"",
        "\t{\"type\":\"speaker\",\"id\":\"sp3002\"");
    Ledger ledger = read(spaced);
    assertEquals(MANY, ledger.speakers().size());
    assertEquals("Speaker 3001", ledger.speakers().get(2999).name());

    String other = "{\"type\":\"speaker\",\"id\":\"x\",\"name\":\"X\",\"kind\":\"PERSON\"}";
    for (String after : new String[] {other, " 12", "\r" + other, " {"}) {
      LedgerFormatException e = failure(text.replace(line3000 + "\n", line3000 + after + "\n"));
      assertEquals(OptionalLong.of(3000), e.line(), e.getMessage());
      assertEquals("unexpected content after the record", e.reason(), e.getMessage());
    }
    LedgerFormatException e = failure(text.replace(line3000 + "\n", line3000.substring(0, 30) + "\n"));
    assertEquals(OptionalLong.of(3000), e.line(), e.getMessage());
  }

  @Test
  void amongManyLinesTheFirstProblemIsReportedWhicheverThreadFindsIt() throws IOException {
    String text = manySpeakers(MANY);
    String badRecord = text.replace("\"id\":\"sp3000\",", "\"id\":\"sp3000\",\"age\":3,");
    LedgerFormatException e = failure(badRecord);
    assertEquals(OptionalLong.of(3000), e.line(), e.getMessage());
    assertEquals(Optional.of("age"), e.fieldPath());

    String duplicate = text.replace("\"id\":\"sp4000\"", "\"id\":\"sp2999\"");
    e = failure(duplicate.replace("\"id\":\"sp3000\",", "\"id\":\"sp3000\",\"age\":3,"));
    assertEquals(OptionalLong.of(3000), e.line(), "the unknown field comes before the duplicate: " + e.getMessage());
    e = failure(duplicate);
    assertEquals("duplicate speaker id 'sp2999' (first at line 2999)", e.reason());
    assertEquals(OptionalLong.of(4000), e.line());

    String longLine = text.replace("Speaker 3500", "x".repeat(ReadLimits.MAX_LINE_LENGTH));
    assertEquals(OptionalLong.of(3000), failure(badRecord.replace("Speaker 3500", "x".repeat(ReadLimits.MAX_LINE_LENGTH)))
        .line(), "a bad record read before a line that is too long is reported first");
    e = failure(longLine.replace("\"id\":\"sp4000\",", "\"id\":\"sp4000\",\"age\":3,"));
    assertEquals(OptionalLong.of(3500), e.line(), "a line too long before a bad record is reported first");
    assertTrue(e.reason().startsWith("line longer than ReadLimits.MAX_LINE_LENGTH"), e.getMessage());
  }

  @Test
  void unicodeLineBreaksInTextAreWrittenAsEscapes() throws IOException {
    String breaks = "the bridge\u2028reopens\u2029on\u0085Monday";
    Ledger ledger = read(VALID.replace("the bridge reopens", breaks));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerJsonLines.write(ledger, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.contains("the bridge\\u2028reopens\\u2029on\\u0085Monday"), written);
    assertEquals(breaks, LedgerJsonLines.read(stream(written), "<t>").statements().get(0).text());
  }

  private static final String HEADER = "{\"format\":\"claimtrail-ledger\",\"version\":1}\n";

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The message of reading {@code text} as a stream named {@code <t>}, which must fail. */
  private static String streamFailure(String text) {
    return assertThrows(LedgerFormatException.class, () -> LedgerJsonLines.read(stream(text), "<t>")).getMessage();
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

package dev.claimtrail.io;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import dev.claimtrail.ledger.InvalidLedgerException;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.seed.SeedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerJsonTest {
  /** A small valid ledger; the tests below break it in one place each. */
  static final String VALID = """
      {
        "format": "claimtrail-ledger",
        "version": 1,
        "speakers": [
          {
            "id": "ana",
            "name": "Ana Moreno",
            "kind": "PERSON",
            "aliases": ["Moreno"]
          }
        ],
        "documents": [
          {
            "id": "d1",
            "text": "Ana said the bridge reopens."
          }
        ],
        "statements": [
          {
            "id": "s1",
            "text": "the bridge reopens",
            "kind": "INDIRECT"
          }
        ],
        "attributions": [
          {
            "id": "a1",
            "statement": "s1",
            "speaker": "ana",
            "document": "d1",
            "provenance": {"method": "CURATED", "agent": "test"}
          }
        ]
      }
      """;

  @TempDir Path dir;

  @Test
  void seedLedgerLoadsAndWritesBackByteForByte() throws IOException {
    Path seed = SeedFiles.ledgerFile();
    Ledger ledger = Ledger.load(seed);
    assertTrue(ledger.attributions().size() > 20, ledger::toString);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerJson.write(ledger, out);
    assertEquals(Files.readString(seed, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void saveAndLoadGoThroughTheRegisteredCodec() {
    Ledger seed = Ledger.load(SeedFiles.ledgerFile());
    Path file = dir.resolve("copy.json");
    seed.save(file);
    assertSameRecords(seed, Ledger.load(file));
    seed.save(file);
    assertSameRecords(seed, Ledger.load(file));
  }

  @Test
  void validLedgerReads() throws IOException {
    Ledger ledger = LedgerJson.read(write(VALID));
    assertEquals(1, ledger.attributions().size());
  }

  @Test
  void longestDoublesAndNonBmpTextRoundTrip() throws IOException {
    Ledger small = LedgerJson.read(write(VALID));
    for (double confidence : new double[] {Double.MIN_VALUE, 1.2345678901234567E-5, 0.30000000000000004,
        Math.nextDown(1.0)}) {
      Ledger ledger = small.toBuilder()
          .add(Attribution.builder().id(AttributionId.of("a2")).statement(StatementId.of("s1"))
              .speaker(SpeakerId.of("ana")).document(DocumentId.of("d1"))
              .provenance(Provenance.extracted("x", confidence)).build())
          .add(Speaker.of(SpeakerId.of("emoji"), "\ud83d\ude00 and a lone \ud800", Speaker.Kind.GROUP))
          .build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      LedgerJson.write(ledger, out);
      assertSameRecords(ledger, LedgerJson.read(new ByteArrayInputStream(out.toByteArray()), "<memory>"));
    }
  }

  @Test
  void wrongFormatTagIsNamedAtItsPlace() throws IOException {
    String text = VALID.replace("\"claimtrail-ledger\"", "\"other-ledger\"");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\"other-ledger\"", "format");
    assertTrue(e.reason().startsWith("not a claimtrail ledger"), e.getMessage());
  }

  @Test
  void unsupportedVersionIsNamed() throws IOException {
    String text = VALID.replace("\"version\": 1", "\"version\": 2");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "2,", "version");
    assertTrue(e.reason().contains("unsupported version 2"), e.getMessage());
  }

  @Test
  void envelopeMustStartWithFormatAndVersion() throws IOException {
    String text = VALID.replace("\"format\": \"claimtrail-ledger\",\n  \"version\": 1,\n", "");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\"speakers\"", "");
    assertTrue(e.reason().contains("\"format\""), e.getMessage());
  }

  @Test
  void malformedJsonNamesWhereItBroke() throws IOException {
    String text = VALID.replace("\"Ana Moreno\",", "\"Ana Moreno\"");
    LedgerFormatException e = failure(text);
    assertEquals(line(text, "\"kind\": \"PERSON\""), e.line().getAsLong());
    assertEquals(Optional.of("speakers[0]"), e.fieldPath());
    assertTrue(e.getMessage().startsWith(e.source() + ":" + e.line().getAsLong() + ":"), e.getMessage());
  }

  @Test
  void unknownFieldIsNamedWithItsPath() throws IOException {
    String text = VALID.replace("\"name\": \"Ana Moreno\"", "\"nmae\": \"Ana Moreno\"");
    LedgerFormatException e = failure(text);
    assertEquals(Optional.of("speakers[0].nmae"), e.fieldPath());
    assertEquals(line(text, "\"nmae\""), e.line().getAsLong());
    assertEquals("unknown field \"nmae\"", e.reason());
  }

  @Test
  void unknownSectionIsNamed() throws IOException {
    String text = VALID.replace("\"documents\": [", "\"documnets\": [");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\"documnets\"", "documnets");
  }

  @Test
  void missingFieldIsNamed() throws IOException {
    String text = VALID.replace("\"kind\": \"PERSON\",\n", "");
    LedgerFormatException e = failure(text);
    assertTrue(e.fieldPath().orElseThrow().startsWith("speakers[0]"), e.getMessage());
    assertTrue(e.reason().contains("kind"), e.getMessage());
    assertTrue(e.line().isPresent() && e.column().isPresent(), e.getMessage());
  }

  @Test
  void valueThatFailsItsOwnCheckIsReportedWhereTheRecordStarts() throws IOException {
    String text = VALID.replace("\"Ana Moreno\"", "\"  \"");
    LedgerFormatException e = failure(text);
    assertEquals(Optional.of("speakers[0]"), e.fieldPath());
    assertEquals(line(text, "\"speakers\"") + 1, e.line().getAsLong());
    assertEquals("speaker ana: name must not be blank", e.reason());
  }

  @Test
  void invalidEnumValueIsNamed() throws IOException {
    String text = VALID.replace("\"PERSON\"", "\"ROBOT\"");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\"ROBOT\"", "speakers[0].kind");
    assertEquals("\"ROBOT\" is not a Speaker.Kind (expected one of PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, "
        + "MEDIA_OUTLET, GROUP, ANONYMOUS, UNKNOWN)", e.reason());
  }

  @Test
  void invalidIdIsNamed() throws IOException {
    String text = VALID.replace("\"id\": \"s1\"", "\"id\": \" s1\"");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\" s1\"", "statements[0].id");
    assertTrue(e.reason().contains("whitespace"), e.getMessage());
  }

  @Test
  void danglingReferenceIsNamedAtTheReferringField() throws IOException {
    String text = VALID.replace("\"speaker\": \"ana\"", "\"speaker\": \"nobody\"");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "\"nobody\"", "attributions[0].speaker");
    assertEquals("speaker refers to unknown id 'nobody'", e.reason());
    assertInstanceOf(InvalidLedgerException.class, e.getCause());
  }

  @Test
  void everyValidationProblemIsKeptInTheCause() throws IOException {
    String text = VALID.replace("\"speaker\": \"ana\"", "\"speaker\": \"nobody\"")
        .replace("\"statement\": \"s1\"", "\"statement\": \"s9\"");
    LedgerFormatException e = failure(text);
    assertTrue(e.reason().endsWith("(and 1 more problems, listed in the cause)"), e.getMessage());
    assertEquals(2, ((InvalidLedgerException) e.getCause()).problems().size());
  }

  @Test
  void duplicateIdIsRefused() throws IOException {
    String statement = "{\n      \"id\": \"s1\",\n      \"text\": \"the bridge reopens\",\n      \"kind\": \"INDIRECT\"\n    }";
    String text = VALID.replace(statement, statement + ",\n    " + statement.replace("reopens", "closes"));
    LedgerFormatException e = failure(text);
    assertEquals(Optional.of("statements[1].id"), e.fieldPath());
    assertTrue(e.reason().startsWith("duplicate statement id 's1' (first at line " + (line(text, "\"statements\"") + 1)),
        e.getMessage());
  }

  @Test
  void repeatedFieldIsRefused() throws IOException {
    String text = VALID.replace("\"name\": \"Ana Moreno\",", "\"name\": \"Ana Moreno\",\n      \"name\": \"Ana M.\",");
    LedgerFormatException e = failure(text);
    assertEquals(line(text, "\"Ana M.\""), e.line().getAsLong());
    assertTrue(e.reason().contains("name"), e.getMessage());
  }

  @Test
  void numberWhereTextBelongsIsRefused() throws IOException {
    String text = VALID.replace("\"Moreno\"", "42");
    LedgerFormatException e = failure(text);
    assertAt(e, text, "42", "speakers[0].aliases[0]");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedNamingTheLimit() throws IOException {
    String deep = "[".repeat(ReadLimits.MAX_NESTING_DEPTH + 5) + "]".repeat(ReadLimits.MAX_NESTING_DEPTH + 5);
    JacksonException breach = assertThrows(JacksonException.class, () -> JsonMapping.MAPPER.readTree(deep));
    LedgerFormatException e = LedgerFormatException.of("deep.json", breach);
    assertEquals("deep.json: input exceeds ReadLimits.MAX_NESTING_DEPTH: Document nesting depth ("
        + (ReadLimits.MAX_NESTING_DEPTH + 1) + ") exceeds the maximum allowed (" + ReadLimits.MAX_NESTING_DEPTH + ")",
        e.getMessage());
  }

  @Test
  void overlongNumberIsRefusedNamingTheLimit() throws IOException {
    String text = VALID.replace("\"version\": 1", "\"version\": 1" + "0".repeat(ReadLimits.MAX_NUMBER_LENGTH + 5));
    LedgerFormatException e = failure(text);
    assertTrue(e.reason().startsWith("input exceeds ReadLimits.MAX_NUMBER_LENGTH"), e.getMessage());
  }

  @Test
  void aBreachedNameLimitIsNamedWithItsLineAndColumn() throws IOException {
    String name = "n".repeat(ReadLimits.MAX_NAME_LENGTH + 1);
    LedgerFormatException longName = failure(VALID.replace("\"kind\": \"INDIRECT\"", "\"" + name + "\": 1"));
    assertEquals(OptionalLong.of(19), longName.line(), "the start of the record, " + longName.getMessage());
    assertTrue(longName.column().isPresent(), longName.getMessage());
    assertTrue(longName.reason().startsWith("input exceeds ReadLimits.MAX_NAME_LENGTH"), longName.getMessage());
  }

  @Test
  void aTruncatedLedgerIsNamedWithoutJacksonsRedactedSource() throws IOException {
    LedgerFormatException e = failure(VALID.substring(0, VALID.indexOf("\"id\": \"s1\"")));
    assertFalse(e.getMessage().contains("REDACTED") || e.getMessage().contains("Source:"), e.getMessage());
    assertTrue(e.reason().endsWith("(start marker at line: 19, column: 5)"), e.getMessage());
  }

  @Test
  void aNumberIsLimitedInCharactersSignPointAndExponentIncluded() throws IOException {
    String at = "\"agent\": \"test\"";
    String fits = "0." + "1".repeat(ReadLimits.MAX_NUMBER_LENGTH - 2);
    assertEquals(Double.parseDouble(fits), LedgerJson.read(write(VALID.replace(at, at + ", \"confidence\": " + fits)))
        .attributions().get(0).provenance().confidence().orElseThrow());
    LedgerFormatException oneOver = failure(VALID.replace(at, at + ", \"confidence\": " + fits + "1"));
    assertEquals("number of 33 characters is longer than ReadLimits.MAX_NUMBER_LENGTH (32)", oneOver.reason());
    LedgerFormatException twoOver = failure(VALID.replace(at, at + ", \"confidence\": " + fits + "11"));
    assertEquals("input exceeds ReadLimits.MAX_NUMBER_LENGTH: a number of more characters than allowed",
        twoOver.reason());
  }

  @Test
  void aNumberTooSmallOrLargeForADoubleIsRefusedNotReadAsZeroOrInfinity() throws IOException {
    String at = "\"agent\": \"test\"";
    for (String number : new String[] {"1e-400", "-0.5E-330", "1e400"}) {
      LedgerFormatException e = failure(VALID.replace(at, at + ", \"confidence\": " + number));
      assertTrue(e.reason().startsWith("number " + number + " is out of the range of a double"), e.getMessage());
    }
    assertEquals(0.0, LedgerJson.read(write(VALID.replace(at, at + ", \"confidence\": 0.0e-400")))
        .attributions().get(0).provenance().confidence().orElseThrow());
  }

  @Test
  void overlongStringIsRefusedNamingTheLimit() throws IOException {
    String text = VALID.replace("Ana said the bridge reopens.", "x".repeat(ReadLimits.MAX_STRING_LENGTH + 1));
    LedgerFormatException e = failure(text);
    assertTrue(e.reason().startsWith("input exceeds ReadLimits.MAX_STRING_LENGTH"), e.getMessage());
    assertEquals(Optional.of("documents[0].text"), e.fieldPath());
    assertEquals(line(text, "\"documents\"") + 1, e.line().getAsLong());
  }

  @Test
  void emptyAndTruncatedInputAreRefused() throws IOException {
    assertEquals("empty input: expected a claimtrail ledger", failure("").reason());
    String truncated = VALID.substring(0, VALID.indexOf("\"statements\""));
    LedgerFormatException e = failure(truncated);
    assertTrue(e.line().isPresent(), e.getMessage());
    assertTrue(e.reason().contains("end-of-input"), e.getMessage());
  }

  @Test
  void contentAfterTheLedgerIsRefused() throws IOException {
    String text = VALID + "{}\n";
    LedgerFormatException e = failure(text);
    assertEquals(OptionalLong.of(line(text, "{}")), e.line());
  }

  @Test
  void streamsAreNamedByTheGivenSource() {
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJson.read(
        new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "<stdin>"));
    assertEquals("<stdin>:1:1: expected a JSON object (the ledger envelope)", e.getMessage());
  }

  @Test
  void missingFileIsAnInputOutputProblem() {
    assertThrows(UncheckedIOException.class, () -> LedgerJson.read(dir.resolve("absent.json")));
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("ledger.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private LedgerFormatException failure(String text) throws IOException {
    Path file = write(text);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerJson.read(file));
    assertEquals(file.toString(), e.source());
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    return e;
  }

  /** Checks the exception points at the first occurrence of {@code snippet} and names {@code field}. */
  static void assertAt(LedgerFormatException e, String text, String snippet, String field) {
    int offset = text.indexOf(snippet);
    int lineStart = text.lastIndexOf('\n', offset) + 1;
    assertEquals(OptionalLong.of(line(text, snippet)), e.line(), e.getMessage());
    assertEquals(OptionalLong.of(offset - lineStart + 1), e.column(), e.getMessage());
    assertEquals(field.isEmpty() ? Optional.empty() : Optional.of(field), e.fieldPath(), e.getMessage());
    String where = e.source() + ":" + e.line().getAsLong() + ":" + e.column().getAsLong() + ": ";
    assertEquals(where + (field.isEmpty() ? "" : field + ": ") + e.reason(), e.getMessage());
  }

  /** The 1-based column of the first occurrence of {@code snippet} at or after {@code from}. */
  static long column(String text, String snippet, int from) {
    int offset = text.indexOf(snippet, from);
    return offset - (text.lastIndexOf('\n', offset) + 1) + 1;
  }

  /** The 1-based line of the first occurrence of {@code snippet}. */
  static long line(String text, String snippet) {
    int offset = text.indexOf(snippet);
    assertTrue(offset >= 0, snippet);
    return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}

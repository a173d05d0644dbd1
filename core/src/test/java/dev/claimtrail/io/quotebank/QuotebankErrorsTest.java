package dev.claimtrail.io.quotebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.model.DocumentId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad Quotebank lines: where strict mode fails, and what skip-and-report counts and writes. */
class QuotebankErrorsTest {
  private static final String GOOD = "{\"quoteID\":\"q1\",\"quotation\":\"words\",\"speaker\":\"A B\","
      + "\"qids\":[\"Q1\"],\"date\":\"2020-01-02 03:04:05\",\"numOccurrences\":1,"
      + "\"probas\":[[\"A B\",\"0.9\"],[\"None\",\"0.1\"]],\"urls\":[\"https://news.example/a\"],\"phase\":\"E\"}";

  @TempDir
  Path dir;

  @Test
  void strictModeNamesFileLineColumnAndFieldOfTheFirstBadLine() throws IOException {
    Path file = write("q.jsonl", GOOD, GOOD.replace("q1", "q2").replace("\"0.9\"", "\"1.7\""), "{");
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Quotebank.read(file));
    assertEquals(file.toString(), e.source());
    assertEquals(2, e.line().getAsLong());
    assertEquals("probas[0][1]", e.fieldPath().orElseThrow());
    assertTrue(e.column().isPresent());
    assertTrue(e.reason().contains("[0, 1]"), e.reason());
    assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
  }

  @Test
  void eachKindOfBadLineIsRefusedWithItsField() throws IOException {
    assertProblem("quoteID", "required field is missing", GOOD.replace("\"quoteID\":\"q1\",", ""));
    assertProblem("quotation", "blank", GOOD.replace("\"words\"", "\"  \""));
    assertProblem("speaker", "expected a string", GOOD.replace("\"A B\",\"qids\"", "7,\"qids\""));
    assertProblem("qids[0]", "Wikidata", GOOD.replace("[\"Q1\"]", "[\"P31\"]"));
    assertProblem("date", "date", GOOD.replace("2020-01-02 03:04:05", "02/01/2020"));
    assertProblem("date", "not a valid date", GOOD.replace("2020-01-02", "2020-02-31"));
    assertProblem("numOccurrences", "positive", GOOD.replace("\"numOccurrences\":1", "\"numOccurrences\":0"));
    assertProblem("probas[1][0]", "listed twice", GOOD.replace("\"None\",\"0.1\"", "\"A B\",\"0.1\""));
    assertProblem("probas[0]", "pair", GOOD.replace("\"0.9\"]", "\"0.9\",3]"));
    assertProblem("probas[1][1]", "probability", GOOD.replace("\"0.1\"", "\"most\""));
    assertProblem("urls", "at least one URL", GOOD.replace("[\"https://news.example/a\"]", "[]"));
    assertProblem("urls[0]", "URL", GOOD.replace("https://news.example/a", "news.example/a"));
    assertProblem("qids", "\"None\"", GOOD.replace("\"speaker\":\"A B\"", "\"speaker\":\"None\""));
    assertProblem("source", "unknown field", GOOD.replace("\"phase\"", "\"source\""));
    assertProblem("phase", "Duplicate field", GOOD.replace("}", ",\"phase\":\"D\"}"));
    assertProblem("", "expected a JSON object", "[1]");
    assertProblem("", "after the record", GOOD + " {}");
    assertProblem("quotation", "end-of-input", GOOD.substring(0, 40));
  }

  @Test
  void aQuotationReadTwiceIsRefusedNamingTheFirstLine() throws IOException {
    Path file = write("twice.jsonl", GOOD, "", GOOD);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Quotebank.read(file));
    assertEquals(3, e.line().getAsLong());
    assertEquals("quoteID", e.fieldPath().orElseThrow());
    assertTrue(e.reason().contains("line 1"), e.reason());
  }

  @Test
  void skipAndReportImportsTheGoodLinesAndReportsEveryBadOne() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((GOOD + "\n{\"quoteID\":\n\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'"', (byte) 0xC3, '"', '\n'});
    bytes.write((GOOD.replace("q1", "q2") + "\r\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    Path report = dir.resolve("report.tsv");

    ImportResult result = Quotebank.read(file, ImportOptions.skipAndReport(report));

    assertEquals(2, result.imported());
    assertEquals(3, result.skipped());
    assertEquals(List.of(2L, 4L, 6L), result.problems().stream().map(p -> p.line().getAsLong()).toList());
    assertEquals(2, result.ledger().statements().size());
    assertTrue(result.ledger().document(DocumentId.of("https://news.example/a")).isPresent());
    List<String> lines = Files.readAllLines(report);
    assertEquals("line\tcolumn\tfield\treason", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(2).startsWith("4\t\t\tnot valid UTF-8"), lines.get(2));
    assertTrue(lines.get(3).startsWith("6\t\tquoteID\t"), lines.get(3));
  }

  @Test
  void aLineLongerThanTheLimitIsConsumedAndReportedAtItsNumber() throws IOException {
    byte[] input = ("short\n" + "x".repeat(100) + "\nafter\n").getBytes(StandardCharsets.UTF_8);
    Lines lines = new Lines(new ByteArrayInputStream(input), "in", 50);
    assertEquals("short", lines.next());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, lines::next);
    assertEquals(2, e.line().getAsLong());
    assertTrue(e.reason().contains("longer than 50 bytes"), e.reason());
    assertEquals("after", lines.next());
    assertEquals(3, lines.number());
    assertEquals(null, lines.next());
  }

  @Test
  void aGzippedFileIsReadAsItIsDecompressed() throws IOException {
    Path file = dir.resolve("q.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(("\ufeff" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(1, Quotebank.read(file).statements().size());
  }

  @Test
  void aFileThatCannotBeReadIsAFormatProblemOfThatFile() {
    Path missing = dir.resolve("missing.jsonl");
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Quotebank.read(missing));
    assertEquals(missing.toString(), e.source());
  }

  @Test
  void aSpeakerMissingFromTheProbabilitiesIsAttributedWithoutConfidence() {
    String line = GOOD.replace("\"speaker\":\"A B\"", "\"speaker\":\"C D\"").replace("[\"Q1\"]", "[]");
    ImportResult result = Quotebank.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "in",
        ImportOptions.strict());
    assertEquals(3, result.ledger().attributions().size());
    assertTrue(result.ledger().attribution(LineImporter.attributionId("q1", 1, 1)).orElseThrow()
        .provenance().confidence().isEmpty());
    assertEquals(LineImporter.speakerId("C D"),
        result.ledger().attribution(LineImporter.attributionId("q1", 1, 1)).orElseThrow().speaker());
  }

  private void assertProblem(String field, String reasonPart, String line) throws IOException {
    Path file = write("bad.jsonl", GOOD.replace("q1", "q0"), line);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Quotebank.read(file), line);
    assertEquals(2, e.line().getAsLong(), e.getMessage());
    assertEquals(field, e.fieldPath().orElse(""), e.getMessage());
    assertTrue(e.reason().contains(reasonPart), e.getMessage());
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theOptionsReadLimitsBoundEachLine() throws IOException {
    Path file = write("q.jsonl", GOOD, GOOD.replace("q1", "q2").replace("words", "w".repeat(400)));
    ImportOptions small = ImportOptions.strict().withLimits(ReadLimits.builder().maxLineLength(350).build());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Quotebank.read(file, small));
    assertEquals(2, e.line().getAsLong());
    assertTrue(e.reason().contains("longer than 350 bytes"), e.reason());
    assertEquals(2, Quotebank.read(file, ImportOptions.strict()).imported());
  }
}

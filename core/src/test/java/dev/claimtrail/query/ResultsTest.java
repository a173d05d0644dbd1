package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results print for people (tables, jshell) and give typed data rows for programs. */
class ResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A harbour board member quoted first-hand, and a mayor quoted through her, in one article. */
  private static Ledger harbour() {
    Ledger.Builder b = Ledger.builder();
    b.add(Outlet.of(OutletId.of("gazette"), "Harbour Gazette", Outlet.Kind.NEWSPAPER));
    b.add(Speaker.of(SpeakerId.of("quill"), "Mara Quill", Speaker.Kind.PERSON));
    b.add(Speaker.of(SpeakerId.of("vance"), "Teodor Vance", Speaker.Kind.PERSON));
    b.add(Document.builder().id(DocumentId.of("story")).outlet(OutletId.of("gazette"))
        .published(PartialDate.ofDay(2024, 3, 12)).build());
    b.add(Statement.of(StatementId.of("s-ferry"), "the ferry will run all winter", Statement.Kind.INDIRECT));
    b.add(Statement.of(StatementId.of("s-bridge"), "The bridge reopens on Monday", Statement.Kind.DIRECT_QUOTE));
    b.add(attribution("a-ferry", "s-ferry", "quill").build());
    b.add(attribution("a-bridge", "s-bridge", "vance").via(AttributionId.of("a-ferry"))
        .said(TimeReference.of(PartialDate.ofDay(2024, 3, 11))).build());
    return b.build();
  }

  private static Attribution.Builder attribution(String id, String statement, String speaker) {
    return new Attribution.Builder().id(AttributionId.of(id)).statement(StatementId.of(statement))
        .speaker(SpeakerId.of(speaker)).document(DocumentId.of("story")).provenance(Provenance.curated("tests"));
  }

  @Test
  void columnsThatClashAreRefusedNamingTheHeadersOrKeys() {
    Column<String> word = Column.of("word", "word", 10, w -> w);
    IllegalArgumentException headers = assertThrows(IllegalArgumentException.class,
        () -> Results.of(List.of("a"), List.of(word, Column.of("word", "text", 10, w -> w))));
    assertEquals("two columns print under the same header: [word, word]", headers.getMessage());
    IllegalArgumentException keys = assertThrows(IllegalArgumentException.class,
        () -> Results.of(List.of("a"), List.of(word, Column.data("word", String::length))));
    assertEquals("two columns carry the same key: [word, word]", keys.getMessage());
    assertEquals(List.of("a"), Results.of(List.of("a"), List.of(word)).where(w -> true));
  }

  @Test
  void dataRowsOfQuotesAreTypedAndCarryTheIdsOfTheirRecords() throws Exception {
    JsonNode rows = JSON.readTree(harbour().quotes().list().toJson());
    JsonNode ferry = rows.get(0);
    assertEquals("a-ferry", ferry.get("attributionId").asText(), ferry::toString);
    assertEquals("quill", ferry.get("speakerId").asText());
    assertEquals("s-ferry", ferry.get("statementId").asText());
    assertEquals("story", ferry.get("documentId").asText());
    assertEquals("gazette", ferry.get("outletId").asText());
    assertEquals("Harbour Gazette", ferry.get("outlet").asText());
    assertEquals("2024-03-12", ferry.get("published").asText());
    assertTrue(ferry.get("said").isNull(), "an unknown time is null, not an empty string: " + ferry);
    assertTrue(ferry.get("via").isNull(), ferry::toString);
    JsonNode bridge = rows.get(1);
    assertEquals("2024-03-11", bridge.get("said").asText());
    assertEquals("Mara Quill", bridge.get("via").asText());
    assertEquals("a-ferry", bridge.get("viaAttributionId").asText());
  }

  @Test
  void dataRowsOfChainsHaveNumbersBooleansAndArrays() throws Exception {
    JsonNode chain = JSON.readTree(harbour().quotes().secondHand().chains().toJson()).get(0);
    assertTrue(chain.get("depth").isInt(), chain::toString);
    assertEquals(1, chain.get("depth").asInt());
    assertTrue(chain.get("primaryOnRecord").isBoolean(), chain::toString);
    assertFalse(chain.get("primaryOnRecord").asBoolean());
    assertEquals(List.of("Harbour Gazette", "Mara Quill", "Teodor Vance"),
        JSON.convertValue(chain.get("path"), List.class));
    assertEquals(List.of("a-ferry", "a-bridge"), JSON.convertValue(chain.get("linkIds"), List.class));
  }

  @Test
  void matchScoresAreNumbersAndKeysAreCamelCase() throws Exception {
    Results<QuoteMatch> matches = harbour().whoSaid("the bridge reopens on Monday");
    JsonNode best = JSON.readTree(matches.toJson()).get(0);
    assertTrue(best.get("score").isNumber(), best::toString);
    assertEquals(matches.get(0).score(), best.get("score").asDouble());
    for (String key : matches.keys()) {
      assertTrue(key.matches("[a-z][A-Za-z]*"), key);
    }
    assertTrue(matches.headers().contains("reported by"), "the table keeps its headers for people");
  }

  @Test
  void jsonLinesHoldOneRowPerLineAsTheJsonArrayDoes() throws Exception {
    Results<Quote> quotes = harbour().quotes().list();
    List<String> lines = quotes.toJsonLines().lines().toList();
    assertEquals(quotes.size(), lines.size());
    JsonNode array = JSON.readTree(quotes.toJson());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(array.get(i), JSON.readTree(lines.get(i)));
    }
  }

  @Test
  void csvHasTheDataKeysForHeaderAndAnEmptyCellForNull() {
    String csv = harbour().quotes().list().toCsv();
    String[] lines = csv.split("\r\n");
    assertEquals(String.join(",", harbour().quotes().list().keys()), lines[0]);
    assertTrue(lines[1].startsWith("a-ferry,Mara Quill,the ferry will run all winter,,"), csv);
  }

  @Test
  void tablesStartOnANewLineSoThatJshellsPrefixDoesNotShiftTheHeader() {
    Results<Quote> quotes = harbour().quotes().list();
    assertTrue(quotes.toString().startsWith("\nspeaker "), quotes.toString());
    assertEquals("\n" + quotes.format(), quotes.toString());
    assertTrue(quotes.get(0).toString().startsWith("\nspeaker "), quotes.get(0).toString());
    assertTrue(harbour().quotes().secondHand().chains().get(0).toString().startsWith("\na-bridge: depth 1"));
  }

  @Test
  void countsNameEachSectionEvenWhenItIsEmpty() {
    String counts = harbour().counts().toString();
    assertTrue(counts.startsWith("\nby speaker:\nspeaker "), counts);
    assertTrue(counts.contains("\n\nby month:\nmonth "), counts);
    Ledger noOutlet = Ledger.builder().addAll(harbour()).add(Document.of(DocumentId.of("story"))).build();
    assertTrue(noOutlet.counts().toString().contains("\n\nby outlet:\n(no rows)\n\nby stance:"),
        noOutlet.counts().toString());
  }

  @Test
  void printWritesEveryRowToStandardOutput() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      harbour().quotes().list().print();
    } finally {
      System.setOut(original);
    }
    assertEquals(harbour().quotes().list().format() + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void columnsOfOnesOwnRowsPrintAndGiveData() {
    Results<Integer> squares = Results.of(List.of(2, 3), List.of(
        Column.of("n", "n", 4, n -> n),
        Column.<Integer>of("square", "square", 8, n -> n * n).printedAs(n -> n + "²"),
        Column.data("even", n -> n % 2 == 0)));
    assertEquals("n | square\n- | ------\n2 | 2²\n3 | 3²", squares.format());
    assertEquals("[{\"n\":2,\"square\":4,\"even\":true},{\"n\":3,\"square\":9,\"even\":false}]",
        squares.toJsonLines().lines().reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElseThrow());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Results.of(List.of(1), List.of(Column.data("n", n -> n), Column.data("n", n -> n))));
    assertTrue(twice.getMessage().contains("[n, n]"), twice.getMessage());
    IllegalArgumentException spaced = assertThrows(IllegalArgumentException.class,
        () -> Column.data("reported by", n -> n));
    assertEquals("column key must be camelCase: 'reported by'", spaced.getMessage());
  }

  private static Results<String> texts(String... texts) {
    return Results.of(List.of(texts), List.of(Column.of("text", "text", 100, t -> t), Column.data("length", String::length)));
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreMadeText() {
    Results<String> rows = texts("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "\tx", "\rx", "plain", "a=b");
    assertEquals("text,length\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",26\r\n"
        + "'+cmd|' /C calc'!A0,18\r\n"
        + "'-2+3,4\r\n"
        + "'@SUM(A1),8\r\n"
        + "'\tx,2\r\n"
        + "\"'\rx\",2\r\n"
        + "plain,5\r\n"
        + "a=b,3\r\n", rows.toCsv());
    assertEquals("n\r\n-1\r\n", Results.of(List.of(-1), List.of(Column.data("n", n -> n))).toCsv());
  }

  @Test
  void theTableShowsControlAndBidiCharactersAsEscapesAndLineBreaksAsSpaces() {
    Results<String> rows = texts("\u001b[2Jbell\u0007 nul\u0000 del\u007f \u202eevil\u202c \u2066x\u2069\u200f",
        "line\u2028next\u0085last\r\n\tend");
    assertEquals(List.of(
        "\\u001B[2Jbell\\u0007 nul\\u0000 del\\u007F \\u202Eevil\\u202C \\u2066x\\u2069\\u200F",
        "line next last end"), rows.format().lines().skip(2).map(String::strip).toList());
  }

  @Test
  void jsonLinesEscapeTheUnicodeLineBreaks() {
    Results<String> rows = texts("a\u2028b\u2029c\u0085d");
    assertEquals("{\"text\":\"a\\u2028b\\u2029c\\u0085d\",\"length\":7}\n", rows.toJsonLines());
    assertFalse(rows.toJson().contains("\u2028"));
  }
}

package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LedgerFormatExceptionTest {

  @Test
  void messageNamesSourceLineColumnFieldAndReason() {
    LedgerFormatException e = LedgerFormatException.at(
        "ledger.json", 12, 7, "attributions[3].speaker", "unknown speaker id \"x\"");
    assertEquals("ledger.json:12:7: attributions[3].speaker: unknown speaker id \"x\"", e.getMessage());
    assertEquals("ledger.json", e.source());
    assertEquals(OptionalLong.of(12), e.line());
    assertEquals(OptionalLong.of(7), e.column());
    assertEquals(Optional.of("attributions[3].speaker"), e.fieldPath());
    assertEquals("unknown speaker id \"x\"", e.reason());
  }

  @Test
  void messageLeavesOutWhatIsNotKnown() {
    assertEquals("<stdin>: not a claimtrail ledger",
        LedgerFormatException.of("<stdin>", "not a claimtrail ledger").getMessage());
    assertEquals("big.jsonl:40: bad line",
        LedgerFormatException.atLine("big.jsonl", 40, "", "bad line").getMessage());
    assertEquals("dump.bin: byte 1024: name: too long",
        LedgerFormatException.atOffset("dump.bin", 1024, "name", "too long").getMessage());
  }

  @Test
  void jacksonLocationGivesLineAndColumn() {
    JsonLocation location = new JsonLocation(ContentReference.unknown(), 300, 3, 9);
    assertEquals("a.json:3:9: speakers[0]: bad",
        LedgerFormatException.at("a.json", location, "speakers[0]", "bad").getMessage());
  }

  @Test
  void lineReaderMovesAnExceptionToTheLineOfTheWholeInput() {
    LedgerFormatException inLine = LedgerFormatException.at("<line>", 1, 5, "name", "bad");
    assertEquals("x.jsonl:77:5: speaker.name: bad", inLine.onLine("x.jsonl", 77).inField("speaker").getMessage());
    assertEquals("x.jsonl:77:5: aliases[2]: bad",
        LedgerFormatException.at("x.jsonl", 77, 5, "[2]", "bad").inField("aliases").getMessage());
  }

  @Test
  void causeCanBeRecordedOnce() {
    IllegalStateException cause = new IllegalStateException("low level");
    assertSame(cause, LedgerFormatException.of("f", "r").causedBy(cause).getCause());
  }
}

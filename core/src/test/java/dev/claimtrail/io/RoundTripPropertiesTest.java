package dev.claimtrail.io;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a ledger and reading it back gives the same records, in both forms, and stable bytes. */
class RoundTripPropertiesTest {
  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  @Property(tries = 100)
  void jsonReadsBackWhatItWrote(@ForAll("ledgers") Ledger ledger) {
    byte[] written = bytes(ledger, LedgerJson::write);
    Ledger read = LedgerJson.read(new ByteArrayInputStream(written), "<memory>");
    assertSameRecords(ledger, read);
    assertArrayEquals(written, bytes(read, LedgerJson::write));
  }

  @Property(tries = 100)
  void jsonLinesReadBackWhatTheyWrote(@ForAll("ledgers") Ledger ledger) {
    byte[] written = bytes(ledger, LedgerJsonLines::write);
    Ledger read = LedgerJsonLines.read(new ByteArrayInputStream(written), "<memory>");
    assertSameRecords(ledger, read);
    assertArrayEquals(written, bytes(read, LedgerJsonLines::write));
  }

  @Property(tries = 25)
  void emptyAndGeneratedLedgersCrossBetweenTheForms(@ForAll("ledgers") Ledger ledger) {
    for (Ledger each : new Ledger[] {ledger, Ledger.empty()}) {
      Ledger viaLines = LedgerJsonLines.read(new ByteArrayInputStream(bytes(each, LedgerJsonLines::write)), "<lines>");
      assertArrayEquals(bytes(each, LedgerJson::write), bytes(viaLines, LedgerJson::write));
    }
  }

  static byte[] bytes(Ledger ledger, BiConsumer<Ledger, java.io.OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(ledger, out);
    return out.toByteArray();
  }
}

package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.claimtrail.ledger.Ledger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostileInputTest {
  @Test
  void tenMegabytesOfQuoteMarksFinishWithinAMinute() {
    String marks = "\"".repeat(10_000_000);
    Ledger ledger = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Extractor.standard().extract(marks));
    assertEquals(1, ledger.documents().size());
  }

  @Test
  void oneEndlessSentenceOfReportingVerbsFinishesWithinAMinute() {
    String text = "Smith said that Jones said that ".repeat(100_000);
    Ledger ledger = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Extractor.standard().extract(text));
    assertEquals(1, ledger.documents().size());
  }

  @Test
  void mixedCurlyMarksWithoutClosersFinishWithinAMinute() {
    String text = "“a “b ‘c ” \n".repeat(300_000);
    Ledger ledger = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Extractor.standard().extract(text));
    assertEquals(1, ledger.documents().size());
  }
}

package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Pathological texts finish within a generous bound (the extractor is linear; the bound only
 * catches a hang or a quadratic blow-up), and a text above the length limit is refused.
 */
class HostileInputTest {
  private static final int TEN_MEGABYTES = 10_000_000;
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static String repeatTo(String piece, int length) {
    return piece.repeat(length / piece.length() + 1).substring(0, length);
  }

  private static void extractsWithinTheBound(String text) {
    Ledger ledger = assertTimeoutPreemptively(BOUND, () -> Extractor.standard().extract(text));
    assertEquals(1, ledger.documents().size());
    ledger.attributions().forEach(a -> a.evidence().forEach(span -> assertTrue(span.slices(text), span::toString)));
  }

  @Test
  void tenMegabytesOfStraightQuoteMarksFinishWithinAMinute() {
    extractsWithinTheBound("\"".repeat(TEN_MEGABYTES));
  }

  @Test
  void tenMegabytesOfMixedQuoteMarksFinishWithinAMinute() {
    extractsWithinTheBound(repeatTo("\"“”„«»‟″'‘’\"\n“", TEN_MEGABYTES));
  }

  @Test
  void tenMegabytesWithoutASentenceEndFinishWithinAMinute() {
    extractsWithinTheBound(repeatTo("the minister said that officials, who met in the capital on Monday"
        + " and again on Tuesday, warned about the cost of living for families in the region, according"
        + " to Ana Ruiz, ", TEN_MEGABYTES));
  }

  @Test
  void tenMegabytesOfCapitalizedWordsFinishWithinAMinute() {
    extractsWithinTheBound(repeatTo("Minister Ana Ruiz Of The Daily News Said ", TEN_MEGABYTES));
  }

  @Test
  void oneHugeWordFinishesWithinAMinute() {
    extractsWithinTheBound(repeatTo("a", TEN_MEGABYTES));
  }

  @Test
  void deeplyNestedQuotesFinishWithinAMinute() {
    int depth = 200_000;
    String text = "“‘\"".repeat(depth) + " it is over, said Ana Ruiz " + "\"’”".repeat(depth);
    extractsWithinTheBound(text);
  }

  @Test
  void oneEndlessSentenceOfReportingVerbsFinishesWithinAMinute() {
    extractsWithinTheBound("Smith said that Jones said that ".repeat(100_000));
  }

  @Test
  void splitQuotesWithoutEndFinishWithinAMinute() {
    extractsWithinTheBound("\"We will win,\" she said, \"and we will".repeat(200_000));
  }

  @Test
  void mixedCurlyMarksWithoutClosersFinishWithinAMinute() {
    extractsWithinTheBound("“a “b ‘c ” \n".repeat(300_000));
  }

  @Test
  void aTextAboveTheLimitIsRefusedWithAnErrorNamingTheLimit() {
    Extractor extractor = Extractor.standard().withMaxTextLength(1000);
    String text = "x".repeat(1001);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.extract(text));
    assertEquals("text of 1001 characters is longer than the extractor's limit of 1000 characters;"
        + " split it into its articles", e.getMessage());
    assertEquals(1, extractor.extract(text.substring(1)).documents().size());
  }

  @Test
  void theStandardLimitIsAHundredMebicharacters() {
    Supplier<Integer> limit = Extractor.standard()::maxTextLength;
    assertEquals(100 * 1024 * 1024, limit.get());
    assertEquals(Extractor.MAX_TEXT_LENGTH, limit.get());
    assertThrows(IllegalArgumentException.class, () -> Extractor.standard().withMaxTextLength(-1));
  }
}

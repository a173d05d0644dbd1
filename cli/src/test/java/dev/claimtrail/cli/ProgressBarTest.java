package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void aVisibleBarRedrawsInPlaceAndEndsItsLine() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "extracting", 4_000_000, true)) {
      bar.advance(1_000_000);
      bar.advance(3_000_000);
    }
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\rextracting [#######                       ]  25% 1.0/4.0 MB"), drawn);
    assertTrue(drawn.endsWith("\rextracting [" + "#".repeat(30) + "] 100% 4.0/4.0 MB"
        + System.lineSeparator()), drawn);
  }

  @Test
  void aHiddenBarPrintsNothing() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "extracting", 10, false)) {
      bar.advance(10);
    }
    assertEquals("", err.toString());
  }

  @Test
  void smallInputsGetNoBarEvenOnATerminal() {
    StringWriter err = new StringWriter();
    try (ProgressBar bar = ProgressBar.forBytes(new PrintWriter(err), "extracting", 1000)) {
      bar.advance(1000);
    }
    assertEquals("", err.toString());
  }
}

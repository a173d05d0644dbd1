package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildALedgerByHandTest {
  @Test
  void printsTheMayorsQuoteWithTheDateItWasSaid() throws Exception {
    String out = Output.of(BuildALedgerByHand::main);
    assertTrue(out.contains("Ana Moreno: \"The bridge reopens on Monday.\" (2024-03-01)"), out);
  }

  @Test
  void theLedgerHoldsOneOfEachRecordItWasGiven() {
    assertEquals(
        "Ledger[1 speakers, 1 outlets, 1 documents, 1 statements, 1 attributions, 0 claims]",
        BuildALedgerByHand.ledger().toString());
  }
}

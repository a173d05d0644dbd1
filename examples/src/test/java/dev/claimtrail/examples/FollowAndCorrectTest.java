package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FollowAndCorrectTest {
  @Test
  void listsTheChainsThroughRtAndCorrectsACopyLeavingTheLedgerAsItWas() throws Exception {
    String out = Output.fromTheRoot(FollowAndCorrect.class);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("Vladimir Putin") && l.contains("› RT ›")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("first chain: ") && l.contains("RT")), out);
    assertTrue(out.contains("corrected: Dmytro Ivanovych Kuleba"), out);
    assertTrue(out.contains("original:  Dmytro Kuleba"), out);
  }
}

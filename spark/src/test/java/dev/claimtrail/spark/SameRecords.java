package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;

/** Compares ledgers record by record, in ledger order. */
final class SameRecords {
  private SameRecords() {}

  static void assertSameRecords(Ledger expected, Ledger actual) {
    assertEquals(expected.speakers(), actual.speakers());
    assertEquals(expected.outlets(), actual.outlets());
    assertEquals(expected.documents(), actual.documents());
    assertEquals(expected.statements(), actual.statements());
    assertEquals(expected.attributions(), actual.attributions());
    assertEquals(expected.claims(), actual.claims());
  }
}

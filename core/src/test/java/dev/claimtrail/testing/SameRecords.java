package dev.claimtrail.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;

/** Compares ledgers record by record, in ledger order; shared with the tests of the modules built on core. */
public final class SameRecords {
  private SameRecords() {}

  /** Asserts that both ledgers list the same records of every kind in the same order. */
  public static void assertSameRecords(Ledger expected, Ledger actual) {
    assertEquals(expected.speakers(), actual.speakers());
    assertEquals(expected.outlets(), actual.outlets());
    assertEquals(expected.documents(), actual.documents());
    assertEquals(expected.statements(), actual.statements());
    assertEquals(expected.attributions(), actual.attributions());
    assertEquals(expected.claims(), actual.claims());
  }
}

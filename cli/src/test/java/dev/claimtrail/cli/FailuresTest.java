package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void aMissingFileIsNamed() {
    assertEquals("no such file: a/b.json",
        Failures.describe(new UncheckedIOException(new NoSuchFileException("a/b.json"))));
  }

  @Test
  void aFailureWithAMessageIsDescribedByItsMessage() {
    assertEquals("ledger.json:3:7: unknown field 'spekaer'",
        Failures.describe(new IllegalArgumentException("ledger.json:3:7: unknown field 'spekaer'")));
  }

  @Test
  void aFailureWithoutAMessageIsDescribedByItsType() {
    assertEquals("NullPointerException", Failures.describe(new NullPointerException()));
  }
}

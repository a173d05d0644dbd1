package dev.claimtrail.io;

import static dev.claimtrail.testing.SameAnswers.assertSameAnswers;
import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.seed.SeedFiles;
import dev.claimtrail.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * A snapshot gives back the records it was written from, and a ledger that answers every question
 * as the one written (its indexes are stored, not built again), in version 2 as in version 1; a
 * damaged snapshot is refused: every cut
 * and every changed byte is caught by the lengths and checksums, so no read returns another ledger;
 * any mix of cuts, overwrites, deletions and insertions is refused with its byte offset.
 */
class LedgerSnapshotPropertiesTest {
  private static final Ledger SEED = SeedFiles.ledger();
  private static final byte[] SEED_SNAPSHOT = snapshot(SEED);

  @Provide
  Arbitrary<Ledger> ledgers() {
    return Generators.ledgers();
  }

  @Property(tries = 100)
  void snapshotReadsBackWhatItWrote(@ForAll("ledgers") Ledger ledger) {
    byte[] written = snapshot(ledger);
    Ledger read = read(written);
    assertSameRecords(ledger, read);
    assertArrayEquals(written, snapshot(read));
    assertArrayEquals(RoundTripPropertiesTest.bytes(ledger, LedgerJsonLines::write),
        RoundTripPropertiesTest.bytes(read, LedgerJsonLines::write));
  }

  @Property(tries = 100)
  void aReadSnapshotAnswersAsTheLedgerWritten(@ForAll("ledgers") Ledger ledger) {
    assertSameAnswers(ledger, read(snapshot(ledger)));
  }

  @Property(tries = 50)
  void aVersionOneSnapshotStillReadsBack(@ForAll("ledgers") Ledger ledger) {
    Ledger read = read(recordsOnly(ledger));
    assertSameRecords(ledger, read);
    assertSameAnswers(ledger, read);
  }

  @Property(tries = 50)
  void aLedgerGrownInStepsReadsBackInItsOrder(@ForAll("ledgers") Ledger ledger) {
    Statement first = ledger.statements().get(0);
    Ledger grown = ledger.toBuilder().add(first.withText(first.text() + " again")).build();
    Ledger read = read(snapshot(grown));
    assertSameRecords(grown, read);
    assertSameAnswers(grown, read);
  }

  @Property(tries = 200)
  void aCutSnapshotIsRefused(@ForAll("ledgers") Ledger ledger, @ForAll @DoubleRange(max = 1, maxIncluded = false) double at) {
    byte[] written = snapshot(ledger);
    byte[] cut = Arrays.copyOf(written, (int) (at * written.length));
    assertThrows(LedgerFormatException.class, () -> read(cut));
  }

  @Property(tries = 300)
  void aChangedByteIsRefused(@ForAll("ledgers") Ledger ledger, @ForAll @DoubleRange(max = 1) double at,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    byte[] damaged = snapshot(ledger);
    int position = Math.min(damaged.length - 1, (int) (at * damaged.length));
    damaged[position] ^= (byte) flip;
    assertThrows(LedgerFormatException.class, () -> read(damaged));
  }

  @Property(tries = 100)
  void aChangedByteOfAFileIsRefusedOnOpeningOrWhenItsSectionIsRead(@ForAll("ledgers") Ledger ledger,
      @ForAll @DoubleRange(max = 1) double at, @ForAll @IntRange(min = 1, max = 255) int flip) throws IOException {
    byte[] damaged = snapshot(ledger);
    int position = Math.min(damaged.length - 1, (int) (at * damaged.length));
    damaged[position] ^= (byte) flip;
    Path file = Files.createTempFile("damaged", LedgerSnapshot.EXTENSION);
    try {
      Files.write(file, damaged);
      assertThrows(LedgerFormatException.class, () -> readEveryRecord(LedgerSnapshot.read(file)));
    } finally {
      Files.delete(file);
    }
  }

  /** Reads every record of {@code ledger}, and with them every string they hold. */
  static void readEveryRecord(Ledger ledger) {
    for (List<?> records : List.of(ledger.speakers(), ledger.outlets(), ledger.documents(), ledger.statements(),
        ledger.attributions(), ledger.claims())) {
      records.forEach(Objects::requireNonNull);
    }
  }

  @Provide
  Arbitrary<byte[]> damagedSeedSnapshots() {
    return Generators.damaged(List.of(SEED_SNAPSHOT), List.of("\u0000", "\u0089CTSNAP\n", "x"), 4);
  }

  @Property(tries = 300)
  void aDamagedSnapshotIsRefusedOrUnchanged(@ForAll("damagedSeedSnapshots") byte[] damaged) {
    try {
      assertSameRecords(SEED, read(damaged));
    } catch (LedgerFormatException refused) {
      assertTrue(refused.getMessage().startsWith("<memory>: byte "), refused.getMessage());
    }
  }

  static byte[] snapshot(Ledger ledger) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerSnapshot.write(ledger, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A version-1 snapshot of {@code ledger}: its records without their indexes. */
  static byte[] recordsOnly(Ledger ledger) {
    return written(section -> section.records(ledger), null, SnapshotLayout.RECORDS_ONLY);
  }

  /**
   * The snapshot of format {@code version} of the records {@code records} gives for each section,
   * with the stored indexes {@code indexes} (null for version 1).
   */
  static byte[] written(Function<Section, List<?>> records, byte[] indexes, int version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerSnapshot.write(records, indexes, version, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Ledger read(byte[] snapshot) {
    return LedgerSnapshot.read(new ByteArrayInputStream(snapshot), "<memory>");
  }
}

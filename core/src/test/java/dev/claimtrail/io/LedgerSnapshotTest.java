package dev.claimtrail.io;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.IndexImage;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.seed.SeedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading snapshots, and the errors that name what is wrong with a bad one. */
class LedgerSnapshotTest {
  private static final Ledger SEED = SeedFiles.ledger();

  @TempDir Path dir;

  @Test
  void saveToACtlFileWritesASnapshotThatLoadGivesBack() throws IOException {
    Path file = dir.resolve("seed.ctl");
    SEED.save(file);
    assertArrayEquals(SnapshotLayout.MAGIC, Arrays.copyOf(Files.readAllBytes(file), 8));
    assertSameRecords(SEED, Ledger.load(file));
  }

  @Test
  void loadKnowsASnapshotByItsMagicBytesWhateverItsName() throws IOException {
    Path file = dir.resolve("seed.json");
    Files.write(file, LedgerSnapshotPropertiesTest.snapshot(SEED));
    assertSameRecords(SEED, Ledger.load(file));
  }

  @Test
  void aSnapshotIsSmallerThanTheJsonLinesOfTheSameLedger() {
    assertTrue(LedgerSnapshotPropertiesTest.snapshot(SEED).length
        < RoundTripPropertiesTest.bytes(SEED, LedgerJsonLines::write).length);
  }

  @Test
  void jsonIsNotASnapshot() {
    byte[] json = RoundTripPropertiesTest.bytes(SEED, LedgerJson::write);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(json));
    assertTrue(e.getMessage().startsWith("<memory>"), e.getMessage());
    assertTrue(e.getMessage().contains("not a claimtrail snapshot"), e.getMessage());
  }

  @Test
  void anotherVersionIsRefusedNamingIt() {
    byte[] snapshot = LedgerSnapshotPropertiesTest.snapshot(SEED);
    ByteBuffer.wrap(snapshot).putInt(SnapshotLayout.MAGIC.length, 3);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals(8, e.byteOffset().getAsLong());
    assertEquals("header.version", e.fieldPath().orElseThrow());
    assertTrue(e.reason().startsWith("snapshot format version 3 is not a version this reader knows (1 or 2)"), e.reason());
  }

  @Test
  void aTruncatedFileIsRefusedWithItsLengths() {
    byte[] snapshot = LedgerSnapshotPropertiesTest.snapshot(SEED);
    byte[] cut = Arrays.copyOf(snapshot, snapshot.length - 10);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(cut));
    assertEquals("the file is truncated: it has " + cut.length + " bytes, its sections need " + snapshot.length, e.reason());
  }

  @Test
  void aDamagedSectionIsNamedWithItsOffset() {
    byte[] snapshot = LedgerSnapshotPropertiesTest.snapshot(SEED);
    snapshot[snapshot.length - 3] ^= 0x10;
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals("indexes", e.fieldPath().orElseThrow());
    assertEquals("the section's checksum does not match: the file is damaged", e.reason());
    assertTrue(e.byteOffset().isPresent());
  }

  @Test
  void aDamagedFileIsRefusedWhenReadFromDisk() throws IOException {
    byte[] snapshot = LedgerSnapshotPropertiesTest.snapshot(SEED);
    snapshot[snapshot.length / 2] ^= 0x01;
    Path file = dir.resolve("damaged.ctl");
    Files.write(file, snapshot);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Ledger.load(file));
    assertEquals(file.toString(), e.source());
  }

  @Test
  void aReferenceToNothingNamesTheRecordAndField() {
    Statement statement = Statement.builder().id(StatementId.of("s1")).text("We will rebuild.")
        .kind(Statement.Kind.DIRECT_QUOTE).build();
    Attribution dangling = Attribution.builder().id(AttributionId.of("a1")).statement(statement.id())
        .speaker(SpeakerId.of("nobody")).document(DocumentId.of("nowhere")).provenance(Provenance.curated("test")).build();
    byte[] snapshot = snapshotOf(Map.of(Section.STATEMENTS, List.of(statement), Section.ATTRIBUTIONS, List.of(dangling)));
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertTrue(e.fieldPath().orElseThrow().startsWith("attributions[0]."), e.getMessage());
    assertTrue(e.reason().contains("nobody"), e.reason());
  }

  @Test
  void anIdListedTwiceIsRefusedRatherThanReplaced() {
    Statement first = Statement.builder().id(StatementId.of("s1")).text("One.").kind(Statement.Kind.DIRECT_QUOTE).build();
    Statement again = first.withText("Two.");
    byte[] snapshot = snapshotOf(Map.of(Section.STATEMENTS, List.of(first, again)));
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals("statements[1].id", e.fieldPath().orElseThrow());
    assertEquals("id 's1' is already the id of statements[0]", e.reason());
  }

  @Test
  void anEmptyLedgerReadsBackEmpty() {
    Ledger read = LedgerSnapshotPropertiesTest.read(LedgerSnapshotPropertiesTest.snapshot(Ledger.empty()));
    assertSameRecords(Ledger.empty(), read);
    assertEquals(0, read.segmentCount());
  }

  @Test
  void indexesCutShortAreRefusedNamingTheSectionAndOffset() {
    byte[] indexes = IndexImage.of(SEED);
    byte[] snapshot = snapshotOf(SEED, Arrays.copyOf(indexes, indexes.length - 2));
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals("indexes", e.fieldPath().orElseThrow());
    assertTrue(e.byteOffset().getAsLong() > snapshot.length - indexes.length, e.getMessage());
    assertTrue(e.reason().startsWith("the stored indexes do not fit the records: "), e.reason());
  }

  @Test
  void indexesOfOtherRecordsAreRefused() {
    Statement statement = Statement.builder().id(StatementId.of("s1")).text("One.").kind(Statement.Kind.DIRECT_QUOTE).build();
    byte[] snapshot = snapshotOf(SEED, IndexImage.of(Ledger.builder().add(statement).build()));
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals("indexes", e.fieldPath().orElseThrow());
    assertTrue(e.reason().contains("the indexes are of [0, 0, 0, 1, 0, 0] records, not of ["), e.reason());
  }

  @Test
  void aVersionOneSnapshotIsStillCheckedAsItWas() {
    byte[] snapshot = LedgerSnapshotPropertiesTest.recordsOnly(SEED);
    assertEquals(1, ByteBuffer.wrap(snapshot).getInt(SnapshotLayout.MAGIC.length));
    assertSameRecords(SEED, LedgerSnapshotPropertiesTest.read(snapshot));
    snapshot[snapshot.length - 3] ^= 0x10;
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals("claims", e.fieldPath().orElseThrow());
  }

  @Test
  void aStringThatIsNotWtf8IsRefusedInTheStringTable() {
    byte[] bad = {'a', (byte) 0xC0, (byte) 0x80};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wtf8.decode(bad, 0, bad.length));
    assertTrue(e.getMessage().contains("at byte 1 "), e.getMessage());
  }

  @Test
  void loneSurrogatesSurviveTheStringTable() {
    String text = "a\uD800b\uDC00c\uD83D\uDE00";
    byte[] encoded = Wtf8.encode(text);
    assertEquals(text, Wtf8.decode(encoded, 0, encoded.length));
  }

  private static byte[] snapshotOf(Ledger ledger, byte[] indexes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerSnapshot.write(section -> section.records(ledger), indexes, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] snapshotOf(Map<Section, List<?>> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerSnapshot.write(section -> records.getOrDefault(section, List.of()), null, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

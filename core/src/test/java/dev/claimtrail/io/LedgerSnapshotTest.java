package dev.claimtrail.io;

import static dev.claimtrail.testing.SameAnswers.assertSameAnswers;
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
import com.google.common.primitives.Bytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void aLedgerReadFromAFileKeepsItsRecordsWhenTheFileIsSavedOver() {
    Path file = dir.resolve("seed.ctl");
    SEED.save(file);
    Ledger opened = Ledger.load(file);
    Ledger.builder().build().save(file);
    assertSameRecords(SEED, opened);
    assertSameAnswers(SEED, opened);
    assertEquals(0, Ledger.load(file).attributions().size());
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
    ByteBuffer.wrap(snapshot).putInt(SnapshotLayout.MAGIC.length, 4);
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> LedgerSnapshotPropertiesTest.read(snapshot));
    assertEquals(8, e.byteOffset().getAsLong());
    assertEquals("header.version", e.fieldPath().orElseThrow());
    assertTrue(e.reason().startsWith("snapshot format version 4 is not a version this reader knows (1, 2 or 3)"), e.reason());
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
    LedgerFormatException e = assertThrows(LedgerFormatException.class,
        () -> LedgerSnapshotPropertiesTest.readEveryRecord(Ledger.load(file)));
    assertEquals(file.toString(), e.source());
    assertEquals("the section's checksum does not match: the file is damaged", e.reason());
  }

  @Test
  void aMappedSectionIsCheckedWhenFirstReadAndNamedIfDamaged() throws IOException {
    byte[] snapshot = LedgerSnapshotPropertiesTest.snapshot(SEED);
    SnapshotLayout layout = SnapshotLayout.read(snapshot, snapshot.length, snapshot.length, "seed");
    int attributions = Section.ATTRIBUTIONS.ordinal() + 1;
    snapshot[(int) (layout.offset(attributions) + layout.length(attributions) - 1)] ^= 0x01;
    Path file = dir.resolve("damaged.ctl");
    Files.write(file, snapshot);
    Ledger opened = Ledger.load(file);
    assertEquals(SEED.speakers(), opened.speakers());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> opened.attributions().get(0));
    assertEquals("attributions", e.fieldPath().orElseThrow());
    assertEquals(layout.offset(attributions), e.byteOffset().orElseThrow());
    assertThrows(LedgerFormatException.class, () -> opened.attributions().get(1), "it stays refused");
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
  void aRecordIsDecodedWhenFirstReadAndABrokenOneNamedThen() {
    Statement statement = Statement.builder().id(StatementId.of("s1")).text("We will rebuild.")
        .kind(Statement.Kind.DIRECT_QUOTE).build();
    Ledger ledger = Ledger.builder().add(statement).build();
    byte[] snapshot = replacedKeepingChecksums(LedgerSnapshotPropertiesTest.snapshot(ledger), "DIRECT_QUOTE", "DIRECT_QUOTX");
    Ledger opened = LedgerSnapshotPropertiesTest.read(snapshot);
    assertEquals(1, opened.statements().size());
    LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> opened.statements().get(0));
    assertEquals("statements[0].kind", e.fieldPath().orElseThrow());
    assertEquals("'DIRECT_QUOTX' is not a Kind constant", e.reason());
  }

  @Test
  void threadsReadingAnOpenedSnapshotAtOnceEachSeeEveryRecordWhole() throws Exception {
    List<Attribution> expected = SEED.attributions();
    Path file = dir.resolve("seed.ctl");
    SEED.save(file);
    for (int round = 0; round < 20; round++) {
      // Odd rounds map the file, whose sections are checked by the first thread to read them.
      Ledger opened = round % 2 == 0 ? LedgerSnapshotPropertiesTest.read(LedgerSnapshotPropertiesTest.snapshot(SEED))
          : Ledger.load(file);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Attribution>>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          boolean backwards = t % 2 == 1;
          reads.add(threads.submit(() -> {
            List<Attribution> records = opened.attributions();
            Attribution[] seen = new Attribution[records.size()];
            for (int k = 0; k < seen.length; k++) {
              int i = backwards ? seen.length - 1 - k : k;
              seen[i] = records.get(i);
            }
            return List.of(seen);
          }));
        }
        for (Future<List<Attribution>> read : reads) {
          assertEquals(expected, read.get());
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void aVersionTwoSnapshotWithoutOffsetTablesIsStillRead() {
    byte[] snapshot = LedgerSnapshotPropertiesTest.written(section -> section.records(SEED), IndexImage.of(SEED),
        SnapshotLayout.INDEXED);
    assertEquals(2, ByteBuffer.wrap(snapshot).getInt(SnapshotLayout.MAGIC.length));
    assertTrue(snapshot.length < LedgerSnapshotPropertiesTest.snapshot(SEED).length, "no offset tables");
    Ledger read = LedgerSnapshotPropertiesTest.read(snapshot);
    assertSameRecords(SEED, read);
    String printed = SEED.statements().get(0).text();
    assertTrue(read.whoSaidExactly(printed).size() > 0, "its stored indexes answer");
    assertEquals(SEED.whoSaidExactly(printed).size(), read.whoSaidExactly(printed).size());
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
    return LedgerSnapshotPropertiesTest.written(section -> section.records(ledger), indexes, SnapshotLayout.VERSION);
  }

  /**
   * {@code snapshot} with the first occurrence of {@code from} replaced by {@code to}, of the same
   * length, and the checksums made to match again: a file the checksums cannot tell from a good one.
   */
  private static byte[] replacedKeepingChecksums(byte[] snapshot, String from, String to) {
    byte[] changed = snapshot.clone();
    byte[] target = from.getBytes(StandardCharsets.US_ASCII);
    int at = Collections.indexOfSubList(Bytes.asList(changed), Bytes.asList(target));
    assertTrue(at > 0, "the snapshot holds " + from);
    System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, changed, at, target.length);
    int version = ByteBuffer.wrap(changed).getInt(SnapshotLayout.MAGIC.length);
    SnapshotLayout layout = SnapshotLayout.read(changed, SnapshotLayout.headerLength(version), changed.length, "f.ctl");
    List<byte[]> contents = new ArrayList<>();
    int[] lengths = new int[SnapshotLayout.sectionCount(version)];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = layout.length(i);
      contents.add(Arrays.copyOfRange(changed, (int) layout.offset(i), (int) layout.offset(i) + lengths[i]));
    }
    byte[] header = SnapshotLayout.header(version, contents, lengths);
    System.arraycopy(header, 0, changed, 0, header.length);
    return changed;
  }

  private static byte[] snapshotOf(Map<Section, List<?>> records) {
    return LedgerSnapshotPropertiesTest.written(section -> records.getOrDefault(section, List.of()), null,
        SnapshotLayout.RECORDS_ONLY);
  }
}

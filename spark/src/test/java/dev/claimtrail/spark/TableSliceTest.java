package dev.claimtrail.spark;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.TimeReference;
import dev.claimtrail.seed.SeedFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSliceTest {
  private static SparkSession spark;
  private static Ledger seed;
  private static LedgerTables tables;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
    seed = SeedFiles.ledger();
    tables = LedgerTables.of(spark, seed);
  }

  /** The ids of the seed's attributions that {@code kept} keeps, in ledger order. */
  private static List<String> attributions(Predicate<Attribution> kept) {
    return seed.attributions().stream().filter(kept).map(a -> a.id().value()).toList();
  }

  private static List<String> ids(Ledger ledger) {
    return ledger.attributions().stream().map(a -> a.id().value()).toList();
  }

  private static List<String> ids(LedgerTables slice) {
    return slice.attributions().orderBy("ordinal").select("id").as(Encoders.STRING()).collectAsList();
  }

  @Test
  void speakerSliceIsALedgerFileThatLoadsWithTheSpeakersAttributions(@TempDir Path dir) {
    Speaker speaker = seed.speakers().stream()
        .max(Comparator.comparingInt((Speaker s) -> seed.attributionsBy(s.id()).size())).orElseThrow();
    Path file = dir.resolve("speaker.jsonl");

    Ledger written = TableSlice.bySpeaker(speaker.id().value()).write(tables, file);

    Ledger loaded = Ledger.load(file);
    assertSameRecords(written, loaded);
    assertEquals(attributions(a -> a.speaker().equals(speaker.id())), ids(loaded));
    assertTrue(loaded.speaker(speaker.id()).isPresent());
  }

  @Test
  void outletClaimAndDateSlicesHoldTheirAttributionsAndWhatTheyReferTo(@TempDir Path dir) {
    Document published = seed.documents().stream().filter(d -> d.outlet().isPresent()).findFirst().orElseThrow();
    OutletId outlet = published.outlet().orElseThrow();
    Ledger byOutlet = TableSlice.byOutlet(outlet.value()).write(tables, dir.resolve("outlet.json"));
    assertSameRecords(byOutlet, Ledger.load(dir.resolve("outlet.json")));
    assertEquals(attributions(a -> seed.document(a.document()).flatMap(Document::outlet).equals(Optional.of(outlet))),
        ids(byOutlet));
    assertTrue(byOutlet.document(published.id()).isPresent(), "the outlet's documents");

    Claim claim = seed.claims().stream().filter(c -> seed.attributions().stream()
        .anyMatch(a -> a.claimStances().stream().anyMatch(s -> s.claim().equals(c.id())))).findFirst().orElseThrow();
    LedgerTables byClaim = TableSlice.byClaim(claim.id().value()).of(tables);
    assertEquals(attributions(a -> a.claimStances().stream().anyMatch(s -> s.claim().equals(claim.id()))),
        ids(byClaim));
    assertEquals(List.of(claim.id().value()), byClaim.claims().select("id").as(Encoders.STRING()).collectAsList());

    List<LocalDate> days = seed.attributions().stream().flatMap(a -> a.said().stream())
        .map(t -> t.date().firstDay()).sorted().toList();
    assertFalse(days.isEmpty(), "the seed tells when things were said");
    PartialDate from = PartialDate.of(days.get(0));
    PartialDate to = PartialDate.of(days.get(days.size() / 2));
    List<String> said = ids(TableSlice.saidBetween(from, to).of(tables));
    assertEquals(attributions(a -> a.said().filter(t -> within(t, from, to)).isPresent()), said);
    assertFalse(said.isEmpty());
  }

  private static boolean within(TimeReference said, PartialDate from, PartialDate to) {
    return !said.date().firstDay().isBefore(from.firstDay())
        && !said.until().orElse(said.date()).lastDay().isAfter(to.lastDay());
  }

  @Test
  void dateRangeThatEndsBeforeItBeginsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TableSlice.saidBetween(PartialDate.parse("2024-07"), PartialDate.parse("2024-06-30")));
    assertEquals("date range ends before it begins: 2024-07 to 2024-06-30", e.getMessage());
  }
}

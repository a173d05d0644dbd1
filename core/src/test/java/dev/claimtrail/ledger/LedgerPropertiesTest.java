package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.text.QuoteText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LedgerPropertiesTest {

  /** Ledgers grown batch by batch from one seed, every snapshot kept. */
  static List<Ledger> grow(long seed, int batches) {
    RandomRecords records = new RandomRecords(seed);
    List<Ledger> snapshots = new ArrayList<>();
    Ledger ledger = Ledger.empty();
    for (int b = 0; b < batches; b++) {
      ledger = RandomRecords.addAll(ledger.toBuilder(), records.batch(1 + records.nextInt(8))).build();
      snapshots.add(ledger);
    }
    return snapshots;
  }

  private static List<Attribution> scan(Ledger ledger, Predicate<Attribution> test) {
    return ledger.attributions().stream().filter(test).collect(Collectors.toList());
  }

  /** The via chain of {@code id} walked by id alone, each step a lookup of the latest record. */
  private static List<Attribution> viaChainById(Ledger ledger, AttributionId id) {
    List<Attribution> chain = new ArrayList<>();
    for (var next = ledger.attribution(id); next.isPresent(); next = next.get().via().flatMap(ledger::attribution)) {
      chain.add(next.get());
    }
    return chain;
  }

  @Property(tries = 100)
  void indexedLookupsReturnWhatAScanOfAllRecordsReturns(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int batches) {
    Ledger ledger = grow(seed, batches).get(batches - 1);
    for (int i = 0; i < RandomRecords.SPEAKERS; i++) {
      SpeakerId id = SpeakerId.of("p" + i);
      assertEquals(scan(ledger, a -> a.speaker().equals(id)), ledger.attributionsBy(id));
    }
    for (int i = 0; i < RandomRecords.STATEMENTS; i++) {
      StatementId id = StatementId.of("t" + i);
      assertEquals(scan(ledger, a -> a.statement().equals(id)), ledger.attributionsOf(id));
    }
    for (int i = 0; i < RandomRecords.DOCUMENTS; i++) {
      DocumentId id = DocumentId.of("d" + i);
      assertEquals(scan(ledger, a -> a.document().equals(id)), ledger.attributionsIn(id));
    }
    for (int i = 0; i < RandomRecords.CLAIMS; i++) {
      ClaimId id = ClaimId.of("c" + i);
      assertEquals(scan(ledger, a -> a.claimStances().stream().anyMatch(s -> s.claim().equals(id))),
          ledger.attributionsOn(id));
    }
    for (int i = 0; i < RandomRecords.ATTRIBUTIONS; i++) {
      AttributionId id = AttributionId.of("a" + i);
      assertEquals(scan(ledger, a -> a.via().equals(java.util.Optional.of(id))), ledger.attributionsVia(id));
      assertEquals(viaChainById(ledger, id), ledger.viaChain(id), "via chain of " + id);
    }
    for (int i = 0; i < RandomRecords.SOURCES; i++) {
      OutletId id = OutletId.of("s" + i);
      Set<DocumentId> published = ledger.documents().stream()
          .filter(d -> d.outlet().equals(java.util.Optional.of(id))).map(Document::id).collect(Collectors.toSet());
      assertEquals(ledger.documents().stream().filter(d -> published.contains(d.id())).collect(Collectors.toList()),
          ledger.documentsOf(id));
      assertEquals(scan(ledger, a -> published.contains(a.document())), ledger.attributionsPublishedBy(id));
    }
  }

  @Property(tries = 100)
  void timeRangeLookupsReturnWhatAScanReturns(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int batches) {
    Ledger ledger = grow(seed, batches).get(batches - 1);
    RandomRecords random = new RandomRecords(~seed);
    for (int i = 0; i < 10; i++) {
      PartialDate a = random.date();
      PartialDate b = random.date();
      LocalDate from = a.compareTo(b) <= 0 ? a.firstDay() : b.firstDay();
      LocalDate to = a.compareTo(b) <= 0 ? b.lastDay() : a.lastDay();
      assertEquals(scan(ledger, x -> x.said().map(t -> t.overlaps(from, to)).orElse(false)),
          ledger.attributionsSaidBetween(from, to));
      for (int s = 0; s < RandomRecords.SPEAKERS; s++) {
        SpeakerId speaker = SpeakerId.of("p" + s);
        assertEquals(scan(ledger, x -> x.speaker().equals(speaker)
                && x.said().map(t -> t.overlaps(from, to)).orElse(false)),
            ledger.attributionsBySaidBetween(speaker, from, to));
      }
    }
  }

  @Property(tries = 100)
  void nameLookupsReturnWhatAScanReturns(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int batches) {
    Ledger ledger = grow(seed, batches).get(batches - 1);
    for (String words : List.of("Kuleba", "boris JOHNSON", "the table leader", "nobody")) {
      assertEquals(scan(ledger, words, Speaker::properNames), ledger.speakersNamed(words), words);
      assertEquals(scan(ledger, words, Speaker::names), ledger.speakersDescribedAs(words), words);
    }
  }

  /** The speakers of {@code ledger} one of whose {@code names} has every word of {@code words}. */
  private static List<Speaker> scan(Ledger ledger, String words, Function<Speaker, List<String>> names) {
    Set<String> wanted = new java.util.HashSet<>(List.of(QuoteText.normalize(words).split(" ")));
    return ledger.speakers().stream()
        .filter(s -> names.apply(s).stream().anyMatch(
            n -> new java.util.HashSet<>(List.of(QuoteText.normalize(n).split(" "))).containsAll(wanted)))
        .collect(Collectors.toList());
  }

  @Property(tries = 100)
  void recordsAreListedInTheOrderOfTheirLatestChange(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int batches) {
    RandomRecords records = new RandomRecords(seed);
    Map<AttributionId, Attribution> model = new LinkedHashMap<>();
    Ledger ledger = Ledger.empty();
    for (int b = 0; b < batches; b++) {
      List<Object> batch = records.batch(1 + records.nextInt(8));
      Map<AttributionId, Attribution> pending = new LinkedHashMap<>();
      for (Object record : batch) {
        if (record instanceof Attribution) {
          pending.remove(((Attribution) record).id());
          pending.put(((Attribution) record).id(), (Attribution) record);
        }
      }
      pending.forEach((id, attribution) -> {
        if (!attribution.equals(model.get(id))) {
          model.remove(id);
          model.put(id, attribution);
        }
      });
      ledger = RandomRecords.addAll(ledger.toBuilder(), batch).build();
      assertEquals(new ArrayList<>(model.values()), ledger.attributions());
      for (Attribution a : model.values()) {
        assertEquals(java.util.Optional.of(a), ledger.attribution(a.id()));
      }
    }
  }

  @Property(tries = 100)
  void addingRecordsNeverChangesAnOldSnapshot(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int batches) {
    RandomRecords records = new RandomRecords(seed);
    Ledger ledger = Ledger.empty();
    List<Ledger> snapshots = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      ledger = RandomRecords.addAll(ledger.toBuilder(), records.batch(1 + records.nextInt(8))).build();
      snapshots.add(ledger);
      contents.add(contents(ledger));
    }
    for (int i = 0; i < snapshots.size(); i++) {
      assertEquals(contents.get(i), contents(snapshots.get(i)), "snapshot " + i + " changed");
    }
  }

  private static String contents(Ledger ledger) {
    StringBuilder out = new StringBuilder(ledger.toString());
    List.of(ledger.speakers(), ledger.outlets(), ledger.documents(), ledger.statements(),
        ledger.attributions(), ledger.claims()).forEach(list -> out.append(list));
    for (int i = 0; i < RandomRecords.SPEAKERS; i++) {
      out.append(ledger.attributionsBy(SpeakerId.of("p" + i)));
    }
    for (int i = 0; i < RandomRecords.STATEMENTS; i++) {
      out.append(ledger.statement(StatementId.of("t" + i)));
    }
    out.append(ledger.attributionsSaidBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    return out.toString();
  }

  @Property(tries = 30)
  void aSnapshotHasFewSegments(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int batches) {
    Ledger ledger = grow(seed, batches).get(batches - 1);
    int records = ledger.speakers().size() + ledger.outlets().size() + ledger.documents().size()
        + ledger.statements().size() + ledger.attributions().size() + ledger.claims().size();
    assertTrue(ledger.segmentCount() <= 2 + 2 * (32 - Integer.numberOfLeadingZeros(records)),
        ledger.segmentCount() + " segments for " + records + " records");
  }
}

package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SaidIndexTest {

  /** A time said: a day, a month, a year, or a range of years that may span centuries. */
  private static TimeReference time(Random random) {
    int year = 1700 + random.nextInt(400);
    switch (random.nextInt(4)) {
      case 0:
        return TimeReference.of(PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
      case 1:
        return TimeReference.of(PartialDate.ofMonth(year, 1 + random.nextInt(12)));
      case 2:
        return TimeReference.of(PartialDate.ofYear(year));
      default:
        return TimeReference.builder().date(PartialDate.ofYear(year))
            .until(PartialDate.ofYear(year + random.nextInt(400))).build();
    }
  }

  private static List<Attribution> attributions(Random random, int count, int speakers) {
    return attributions(random, count, speakers, SaidIndexTest::time);
  }

  /**
   * {@code count} attributions of {@code speakers} speakers, a fifth of them telling no time said,
   * the others a time {@code times} draws.
   */
  static List<Attribution> attributions(Random random, int count, int speakers,
      Function<Random, TimeReference> times) {
    List<Attribution> attributions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Attribution.Builder b = Attribution.builder().id(AttributionId.of("a" + i))
          .statement(StatementId.of("t" + i))
          .speaker(SpeakerId.of("p" + random.nextInt(speakers)))
          .document(DocumentId.of("d" + i))
          .provenance(Provenance.curated("tests"));
      if (random.nextInt(5) > 0) {
        b.said(times.apply(random));
      }
      attributions.add(b.build());
    }
    return attributions;
  }

  private static LocalDate day(Random random) {
    return LocalDate.of(1690 + random.nextInt(820), 1, 1).plusDays(random.nextInt(366));
  }

  private static int[] scan(RecordTable<?, Attribution> table, SpeakerId speaker, LocalDate from, LocalDate to) {
    return IntStream.range(0, table.size())
        .filter(i -> speaker == null || table.get(i).speaker().equals(speaker))
        .filter(i -> table.get(i).said().map(t -> t.overlaps(from, to)).orElse(false))
        .toArray();
  }

  @Property(tries = 200)
  void overlappingFindsWhatAScanFinds(
      @ForAll long seed, @ForAll @IntRange(max = 300) int count, @ForAll @IntRange(min = 1, max = 20) int speakers) {
    Random random = new Random(seed);
    RecordTable<AttributionId, Attribution> table = new RecordTable<>(attributions(random, count, speakers), Attribution::id);
    Postings<SpeakerId> bySpeaker = Postings.of(table.size(), i -> List.of(table.get(i).speaker()));
    SaidIndex said = SaidIndex.of(table);
    SaidIndex bySpeakerSaid = said.groupedBy(bySpeaker.keyCount(), i -> bySpeaker.keyIndex(table.get(i).speaker()));
    for (int q = 0; q < 20; q++) {
      LocalDate from = day(random);
      LocalDate to = random.nextInt(10) == 0 ? from.minusDays(1 + random.nextInt(30)) : from.plusDays(random.nextInt(3000));
      assertArrayEquals(scan(table, null, from, to), said.overlapping(from, to), from + ".." + to);
      SpeakerId speaker = SpeakerId.of("p" + random.nextInt(speakers));
      int run = bySpeaker.keyIndex(speaker);
      int[] found = run < 0 ? new int[0] : bySpeakerSaid.overlapping(run, from, to);
      assertArrayEquals(scan(table, speaker, from, to), found, speaker + " " + from + ".." + to);
    }
  }
}

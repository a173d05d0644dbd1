package dev.claimtrail.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private final Ledger ledger = SampleLedger.build();

  private static List<String> ids(Results<Quote> quotes) {
    return quotes.stream().map(q -> q.attribution().id().value()).collect(Collectors.toList());
  }

  @Test
  void kulebaSaidThreeThingsInJuly2024() {
    assertEquals(List.of("a-willing", "a-held", "a-agreed"),
        ids(ledger.quotes().by("Kuleba").during("2024-07").list()));
  }

  @Test
  void aMonthSaidOverlapsADayInIt() {
    assertEquals(List.of("a-willing", "a-held", "a-agreed"),
        ids(ledger.quotes().by("Kuleba").during("2024-07-24").list()));
    assertEquals(List.of("a-goal"), ids(ledger.quotes().during("2024-07-15").by("Zelensky").list()));
    assertEquals(List.of("a-held", "a-agreed"), ids(ledger.quotes().by("kuleba").during("2024-07-15").list()));
  }

  @Test
  void speakersAreFoundByIdOrByWordsOfTheirNames() {
    assertEquals(ids(ledger.quotes().by("putin").list()), ids(ledger.quotes().by("Vladimir Putin").list()));
    assertEquals(List.of(), ids(ledger.quotes().by("the Russian leader").list()), "a description, not a name");
    assertEquals(List.of("a-engagement", "a-engagement-rt"), ids(ledger.quotes().describedAs("the Russian leader").list()));
    assertEquals(List.of(), ids(ledger.quotes().by("Nobody Known").list()));
  }

  @Test
  void aQueryPrintsTheExpressionThatRebuildsIt() {
    Quotes query = ledger.quotes().by("Kuleba").during("2024-07").withStance(Stance.ADDS, Stance.ECHOES);
    assertEquals("ledger.quotes().by(\"Kuleba\").during(\"2024-07\").withStance(Stance.ADDS, Stance.ECHOES)",
        query.toString());
  }

  @Test
  void stepsLeaveTheQueryTheyStartFromUnchanged() {
    Quotes kuleba = ledger.quotes().by("Kuleba");
    Quotes echoes = kuleba.withStance(Stance.ECHOES);
    assertEquals(3, kuleba.count());
    assertEquals(List.of("a-willing"), ids(echoes.list()));
  }

  @Test
  void quotesAreFilteredByOutletDocumentClaimKindAndHand() {
    assertEquals(List.of("a-engagement-rt"), ids(ledger.quotes().reportedBy("Russia Today").list()));
    assertEquals(List.of("a-engagement-rt"), ids(ledger.quotes().reportedBy("rt.com").list()));
    assertEquals(List.of("a-sit-reprint"), ids(ledger.quotes().in("reprint").list()));
    assertEquals(List.of("a-denied", "a-confirmed", "a-claimed"), ids(ledger.quotes().on("johnson-ended-talks").list()));
    assertEquals(List.of("a-denied"), ids(ledger.quotes().on("interference ended").taking(ClaimStance.Position.DENIES).list()));
    assertEquals(List.of("a-engagement"), ids(ledger.quotes().by("Putin").secondHand().list()));
    assertEquals(List.of("a-engagement-rt"), ids(ledger.quotes().by("Putin").firstHand().list()));
    assertEquals(List.of("a-willing", "a-agreed"),
        ids(ledger.quotes().by("Kuleba").ofKind(Statement.Kind.PARTIAL_QUOTE).list()));
    assertEquals(List.of("a-engagement", "a-engagement-rt"), ids(ledger.quotes().of("t-engagement").list()));
  }

  @Test
  void aTimelineOrdersBySaidWithUnknownTimesLast() {
    assertEquals(List.of("a-held", "a-agreed", "a-goal", "a-willing", "a-sit-reprint", "a-engagement",
            "a-engagement-rt", "a-sit", "a-rt", "a-denied", "a-confirmed", "a-claimed"),
        ids(ledger.quotes().timeline()));
  }

  @Test
  void aTimelinePutsTheNarrowerOfTwoTimesStartingOnOneDayFirst() {
    Ledger.Builder builder = ledger.toBuilder();
    String[][] said = {{"a-year", "2024"}, {"a-month", "2024-07"}, {"a-evening", "2024-07-01T18:00"},
      {"a-day", "2024-07-01"}, {"a-morning", "2024-07-01T09:30"}, {"a-eve", "2024-06-30"}};
    for (String[] time : said) {
      builder.add(SampleLedger.attribution(time[0], "t-goal", "zelensky", "article")
          .said(TimeReference.of(PartialDate.parseIso(time[1]))).build());
    }
    assertEquals(List.of("a-year", "a-eve", "a-morning", "a-evening", "a-day", "a-month", "a-goal"),
        ids(builder.build().quotes().by("Zelensky").timeline()));
  }

  @Test
  void aSpeakersTimelineWithinDaysIsInTheSameOrderInALedgerOfOnePartOrSeveral() {
    String[][] said = {{"a-evening", "2024-07-01T18:00"}, {"a-month", "2024-07"}, {"a-day", "2024-07-01"},
      {"a-morning", "2024-07-01T09:30"}, {"a-eve", "2024-06-30"}, {"a-late", "2024-07-02"}};
    Ledger grown = ledger;
    for (String[] time : said) {
      grown = grown.toBuilder().add(SampleLedger.attribution(time[0], "t-goal", "zelensky", "article")
          .said(TimeReference.of(PartialDate.parseIso(time[1]))).build()).build();
    }
    Ledger whole = Ledger.builder().addAll(grown).build();
    List<String> expected = List.of("a-eve", "a-morning", "a-evening", "a-day", "a-month");
    for (Ledger each : List.of(grown, whole)) {
      Quotes query = each.quotes().by(SpeakerId.of("zelensky"))
          .between(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1));
      assertEquals(expected, ids(query.timeline()));
      assertEquals(ids(each.quotes().by("zelensky").between("2024-06-30", "2024-07-01").timeline()),
          ids(query.timeline()));
    }
    assertEquals("ledger.quotes().by(SpeakerId.of(\"zelensky\"))"
        + ".between(LocalDate.parse(\"2024-06-30\"), LocalDate.parse(\"2024-07-01\"))",
        whole.quotes().by(SpeakerId.of("zelensky")).between(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1))
            .toString());
  }

  @Test
  void resultsPrintAnAlignedTable() {
    String table = ledger.quotes().by("Lukashenko").list().format();
    String[] lines = table.split("\n");
    assertTrue(lines[0].startsWith("speaker"), table);
    assertTrue(lines[0].contains("| statement") && lines[0].contains("| reported by"), table);
    assertTrue(lines[2].contains("Alexander Lukashenko") && lines[2].contains("2024-08-18")
        && lines[2].contains("interview with the state-"), table);
    assertEquals(lines[0].indexOf("| said"), lines[2].indexOf("| 2024-08-18"), table);
    assertTrue(lines[2].contains("…"), "long statements are cut: " + table);
    assertTrue(lines[3].contains("Wire Daily 2024-08-19"), table);
  }

  @Test
  void longResultsShowTwentyRowsAndHowManyMore() {
    Ledger.Builder builder = ledger.toBuilder();
    Ledger big = SampleLedger.withCopies(builder, 30);
    Results<Quote> all = big.quotes().list();
    String[] lines = all.toString().strip().split("\n");
    assertEquals(2 + Results.SHOWN + 1, lines.length);
    assertEquals("… " + (all.size() - Results.SHOWN) + " more", lines[lines.length - 1]);
    assertEquals(2 + all.size(), all.format().split("\n").length);
  }

  @Test
  void resultsConvertToCsvAndJson() {
    Results<Quote> quotes = ledger.quotes().by("Putin").list();
    String csv = quotes.toCsv();
    assertTrue(csv.startsWith("attributionId,speaker,statement,said,setting,"), csv);
    assertEquals(3, csv.split("\r\n").length);
    String json = quotes.toJson();
    assertTrue(json.contains("\"speaker\" : \"Vladimir Putin\""), json);
    assertTrue(json.contains("\"outlet\" : \"Natural News\""), json);
    assertTrue(json.contains("\"via\" : \"Russia Today\""), json);
  }

  @Test
  void countsGroupBySpeakerOutletStanceAndMonth() {
    Counts counts = ledger.counts();
    assertEquals(new Count("Dmytro Kuleba", 3), counts.bySpeaker().get(0));
    assertEquals(new Count("Natural News", 10), counts.byOutlet().get(0));
    assertEquals(List.of(new Count("2024-07", 4), new Count("2024-08", 4)), counts.byMonth());
    assertEquals(new Count("SAYS", 5), counts.byStance().get(0));
    assertEquals(3, ledger.quotes().by("Kuleba").counts().byStance().size());
  }
}

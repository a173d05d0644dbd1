package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.query.QuoteMatch;
import dev.claimtrail.seed.SeedFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableQueriesTest {
  private static SparkSession spark;
  private static Ledger seed;
  private static LedgerTables tables;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
    seed = SeedFiles.ledger();
    tables = LedgerTables.of(spark, seed);
  }

  @Test
  void whoSaidFindsWhatTheLedgerFindsInItsOrderWithItsScores() {
    List<String> quotes = List.of(
        "both Ukraine and Russia to continue negotiations",
        "BOTH UKRAINE AND RUSSIA TO CONTINUE NEGOTIATIONS!",
        "Yes, the situation on the ground has changed. But this could be a start",
        "negotiations",
        "— … —");
    for (String quote : quotes) {
      List<String> expected = new ArrayList<>();
      for (QuoteMatch match : seed.whoSaid(quote)) {
        expected.add(match.quote().attribution().id().value() + " " + match.kind() + " " + match.score());
      }
      List<String> actual = new ArrayList<>();
      for (Row row : TableQueries.whoSaid(tables, quote).collectAsList()) {
        actual.add(row.getAs("id") + " " + row.getAs("match") + " " + row.getAs("score"));
      }
      assertEquals(expected, actual, quote);
    }
    assertFalse(seed.whoSaid(quotes.get(0)).isEmpty(), "the seed's own statement is found");
  }

  @Test
  void timelineOfEachSpeakerIsTheLedgersTimeline() {
    Dataset<Row> cached = tables.attributions().cache();
    LedgerTables withCache = new LedgerTables(tables.speakers(), tables.outlets(), tables.documents(),
        tables.statements(), cached, tables.stances(), tables.claims(), tables.reviews());
    List<Speaker> quotedMost = seed.speakers().stream()
        .sorted(Comparator.comparingInt((Speaker s) -> seed.attributionsBy(s.id()).size()).reversed())
        .limit(4).toList();
    for (Speaker speaker : quotedMost) {
      List<String> expected = seed.quotes().by(speaker.id()).timeline().stream()
          .map(q -> q.attribution().id().value()).toList();
      List<String> actual = TableQueries.timeline(withCache, speaker.id().value()).collectAsList().stream()
          .map(r -> r.<String>getAs("id")).toList();
      assertEquals(expected, actual, speaker.id().value());
    }
    cached.unpersist();
  }
}

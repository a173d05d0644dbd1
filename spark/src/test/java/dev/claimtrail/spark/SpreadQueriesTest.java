package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.query.Reports;
import dev.claimtrail.seed.SeedFiles;
import dev.claimtrail.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spread queries give what the ledger gives, in its order, on the seed and on generated ledgers. */
class SpreadQueriesTest {
  private static SparkSession spark;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
  }

  @Test
  void seedAnswersAreTheLedgers() {
    Ledger seed = SeedFiles.ledger();
    LedgerTables tables = LedgerTables.of(spark, seed);
    assertSameAnswers(seed, tables);
    assertFalse(seed.viaChain(seed.attributions().stream().filter(a -> a.via().isPresent()).findFirst()
        .orElseThrow().id()).size() < 2, "the seed has a chain of two");
    assertFalse(seed.claims().isEmpty(), "the seed has claims");
  }

  @Test
  void generatedLedgersAnswerAsTheLedgerDoes() {
    List<Ledger> ledgers = Generators.ledgers()
        .filter(l -> LocalSpark.holdsStrings(l) && l.attributions().stream().anyMatch(a -> a.via().isPresent()))
        .sampleStream().limit(1).toList();
    for (Ledger ledger : ledgers) {
      assertSameAnswers(ledger, LedgerTables.of(spark, ledger));
    }
  }

  private static void assertSameAnswers(Ledger ledger, LedgerTables tables) {
    // chains of two or more, and one of a single attribution
    List<Attribution> chained = ledger.attributions().stream().filter(a -> a.via().isPresent()).limit(3).toList();
    for (Attribution a : Stream.concat(chained.stream(), ledger.attributions().stream().limit(1)).toList()) {
      List<String> expected = ledger.viaChain(a.id()).stream().map(x -> x.id().value()).toList();
      assertEquals(expected, ids(SpreadQueries.viaChain(tables, a.id().value()).collectAsList()), a.id().value());
    }
    for (Claim claim : ledger.claims().subList(0, Math.min(3, ledger.claims().size()))) {
      List<String> expected = ledger.standsOn(claim.id()).all().stream()
          .map(s -> s.quote().attribution().id().value() + " " + s.position()).toList();
      List<String> actual = new ArrayList<>();
      for (Row row : SpreadQueries.stances(tables, claim.id().value()).collectAsList()) {
        actual.add(row.getAs("id") + " " + row.getAs("position"));
      }
      assertEquals(expected, actual, claim.id().value());
    }
    for (Attribution a : ledger.attributions().subList(0, Math.min(3, ledger.attributions().size()))) {
      String quote = ledger.statement(a.statement()).orElseThrow().text();
      Reports reports = ledger.reportsOf(quote);
      List<String> expected = reports.timeline().stream().map(m -> m.quote().attribution().id().value()).toList();
      assertEquals(expected, ids(SpreadQueries.reports(tables, quote).collectAsList()), quote);
      List<String> outlets = reports.outlets().stream().map(Outlet::id).map(Object::toString).toList();
      List<String> spread = SpreadQueries.spread(tables, quote).collectAsList().stream()
          .map(r -> r.<String>getAs("outlet")).toList();
      assertEquals(outlets, spread, quote);
    }
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(r -> r.<String>getAs("id")).toList();
  }
}

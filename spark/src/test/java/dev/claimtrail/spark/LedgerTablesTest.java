package dev.claimtrail.spark;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.seed.SeedFiles;
import dev.claimtrail.testing.Generators;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTablesTest {

  private static SparkSession spark;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
  }

  @Test
  void seedLedgerComesBackFromParquetWithEveryRecordInOrder(@TempDir Path dir) {
    Ledger seed = SeedFiles.ledger();
    LedgerTables.of(spark, seed).write(dir.toString());

    LedgerTables read = LedgerTables.read(spark, dir.toString());

    assertEquals(seed.attributions().size(), read.attributions().count());
    assertSameRecords(seed, read.toLedger());
  }

  @Test
  void generatedLedgersComeBackUnchanged(@TempDir Path dir) {
    List<Ledger> ledgers = Generators.ledgers().filter(LocalSpark::holdsStrings)
        .sampleStream().limit(3).toList();
    LedgerTables.of(spark, ledgers.get(0)).write(dir.toString());

    assertSameRecords(ledgers.get(0), LedgerTables.read(spark, dir.toString()).toLedger());
    for (Ledger ledger : ledgers.subList(1, ledgers.size())) {
      assertSameRecords(ledger, LedgerTables.of(spark, ledger).toLedger());
    }
  }


  @Test
  void statementWithAnUnpairedSurrogateIsRefusedNamingWhere() {
    Ledger ledger = Ledger.builder()
        .add(Statement.of(StatementId.of("st-1"), "broken \ud800 text", Statement.Kind.DIRECT_QUOTE))
        .build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LedgerTables.of(spark, ledger));

    assertTrue(e.getMessage().startsWith("statements row id st-1: column text holds an unpaired surrogate U+D800 at index 7"),
        e.getMessage());
  }

  @Test
  void claimStancesAndReviewsAreRowsNamingTheirParent() {
    Ledger seed = SeedFiles.ledger();
    LedgerTables tables = LedgerTables.of(spark, seed);

    long stances = seed.attributions().stream().mapToLong(a -> a.claimStances().size()).sum();
    long reviews = seed.claims().stream().mapToLong(c -> c.reviews().size()).sum();
    assertTrue(stances > 0, "the seed's attributions take stances on its claims");
    assertEquals(stances, tables.stances().count());
    assertEquals(reviews, tables.reviews().count());
    for (Row stance : tables.stances().collectAsList()) {
      String attribution = stance.getAs("attribution");
      assertTrue(seed.attribution(AttributionId.of(attribution)).isPresent(),
          () -> "stance of unknown attribution " + attribution);
    }
  }

  @Test
  void tableWithoutAColumnOfItsSchemaIsRefusedNamingTheColumn() {
    LedgerTables tables = LedgerTables.of(spark, Ledger.empty());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LedgerTables(
        tables.speakers().drop("kind"), tables.outlets(), tables.documents(), tables.statements(),
        tables.attributions(), tables.stances(), tables.claims(), tables.reviews()));

    assertTrue(e.getMessage().contains("table speakers has no column kind"), e.getMessage());
  }
}

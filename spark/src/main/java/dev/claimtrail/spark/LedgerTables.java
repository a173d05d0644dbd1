package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimtrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The relational form of a ledger: one Spark {@link Dataset} per {@link LedgerTable}, in the
 * table's schema. Built from a {@link Ledger} with {@link #of}, read from and written to Parquet
 * with {@link #read} and {@link #write}, and turned back into a ledger with {@link #toLedger()};
 * {@code of} then {@code toLedger} gives a ledger with the same records in the same order. The
 * datasets are lazy, as Spark's are; the value holding them is immutable.
 *
 * @param speakers the rows of {@link LedgerTable#SPEAKERS}
 * @param outlets the rows of {@link LedgerTable#OUTLETS}
 * @param documents the rows of {@link LedgerTable#DOCUMENTS}
 * @param statements the rows of {@link LedgerTable#STATEMENTS}
 * @param attributions the rows of {@link LedgerTable#ATTRIBUTIONS}
 * @param stances the rows of {@link LedgerTable#STANCES}
 * @param claims the rows of {@link LedgerTable#CLAIMS}
 * @param reviews the rows of {@link LedgerTable#REVIEWS}
 */
public record LedgerTables(
    Dataset<Row> speakers,
    Dataset<Row> outlets,
    Dataset<Row> documents,
    Dataset<Row> statements,
    Dataset<Row> attributions,
    Dataset<Row> stances,
    Dataset<Row> claims,
    Dataset<Row> reviews) {

  /**
   * Checks that every table has every column of its schema.
   *
   * @param speakers the rows of {@link LedgerTable#SPEAKERS}
   * @param outlets the rows of {@link LedgerTable#OUTLETS}
   * @param documents the rows of {@link LedgerTable#DOCUMENTS}
   * @param statements the rows of {@link LedgerTable#STATEMENTS}
   * @param attributions the rows of {@link LedgerTable#ATTRIBUTIONS}
   * @param stances the rows of {@link LedgerTable#STANCES}
   * @param claims the rows of {@link LedgerTable#CLAIMS}
   * @param reviews the rows of {@link LedgerTable#REVIEWS}
   */
  public LedgerTables {
    checkColumns(LedgerTable.SPEAKERS, speakers);
    checkColumns(LedgerTable.OUTLETS, outlets);
    checkColumns(LedgerTable.DOCUMENTS, documents);
    checkColumns(LedgerTable.STATEMENTS, statements);
    checkColumns(LedgerTable.ATTRIBUTIONS, attributions);
    checkColumns(LedgerTable.STANCES, stances);
    checkColumns(LedgerTable.CLAIMS, claims);
    checkColumns(LedgerTable.REVIEWS, reviews);
  }

  private static void checkColumns(LedgerTable table, Dataset<Row> rows) {
    checkNotNull(rows, "table %s", table.tableName());
    List<String> columns = List.of(rows.columns());
    for (String column : table.schema().fieldNames()) {
      checkArgument(columns.contains(column), "table %s has no column %s (it has %s)",
          table.tableName(), column, columns);
    }
  }

  /**
   * {@return the tables of the records of {@code ledger}, in its order}
   *
   * @param spark the session that holds the datasets
   * @param ledger the ledger to turn into tables
   * @throws IllegalArgumentException if a string of a record holds an unpaired UTF-16 surrogate,
   *     which Spark's UTF-8 strings cannot hold; the message names the table, row and column
   */
  public static LedgerTables of(SparkSession spark, Ledger ledger) {
    checkNotNull(spark, "spark");
    checkNotNull(ledger, "ledger");
    long[] next = {0};
    return from(table ->
        spark.createDataFrame(LedgerRows.of(ledger, table, () -> next[0]++), table.schema()));
  }

  /**
   * {@return the tables written under {@code directory} by {@link #write}, one Parquet directory per table}
   *
   * @param spark the session to read with
   * @param directory the directory (a path or URI Spark reads) that holds a directory per table
   */
  public static LedgerTables read(SparkSession spark, String directory) {
    checkNotNull(spark, "spark");
    checkNotNull(directory, "directory");
    return from(table -> spark.read().schema(table.schema()).parquet(path(directory, table)));
  }

  /**
   * Writes every table as Parquet into a directory of its name under {@code directory}, replacing
   * the tables written there before.
   *
   * @param directory the directory (a path or URI Spark writes) to hold a directory per table
   */
  public void write(String directory) {
    checkNotNull(directory, "directory");
    for (LedgerTable table : LedgerTable.values()) {
      table(table).write().mode(SaveMode.Overwrite).parquet(path(directory, table));
    }
  }

  /**
   * {@return the rows of {@code table}}
   *
   * @param table which table
   */
  public Dataset<Row> table(LedgerTable table) {
    return switch (checkNotNull(table, "table")) {
      case SPEAKERS -> speakers;
      case OUTLETS -> outlets;
      case DOCUMENTS -> documents;
      case STATEMENTS -> statements;
      case ATTRIBUTIONS -> attributions;
      case STANCES -> stances;
      case CLAIMS -> claims;
      case REVIEWS -> reviews;
    };
  }

  /**
   * Collects the tables on the driver into a ledger, records in the order of their ordinals, each
   * attribution with its stances and each claim with its reviews in their order. A record whose id
   * comes again replaces the earlier one, as {@link Ledger.Builder} does.
   *
   * @return the ledger of the tables' records
   * @throws IllegalArgumentException if a row does not make a valid record (a required column is
   *     null, an enum name is unknown, a date is malformed)
   * @throws dev.claimtrail.ledger.InvalidLedgerException if a reference does not resolve
   */
  public Ledger toLedger() {
    Map<String, List<Row>> stancesOf = byParent(stances, "attribution");
    Map<String, List<Row>> reviewsOf = byParent(reviews, "claim");
    Ledger.Builder ledger = Ledger.builder();
    inOrder(speakers).forEach(r -> ledger.add(RowRecords.speaker(r)));
    inOrder(outlets).forEach(r -> ledger.add(RowRecords.outlet(r)));
    inOrder(documents).forEach(r -> ledger.add(RowRecords.document(r)));
    inOrder(statements).forEach(r -> ledger.add(RowRecords.statement(r)));
    inOrder(attributions).forEach(r -> ledger.add(RowRecords.attribution(r,
        stancesOf.getOrDefault(r.<String>getAs("id"), List.of()))));
    inOrder(claims).forEach(r -> ledger.add(RowRecords.claim(r,
        reviewsOf.getOrDefault(r.<String>getAs("id"), List.of()))));
    return ledger.build();
  }

  /** {@return the tables {@code table} gives, one after another} */
  static LedgerTables from(Function<LedgerTable, Dataset<Row>> table) {
    return new LedgerTables(table.apply(LedgerTable.SPEAKERS), table.apply(LedgerTable.OUTLETS),
        table.apply(LedgerTable.DOCUMENTS), table.apply(LedgerTable.STATEMENTS),
        table.apply(LedgerTable.ATTRIBUTIONS), table.apply(LedgerTable.STANCES),
        table.apply(LedgerTable.CLAIMS), table.apply(LedgerTable.REVIEWS));
  }

  private static String path(String directory, LedgerTable table) {
    return directory.endsWith("/") ? directory + table.tableName() : directory + "/" + table.tableName();
  }

  private static Stream<Row> inOrder(Dataset<Row> table) {
    return table.orderBy("ordinal").collectAsList().stream();
  }

  private static Map<String, List<Row>> byParent(Dataset<Row> table, String parent) {
    Map<String, List<Row>> rows = new HashMap<>();
    for (Row r : table.orderBy(parent, "ordinal").collectAsList()) {
      rows.computeIfAbsent(r.<String>getAs(parent), p -> new ArrayList<>()).add(r);
    }
    return rows;
  }
}

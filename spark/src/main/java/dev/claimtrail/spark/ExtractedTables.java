package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a {@link DistributedExtraction} gave: the tables of every article extracted and a table of
 * the articles that failed, one row each, in {@link #FAILURE}. Both are computed from one cached
 * pass over the articles, run when a result is first asked for; {@link #release()} frees the cache.
 */
public final class ExtractedTables {
  /** The columns of the failures table: the article, the file it came from, the exception and its message. */
  public static final StructType FAILURE = struct(
      required("article", StringType), optional("source", StringType),
      required("error", StringType), required("message", StringType));
  /** The directory name of the failures table, beside those of the {@link LedgerTable}s. */
  public static final String FAILURES = "failures";

  /** What one article gives: a column of rows per table, named after it, and its failure or null. */
  static final StructType ARTICLE_RESULT = articleResult();

  private final Dataset<Row> results;
  private final LedgerTables tables;
  private final Dataset<Row> failures;

  ExtractedTables(Dataset<Row> results, LedgerTables tables) {
    this.results = results;
    this.tables = tables;
    this.failures = results.where(results.col("failure").isNotNull()).select("failure.*");
  }

  private static StructType articleResult() {
    List<StructField> fields = new ArrayList<>();
    for (LedgerTable table : LedgerTable.values()) {
      fields.add(required(table.tableName(), DataTypes.createArrayType(table.schema(), false)));
    }
    fields.add(optional("failure", FAILURE));
    return struct(fields.toArray(StructField[]::new));
  }

  /** {@return the tables of the records of every article extracted, each record id once} */
  public LedgerTables tables() {
    return tables;
  }

  /** {@return one row per article that could not be extracted, in {@link #FAILURE}} */
  public Dataset<Row> failures() {
    return failures;
  }

  /**
   * Writes the tables as {@link LedgerTables#write} does and the failures as Parquet into {@value
   * #FAILURES} beside them, replacing what was written there before.
   *
   * @param directory the directory (a path or URI Spark writes) to hold a directory per table
   */
  public void write(String directory) {
    checkNotNull(directory, "directory");
    tables.write(directory);
    failures.write().mode(SaveMode.Overwrite)
        .parquet(directory.endsWith("/") ? directory + FAILURES : directory + "/" + FAILURES);
  }

  /** Frees the cached extraction; a result asked for afterwards extracts the articles again. */
  public void release() {
    results.unpersist();
  }
}

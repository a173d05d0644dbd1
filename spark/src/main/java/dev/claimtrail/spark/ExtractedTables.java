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
 * What a {@link DistributedExtraction} or a {@link DistributedQuotebank} import gave: the tables of
 * every input record read and a table of the records that failed, one row each, in {@link
 * #FAILURE} for articles and {@link DistributedQuotebank#LINE_FAILURE} for Quotebank lines. Both
 * are computed from one cached pass over the input, run when a result is first asked for; {@link
 * #release()} frees the cache.
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

  private final List<Dataset<Row>> cached;
  private final LedgerTables tables;
  private final Dataset<Row> failures;

  ExtractedTables(Dataset<Row> results, LedgerTables tables) {
    this(tables, results.where(results.col("failure").isNotNull()).select("failure.*"), List.of(results));
  }

  /**
   * @param tables the tables of the records read
   * @param failures one row per input record that failed
   * @param cached the datasets cached by the pass over the input, freed by {@link #release()}
   */
  ExtractedTables(LedgerTables tables, Dataset<Row> failures, List<Dataset<Row>> cached) {
    this.tables = tables;
    this.failures = failures;
    this.cached = List.copyOf(cached);
  }

  private static StructType articleResult() {
    List<StructField> fields = new ArrayList<>();
    for (LedgerTable table : LedgerTable.values()) {
      fields.add(required(table.tableName(), DataTypes.createArrayType(table.schema(), false)));
    }
    fields.add(optional("failure", FAILURE));
    return struct(fields.toArray(StructField[]::new));
  }

  /** {@return the tables of the records of every input record read, each record id once} */
  public LedgerTables tables() {
    return tables;
  }

  /** {@return one row per input record that could not be read: an article, in {@link #FAILURE}; a Quotebank line, in {@link DistributedQuotebank#LINE_FAILURE}} */
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

  /** Frees the cached pass; a result asked for afterwards reads the input again. */
  public void release() {
    cached.forEach(Dataset::unpersist);
  }
}

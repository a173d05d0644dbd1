package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.claimtrail.io.quotebank.Quotebank;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Imports Quotebank's JSON Lines, in either {@link QuotebankLayout}, into {@link LedgerTables} with
 * the mapping of the single-machine {@link Quotebank} importer: every quotation line is imported by
 * it, and what it settles across lines is settled here over the whole input, files in the order of
 * their paths as one stream. A speaker gathers the Wikidata ids of all its lines and is listed at
 * the last line that changed it; an outlet and a document are listed at their first line; a
 * quotation id read again makes the later line a failure. So the tables of a file hold the records
 * {@code Quotebank.read} gives for it, in its order. Files may be compressed as Spark's text source
 * reads them ({@code .bz2}, as Quotebank publishes them, or {@code .gz}).
 *
 * <p>A line that cannot be imported does not stop the job: it becomes one row of the failures
 * table, in {@link #LINE_FAILURE}, with its file and line number.
 */
public final class DistributedQuotebank {
  /** The columns of the failures table: the file, the line, the column and field when known, and the reason. */
  public static final StructType LINE_FAILURE = struct(required("source", StringType), required("line", LongType),
      optional("column", LongType), optional("field", StringType), required("reason", StringType));

  private DistributedQuotebank() {}

  /**
   * {@return the tables of the Quotebank lines of the files at {@code path} and the failures of the
   * lines that could not be imported} The files are read (twice: to number their lines, then to
   * import them) when a result is first asked for; the import is cached until {@link
   * ExtractedTables#release()}.
   *
   * @param spark the session to read with
   * @param path a file or directory (or glob) that Spark reads
   * @param layout the layout of the files
   */
  public static ExtractedTables read(SparkSession spark, String path, QuotebankLayout layout) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    checkNotNull(layout, "layout");
    Dataset<Row> lines = NumberedLines.read(spark, path);
    return switch (layout) {
      case QUOTATIONS -> assemble(lines.withColumn("order", QuotationImport.placeOf(col("order"))),
          spark.createDataFrame(List.of(), LINE_FAILURE), List.of());
      case ARTICLES -> {
        Dataset<Row> articles = lines
            .mapPartitions(new ArticleQuotations(), Encoders.row(ArticleQuotations.RESULT))
            .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> quotations = articles
            .select(col("source"), col("line"), col("order"), explode(col("quotations")).as("q"))
            .select("source", "line", "order", "q.*")
            .groupByKey((MapFunction<Row, String>) r -> r.getAs("quote_id"), Encoders.STRING())
            .mapGroups(new GatheredQuotation(), Encoders.row(NumberedLines.SCHEMA));
        Dataset<Row> failed = articles.where(col("failure").isNotNull())
            .select(col("source"), col("line"), col("failure.*"));
        yield assemble(quotations, failed, List.of(articles));
      }
    };
  }

  /**
   * The tables and failures of the quotation lines in {@link NumberedLines#SCHEMA} (whose {@code
   * order} is each quotation's place), with the failures of a step before and the datasets it cached.
   */
  private static ExtractedTables assemble(Dataset<Row> quotations, Dataset<Row> failedBefore,
      List<Dataset<Row>> cachedBefore) {
    Dataset<Row> results = quotations
        .mapPartitions(new QuotationImport(), Encoders.row(QuotationImport.RESULT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> firsts = results.where(col("quote").isNotNull())
        .groupBy("quote")
        .agg(min(struct(col("order"), col("source"), col("line"))).as("first"));
    Dataset<Row> joined = results.join(firsts, new String[] {"quote"}, "left_outer");
    Column readAgain = col("first").isNotNull().and(col("first.order").notEqual(col("order")));
    Dataset<Row> kept = joined.where(col("failure").isNull().and(not(readAgain)));
    Dataset<Row> failures = joined.where(col("failure").isNotNull())
        .select(col("source"), col("line"), col("failure.*"))
        .union(joined.where(readAgain).select(col("source"), col("line"), lit(null).cast(LongType).as("column"),
            lit("quoteID").as("field"),
            // the statement id without its dataset prefix is the quoteID
            concat(lit("quotation "), regexp_replace(col("quote"), "^[^:]*:", ""),
                lit(" was already read on line "), col("first.line"),
                when(col("first.source").notEqual(col("source")), concat(lit(" of "), col("first.source")))
                    .otherwise(lit(""))).as("reason")))
        .union(failedBefore);
    LedgerTables tables = LedgerTables.from(table -> settle(table, rows(kept, table)));
    List<Dataset<Row>> cached = new ArrayList<>(cachedBefore);
    cached.add(results);
    return new ExtractedTables(tables, failures, cached);
  }

  /** The rows of {@code table} of the quotations kept, numbered across the input. */
  private static Dataset<Row> rows(Dataset<Row> quotations, LedgerTable table) {
    Dataset<Row> rows = quotations.select(col("order"), explode(col(table.tableName())).as("row"))
        .select("order", "row.*");
    if (table.schema().fieldNames()[0].equals("ordinal")) {
      rows = rows.withColumn("ordinal", QuotationImport.ordinal(col("order"), col("ordinal")));
    }
    return rows.drop("order");
  }

  /** Keeps each record once, as the single-machine importer lists it. */
  private static Dataset<Row> settle(LedgerTable table, Dataset<Row> rows) {
    return switch (table) {
      case SPEAKERS -> rows
          .groupByKey((MapFunction<Row, String>) r -> r.getAs("id"), Encoders.STRING())
          .mapGroups(new QuotebankSpeakers(), Encoders.row(table.schema()));
      case OUTLETS, DOCUMENTS -> rows
          .withColumn("first_ordinal", min("ordinal").over(Window.partitionBy("id")))
          .where(col("ordinal").equalTo(col("first_ordinal")))
          .drop("first_ordinal");
      default -> rows;
    };
  }
}

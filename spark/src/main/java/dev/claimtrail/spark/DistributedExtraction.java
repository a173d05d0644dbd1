package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;

import dev.claimtrail.extract.Extractor;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Extracts a dataset of {@link Articles} partition by partition into {@link LedgerTables}, one
 * {@link Extractor} per partition. An article the extractor fails on (a text over the length limit,
 * a malformed date, no text at all) becomes a row of the failures table, never a failed job. A
 * record that several articles give (the same speaker, say) is kept once, from the last article,
 * as {@link dev.claimtrail.extract.BatchExtraction} keeps it. Immutable and serializable in what
 * it ships to the executors.
 */
public final class DistributedExtraction {
  private static final DistributedExtraction STANDARD =
      new DistributedExtraction(Extractor.standard().maxTextLength(), Extractor.standard().quoteSieves());

  private final int maxTextLength;
  private final List<String> quoteSieves;

  private DistributedExtraction(int maxTextLength, List<String> quoteSieves) {
    this.maxTextLength = maxTextLength;
    this.quoteSieves = List.copyOf(quoteSieves);
  }

  /** {@return an extraction with {@link Extractor#standard()}} */
  public static DistributedExtraction standard() {
    return STANDARD;
  }

  /**
   * {@return this extraction with the extractor's limit on the length of a text set to {@code
   * maxTextLength} UTF-16 characters; a longer article fails}
   *
   * @param maxTextLength the most characters a text may have, at least 0
   * @throws IllegalArgumentException if {@code maxTextLength} is negative
   */
  public DistributedExtraction withMaxTextLength(int maxTextLength) {
    checkArgument(maxTextLength >= 0, "maxTextLength must not be negative: %s", maxTextLength);
    return new DistributedExtraction(maxTextLength, quoteSieves);
  }

  /**
   * {@return the tables of the records of {@code articles} and the failures of those that could not
   * be extracted} Nothing runs until a result is asked for.
   *
   * @param articles a dataset with the columns of {@link Articles#SCHEMA}, as {@link Articles#read} gives
   */
  public ExtractedTables extract(Dataset<Row> articles) {
    checkNotNull(articles, "articles");
    Dataset<Row> results = articles
        .selectExpr(Articles.SCHEMA.fieldNames())
        .mapPartitions(new ArticleExtraction(maxTextLength, quoteSieves),
            Encoders.row(ExtractedTables.ARTICLE_RESULT))
        .persist(StorageLevel.MEMORY_AND_DISK());
    LedgerTables tables = LedgerTables.from(table -> onePerId(table,
        results.select(explode(col(table.tableName())).as("row")).select("row.*")));
    return new ExtractedTables(results, tables);
  }

  /**
   * Keeps the row of each record id with the highest ordinal (the last article's), and each row of
   * a list once per parent and place: a list row comes twice when its parent does, as when an
   * article is given twice.
   */
  private static Dataset<Row> onePerId(LedgerTable table, Dataset<Row> rows) {
    List<String> columns = List.of(table.schema().fieldNames());
    if (!columns.get(0).equals("ordinal")) {
      return rows.dropDuplicates(columns.get(0), columns.get(1));
    }
    return rows.withColumn("last_ordinal", max("ordinal").over(Window.partitionBy("id")))
        .where(col("ordinal").equalTo(col("last_ordinal")))
        .drop("last_ordinal");
  }
}

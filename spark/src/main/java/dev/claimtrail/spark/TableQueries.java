package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import dev.claimtrail.model.PartialDate;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.QuoteText;
import java.time.LocalTime;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Who said a quote and a speaker's timeline as Dataset operations over {@link LedgerTables}, giving
 * the attributions {@link dev.claimtrail.ledger.Ledger#whoSaid(String)} and {@code
 * ledger.quotes().by(speaker).timeline()} give on the same records, in the same order.
 */
public final class TableQueries {
  private static final StructType MATCH =
      struct(required("kind", DataTypes.StringType), required("score", DataTypes.DoubleType));
  /** Orders said dates as {@link PartialDate#compareTo} does, unknown last. */
  private static final UserDefinedFunction SAID_ORDER =
      udf((UDF1<String, Long>) TableQueries::saidOrder, DataTypes.LongType).asNonNullable();

  private TableQueries() {}

  /**
   * {@return the attributions whose statement matches {@code quote} as {@link QuoteMatcher} has it
   * (the exact text or a variant of it), best first, then in ledger order} Columns: the
   * attribution's, then {@code text} (the statement's), {@code match} (the {@link
   * dev.claimtrail.text.VariantMatch.Kind} name) and {@code score}.
   *
   * @param tables the ledger tables
   * @param quote the words of the quote, in any of its printed forms
   */
  public static Dataset<Row> whoSaid(LedgerTables tables, String quote) {
    checkNotNull(tables, "tables");
    checkNotNull(quote, "quote");
    boolean searchable = !QuoteText.normalize(quote).isEmpty();
    UserDefinedFunction match = udf((UDF1<String, Row>) text -> QuoteMatcher.match(quote, text)
        .map(m -> RowFactory.create(m.kind().name(), m.score())).orElse(null), MATCH);
    Dataset<Row> matched = tables.statements()
        .where(lit(searchable))
        .select(col("id").as("matched_statement"), col("text"), match.apply(col("text")).as("m"))
        .where(col("m").isNotNull());
    Dataset<Row> attributions = tables.attributions();
    return attributions.join(matched, attributions.col("statement").equalTo(matched.col("matched_statement")))
        .drop("matched_statement")
        .withColumn("match", col("m.kind"))
        .withColumn("score", col("m.score"))
        .drop("m")
        .orderBy(col("score").desc(), col("ordinal"));
  }

  /**
   * {@return the attributions to the speaker with id {@code speaker}, by when they were said
   * (unknown last), then in ledger order}
   *
   * @param tables the ledger tables
   * @param speaker the speaker's id
   */
  public static Dataset<Row> timeline(LedgerTables tables, String speaker) {
    checkNotNull(tables, "tables");
    checkNotNull(speaker, "speaker");
    return tables.attributions()
        .where(col("speaker").equalTo(speaker))
        .orderBy(SAID_ORDER.apply(col("said.date")), col("ordinal"));
  }

  /** Minutes since the epoch of the earliest instant the date may denote, times four, plus its precision. */
  private static Long saidOrder(@Nullable String date) {
    if (date == null) {
      return Long.MAX_VALUE;
    }
    PartialDate said = PartialDate.parseIso(date);
    int minute = said.time().map(LocalTime::toSecondOfDay).orElse(0) / 60;
    return (said.firstDay().toEpochDay() * 24 * 60 + minute) * PartialDate.Precision.values().length
        + said.precision().ordinal();
  }
}

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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
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
  /** The minute of the day of a time said that tells none: after every minute of the day. */
  private static final int NO_TIME = 24 * 60;
  private static final StructType SAID_KEY = struct(required("firstDay", DataTypes.LongType),
      required("lastDay", DataTypes.LongType), required("minute", DataTypes.IntegerType));
  /**
   * Orders times said as {@link dev.claimtrail.query.Quotes#timeline()} does, unknown last: a struct
   * of the first and last day ({@code firstDay}, {@code lastDay}, days since the epoch) and minute.
   */
  static final UserDefinedFunction SAID_ORDER =
      udf((UDF2<String, String, Row>) TableQueries::saidOrder, SAID_KEY).asNonNullable();

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
        .orderBy(SAID_ORDER.apply(col("said.date"), col("said.until")), col("ordinal"));
  }

  /**
   * The first and last day a time said may denote (its date, or the range from it to {@code until}),
   * as days since the epoch, and its minute of the day, {@value #NO_TIME} when it tells none.
   */
  private static Row saidOrder(@Nullable String date, @Nullable String until) {
    if (date == null) {
      return RowFactory.create(Long.MAX_VALUE, Long.MAX_VALUE, NO_TIME);
    }
    PartialDate said = PartialDate.parseIso(date);
    PartialDate end = until == null ? said : PartialDate.parseIso(until);
    int minute = said.time().map(t -> t.getHour() * 60 + t.getMinute()).orElse(NO_TIME);
    return RowFactory.create(said.firstDay().toEpochDay(), end.lastDay().toEpochDay(), minute);
  }
}

package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.text.VariantMatch;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * How words spread and who stands where, as Dataset operations over {@link LedgerTables}: the
 * reports of a quote from its first appearance on ({@code ledger.reportsOf(quote)}), the chain of
 * intermediaries an attribution came through ({@code ledger.viaChain(id)}) and the stances taken on a
 * claim ({@code ledger.standsOn(ClaimId)}), in the orders the ledger gives them.
 */
public final class SpreadQueries {
  /** Orders dates as {@link PartialDate#compareTo} does: earliest instant, then coarser first. */
  private static final StructType DATE_KEY =
      struct(required("instant", DataTypes.LongType), required("precision", DataTypes.IntegerType));
  private static final UserDefinedFunction DATE_ORDER =
      udf((UDF1<String, Row>) SpreadQueries::dateOrder, DATE_KEY).asNonNullable();
  private static final UserDefinedFunction POSITION_ORDER =
      udf((UDF1<String, Integer>) p -> ClaimStance.Position.valueOf(p).ordinal(), DataTypes.IntegerType)
          .asNonNullable();

  private SpreadQueries() {}

  /**
   * {@return who reported {@code quote} or a close variant of it (not a merely similar text), earliest
   * first: by the date the document was published, then by the time said (unknown last for each),
   * then in ledger order} The first row is the quote's first appearance. Columns: those of {@link
   * TableQueries#whoSaid}, then {@code published} and {@code outlet} (the publishing outlet's id).
   *
   * @param tables the ledger tables
   * @param quote the words of the quote, in any of its printed forms
   */
  public static Dataset<Row> reports(LedgerTables tables, String quote) {
    return reportsInOrder(tables, quote).orderBy(appearance());
  }

  /**
   * {@return the outlets that carried {@code quote} or a close variant, each once, in the order of
   * {@link #reports}: for each report the outlet that published its document, then the outlet of
   * the interview or broadcast it was said in, when the tables hold that outlet} Columns: {@code outlet} (its id) and {@code first}
   * (its first place in that sequence, from 0).
   *
   * @param tables the ledger tables
   * @param quote the words of the quote, in any of its printed forms
   */
  public static Dataset<Row> spread(LedgerTables tables, String quote) {
    Dataset<Row> numbered = reportsInOrder(tables, quote)
        .withColumn("report", row_number().over(Window.orderBy(appearance())))
        .select(col("report"), posexplode(array(col("outlet"), col("setting.outlet"))).as(new String[] {"side", "carrier"}));
    Dataset<Row> known = tables.outlets().select(col("id").as("known"));
    return numbered.join(known, numbered.col("carrier").equalTo(known.col("known")))
        .groupBy(col("carrier").as("outlet"))
        .agg(min(col("report").multiply(2).plus(col("side"))).as("first"))
        .orderBy(col("first"));
  }

  private static Dataset<Row> reportsInOrder(LedgerTables tables, String quote) {
    checkNotNull(tables, "tables");
    checkNotNull(quote, "quote");
    Dataset<Row> matches = TableQueries.whoSaid(tables, quote)
        .where(col("match").notEqual(VariantMatch.Kind.SIMILAR.name()));
    Dataset<Row> documents = tables.documents()
        .select(col("id").as("report_document"), col("published"), col("outlet"));
    return matches.join(documents, matches.col("document").equalTo(documents.col("report_document")))
        .drop("report_document");
  }

  /** The order of first appearance: published, then said (unknown last for each), then ledger order. */
  private static Column[] appearance() {
    return new Column[] {nullsLast(col("published")), DATE_ORDER.apply(col("published")),
        nullsLast(col("said.date")), DATE_ORDER.apply(col("said.date")), col("ordinal")};
  }

  /**
   * {@return the attribution with the id {@code attribution} and the ones it was reported through, in
   * order: itself at depth 0, its via at depth 1, and so on} Columns: the attribution's, then {@code
   * depth}. Empty when no attribution has the id; a via that names no attribution ends the chain.
   *
   * @param tables the ledger tables
   * @param attribution the attribution's id
   */
  public static Dataset<Row> viaChain(LedgerTables tables, String attribution) {
    checkNotNull(tables, "tables");
    checkNotNull(attribution, "attribution");
    Dataset<Row> all = tables.attributions();
    Dataset<Row> chain = all.where(col("id").equalTo(attribution)).withColumn("depth", lit(0));
    Dataset<Row> step = chain;
    // a ledger refuses loops of vias, so the chain ends; each step is one join on the id
    for (int depth = 1; !step.isEmpty(); depth++) {
      Dataset<Row> next = step.select(col("via").as("next")).where(col("next").isNotNull());
      step = all.join(next, all.col("id").equalTo(next.col("next"))).drop("next").withColumn("depth", lit(depth));
      step = step.localCheckpoint();
      chain = chain.unionByName(step);
    }
    return chain.orderBy(col("depth"));
  }

  /**
   * {@return the stances taken on the claim with the id {@code claim}: by position in the order of
   * {@link ClaimStance.Position}, then in ledger order} Columns: the attribution's, then {@code
   * position}. Empty when no attribution takes a stance on it.
   *
   * @param tables the ledger tables
   * @param claim the claim's id
   */
  public static Dataset<Row> stances(LedgerTables tables, String claim) {
    checkNotNull(tables, "tables");
    checkNotNull(claim, "claim");
    Dataset<Row> stances = tables.stances().where(col("claim").equalTo(claim))
        .select(col("attribution").as("taking"), col("ordinal").as("stance_ordinal"), col("position"));
    Dataset<Row> attributions = tables.attributions();
    return attributions.join(stances, attributions.col("id").equalTo(stances.col("taking")))
        .orderBy(POSITION_ORDER.apply(col("position")), col("ordinal"), col("stance_ordinal"))
        .drop("taking", "stance_ordinal");
  }

  /** Sorts null after every value: 1 for null, 0 otherwise. */
  private static Column nullsLast(Column column) {
    return when(column.isNull(), 1).otherwise(0);
  }

  /** The sort key of a date as {@link PartialDate} orders it; zeros for none, which sort by nullsLast first. */
  private static Row dateOrder(@Nullable String date) {
    if (date == null) {
      return RowFactory.create(0L, 0);
    }
    PartialDate parsed = PartialDate.parseIso(date);
    long instant = parsed.firstDay().atTime(parsed.time().orElse(LocalTime.MIDNIGHT))
        .toEpochSecond(ZoneOffset.UTC);
    return RowFactory.create(instant, parsed.precision().ordinal());
  }
}

package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.STRINGS;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.claimtrail.text.QuoteMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Groups the statements of {@link LedgerTables} that print one utterance in variants (insertions,
 * elisions, truncation, typography) into clusters, across outlets. Two statements are variants when
 * {@link QuoteMatcher}, the matcher of {@link dev.claimtrail.ledger.Ledger#whoSaid}, matches one
 * against the other; a cluster is a set of statements linked by such matches. Pairs are only
 * compared when {@link QuoteBlocking} gives them a key in common (MinHash bands over their word-pair
 * fingerprints, or a whole normalized form), so the work grows with the statements and the pairs
 * that resemble, never with all pairs. Each cluster of two statements or more that are attributed
 * is one row in {@link #CLUSTER}.
 */
public final class UtteranceClusters {
  /**
   * The columns of a cluster: the statement of its first appearance (which names the cluster), its
   * statements, the attribution, document and date of its first appearance, the outlets that printed
   * it and the texts printed, each list in order of first appearance.
   */
  public static final StructType CLUSTER = struct(required("cluster", StringType),
      required("statements", STRINGS), required("first_attribution", StringType),
      required("first_document", StringType), optional("first_date", StringType),
      required("outlets", STRINGS), required("variants", STRINGS));
  /** The most statements of one key that are all paired; beyond, each is paired with the next by id and the first. */
  static final int MAX_BUCKET = 100;

  private static final StructType KEYED = struct(required("key", LongType), required("id", StringType));
  private static final StructType PAIR = struct(required("a", StringType), required("b", StringType));
  private static final UserDefinedFunction VARIANTS = udf((UDF2<String, String, Boolean>) (a, b) ->
      QuoteMatcher.match(a, b).isPresent() || QuoteMatcher.match(b, a).isPresent(), DataTypes.BooleanType)
      .asNonNullable();

  private UtteranceClusters() {}

  /**
   * {@return the clusters of the statements of {@code tables}, in {@link #CLUSTER}} Appearances are
   * ordered by the date their document was published, else the date said (unknown last), then in
   * ledger order. The clusters are found when this is called (the links between statements spread
   * one step per Spark job); the rows describing them are computed when asked for.
   *
   * @param tables the ledger tables
   */
  public static Dataset<Row> of(LedgerTables tables) {
    checkNotNull(tables, "tables");
    Dataset<Row> statements = tables.statements().select("id", "text");
    Dataset<Row> members = components(matchedPairs(statements, candidatePairs(statements)))
        .withColumnRenamed("id", "member");
    Dataset<Row> documents = tables.documents()
        .select(col("id").as("doc"), col("outlet").as("doc_outlet"), col("published"));
    Dataset<Row> appearances = members
        .join(tables.attributions(), col("member").equalTo(col("statement")))
        .join(documents, col("document").equalTo(col("doc")))
        .join(statements.select(col("id").as("statement_id"), col("text")), col("statement").equalTo(col("statement_id")))
        .withColumn("when", coalesce(col("published"), col("said.date")))
        .withColumn("order", TableQueries.SAID_ORDER.apply(col("when"), lit(null).cast(StringType)))
        .select(col("label"), col("statement"), col("text"), col("id").as("attribution"),
            col("ordinal"), col("document"), col("doc_outlet").as("outlet"), col("when"),
            col("order.firstDay").as("day"), col("order.minute").as("minute"));
    return appearances
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("label"), Encoders.STRING())
        .mapGroups(new Summary(), Encoders.row(CLUSTER))
        .where(size(col("statements")).gt(1));
  }

  /** The pairs {@code a < b} of statement ids that share a blocking key, each once. */
  static Dataset<Row> candidatePairs(Dataset<Row> statements) {
    return statements
        .flatMap(new QuoteBlocking(), Encoders.row(KEYED))
        .groupBy("key").agg(sort_array(collect_set("id")).as("ids"))
        .where(size(col("ids")).gt(1))
        .flatMap(new BucketPairs(), Encoders.row(PAIR))
        .distinct();
  }

  /** The candidate pairs whose texts the matcher finds variants of each other, one way or the other. */
  private static Dataset<Row> matchedPairs(Dataset<Row> statements, Dataset<Row> pairs) {
    Dataset<Row> first = statements.select(col("id").as("a_id"), col("text").as("a_text"));
    Dataset<Row> second = statements.select(col("id").as("b_id"), col("text").as("b_text"));
    return pairs.join(first, col("a").equalTo(col("a_id"))).join(second, col("b").equalTo(col("b_id")))
        .where(VARIANTS.apply(col("a_text"), col("b_text")))
        .select("a", "b");
  }

  /**
   * The statements of the pairs, each with the least id of the statements it is linked to, over
   * and over: labels spread one link per round until no label changes.
   */
  private static Dataset<Row> components(Dataset<Row> pairs) {
    Dataset<Row> links = pairs.select(col("a").as("id"), col("b").as("other"))
        .union(pairs.select(col("b").as("id"), col("a").as("other")))
        .localCheckpoint();
    Dataset<Row> labels = links.select("id").distinct().withColumn("label", col("id")).localCheckpoint();
    while (true) {
      Dataset<Row> theirs = links
          .join(labels.select(col("id").as("neighbour"), col("label").as("their")), col("other").equalTo(col("neighbour")))
          .groupBy("id").agg(min("their").as("their"));
      Dataset<Row> next = labels.join(theirs, "id")
          .select(col("id"), least(col("label"), col("their")).as("label"))
          .localCheckpoint();
      long changed = next.join(labels.select(col("id"), col("label").as("before")), "id")
          .where(col("label").notEqual(col("before"))).count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
  }

  /**
   * Pairs the statements of one blocking key: all of them, or past {@link #MAX_BUCKET} each with the
   * first and with the next, so that the copies of a much printed quote are two links apart, not a
   * chain whose labels would take a round per link to spread.
   */
  private static final class BucketPairs implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row bucket) {
      List<String> ids = bucket.getList(bucket.fieldIndex("ids"));
      List<Row> pairs = new ArrayList<>();
      boolean large = ids.size() > MAX_BUCKET;
      for (int i = 0; i < ids.size(); i++) {
        int last = large ? Math.min(i + 1, ids.size() - 1) : ids.size() - 1;
        for (int j = i + 1; j <= last; j++) {
          pairs.add(RowFactory.create(ids.get(i), ids.get(j)));
        }
        if (large && i > 1) {
          pairs.add(RowFactory.create(ids.get(0), ids.get(i)));
        }
      }
      return pairs.iterator();
    }
  }

  /** Sums up the appearances of one cluster, in order of appearance. */
  private static final class Summary implements MapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(String label, Iterator<Row> rows) {
      List<Row> appearances = new ArrayList<>();
      rows.forEachRemaining(appearances::add);
      appearances.sort(Comparator.<Row>comparingLong(r -> r.getAs("day"))
          .thenComparingInt(r -> r.getAs("minute")).thenComparingLong(r -> r.getAs("ordinal")));
      Set<String> statements = new LinkedHashSet<>();
      Set<String> outlets = new LinkedHashSet<>();
      Set<String> variants = new LinkedHashSet<>();
      for (Row appearance : appearances) {
        statements.add(appearance.getAs("statement"));
        variants.add(appearance.getAs("text"));
        if (appearance.getAs("outlet") != null) {
          outlets.add(appearance.getAs("outlet"));
        }
      }
      Row first = appearances.get(0);
      return ScalaRows.of(CLUSTER, RowFactory.create(first.getAs("statement"), List.copyOf(statements),
          first.getAs("attribution"), first.getAs("document"), first.getAs("when"), List.copyOf(outlets),
          List.copyOf(variants)));
    }
  }
}

package dev.claimtrail.spark;

import static dev.claimtrail.spark.ValueTypes.AFFILIATION;
import static dev.claimtrail.spark.ValueTypes.PROVENANCE;
import static dev.claimtrail.spark.ValueTypes.ROLE;
import static dev.claimtrail.spark.ValueTypes.SETTING;
import static dev.claimtrail.spark.ValueTypes.SPAN;
import static dev.claimtrail.spark.ValueTypes.STRINGS;
import static dev.claimtrail.spark.ValueTypes.STRING_MAP;
import static dev.claimtrail.spark.ValueTypes.TIME_REFERENCE;
import static dev.claimtrail.spark.ValueTypes.listOf;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The tables of the relational form of a ledger, each with its name (the directory it is written
 * to) and its Spark schema. Records of the six kinds a ledger lists carry an {@code ordinal} that
 * orders them as the ledger does; a claim stance and a claim review, lists inside an attribution and
 * a claim, are rows of their own tables that name their parent and their place in its list. The
 * columns are described in {@code docs/spark.md}.
 */
public enum LedgerTable {
  /** One row per {@link dev.claimtrail.model.Speaker}. */
  SPEAKERS("speakers", struct(
      required("ordinal", LongType), required("id", StringType), required("name", StringType),
      required("kind", StringType), required("aliases", STRINGS), required("roles", listOf(ROLE)),
      optional("affiliation", AFFILIATION), optional("outlet", StringType),
      required("external_ids", STRING_MAP))),
  /** One row per {@link dev.claimtrail.model.Outlet}. */
  OUTLETS("outlets", struct(
      required("ordinal", LongType), required("id", StringType), required("name", StringType),
      required("kind", StringType), required("aliases", STRINGS), required("domains", STRINGS),
      optional("ownership", StringType), required("external_ids", STRING_MAP))),
  /** One row per {@link dev.claimtrail.model.Document}. */
  DOCUMENTS("documents", struct(
      required("ordinal", LongType), required("id", StringType), required("kind", StringType),
      optional("outlet", StringType), optional("url", StringType), optional("title", StringType),
      optional("published", StringType), optional("language", StringType),
      optional("text", StringType), optional("content_hash", StringType),
      required("cites", STRINGS), required("related", STRINGS))),
  /** One row per {@link dev.claimtrail.model.Statement}. */
  STATEMENTS("statements", struct(
      required("ordinal", LongType), required("id", StringType), required("text", StringType),
      required("kind", StringType), optional("language", StringType))),
  /** One row per {@link dev.claimtrail.model.Attribution}, with its evidence spans, via link and provenance. */
  ATTRIBUTIONS("attributions", struct(
      required("ordinal", LongType), required("id", StringType), required("statement", StringType),
      required("speaker", StringType), required("document", StringType),
      optional("speaker_mention", StringType), optional("speaker_mention_span", SPAN),
      optional("said", TIME_REFERENCE), optional("event_time", TIME_REFERENCE),
      optional("cue", StringType), required("stance", StringType), optional("setting", SETTING),
      optional("addressee", StringType), optional("via", StringType), required("hedges", STRINGS),
      required("evidence", listOf(SPAN)), required("provenance", PROVENANCE))),
  /** One row per {@link dev.claimtrail.model.ClaimStance} of an attribution. */
  STANCES("stances", struct(
      required("attribution", StringType), required("ordinal", IntegerType),
      required("claim", StringType), required("position", StringType))),
  /** One row per {@link dev.claimtrail.model.Claim}. */
  CLAIMS("claims", struct(
      required("ordinal", LongType), required("id", StringType), required("text", StringType))),
  /** One row per {@link dev.claimtrail.model.ClaimReview} of a claim. */
  REVIEWS("reviews", struct(
      required("claim", StringType), required("ordinal", IntegerType),
      required("reviewer", StringType), optional("reviewer_outlet", StringType),
      required("rating", StringType), optional("rating_value", IntegerType),
      optional("best_rating", IntegerType), optional("worst_rating", IntegerType),
      optional("date", StringType), optional("url", StringType)));

  private final String tableName;
  private final StructType schema;

  LedgerTable(String tableName, StructType schema) {
    this.tableName = tableName;
    this.schema = schema;
  }

  /** {@return the table's name, also the directory under which its Parquet files are written} */
  public String tableName() {
    return tableName;
  }

  /** {@return the Spark schema of the table's rows} */
  public StructType schema() {
    return schema;
  }
}

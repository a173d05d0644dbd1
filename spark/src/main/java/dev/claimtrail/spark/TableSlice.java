package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A part of {@link LedgerTables} small enough for one machine: the attributions to a speaker, in
 * the documents of an outlet, said in a date range, or taking a stance on a claim, with every record
 * they refer to, so that the part is a ledger of its own ({@link #of} then {@link
 * LedgerTables#toLedger()}, or {@link #write} to a file {@link Ledger#load} opens). The references
 * followed are those a ledger requires to resolve: an attribution's statement, speaker, document,
 * via (and its via, on), outlet of its setting and claims of its stances; a speaker's affiliation
 * and outlet; a document's outlet, citations and related documents; a claim's reviewers' outlets.
 * Immutable.
 */
public final class TableSlice {
  private final String description;
  private final BiFunction<LedgerTables, Dataset<Row>, Dataset<Row>> attributions;
  private final LedgerTable root;
  private final String rootId;

  private TableSlice(String description, BiFunction<LedgerTables, Dataset<Row>, Dataset<Row>> attributions,
      LedgerTable root, String rootId) {
    this.description = description;
    this.attributions = attributions;
    this.root = root;
    this.rootId = rootId;
  }

  /**
   * {@return the slice of the speaker with id {@code speaker}: the speaker and the attributions to it}
   *
   * @param speaker a speaker id
   */
  public static TableSlice bySpeaker(String speaker) {
    checkNotNull(speaker, "speaker");
    return new TableSlice("speaker " + speaker,
        (tables, a) -> a.where(col("speaker").equalTo(speaker)), LedgerTable.SPEAKERS, speaker);
  }

  /**
   * {@return the slice of the outlet with id {@code outlet}: the outlet, the documents it published and
   * the attributions they report}
   *
   * @param outlet an outlet id
   */
  public static TableSlice byOutlet(String outlet) {
    checkNotNull(outlet, "outlet");
    return new TableSlice("outlet " + outlet, (tables, a) -> a.join(
        tables.documents().where(col("outlet").equalTo(outlet)).select(col("id").as("published")),
        col("document").equalTo(col("published")), "left_semi"), LedgerTable.OUTLETS, outlet);
  }

  /**
   * {@return the slice of the claim with id {@code claim}: the claim and the attributions taking a stance on it}
   *
   * @param claim a claim id
   */
  public static TableSlice byClaim(String claim) {
    checkNotNull(claim, "claim");
    return new TableSlice("claim " + claim, (tables, a) -> a.join(
        tables.stances().where(col("claim").equalTo(claim)).select(col("attribution")),
        col("id").equalTo(col("attribution")), "left_semi"), LedgerTable.CLAIMS, claim);
  }

  /**
   * {@return the slice of the attributions said within {@code from} to {@code to}, both included: those
   * whose time said (a date of any precision, or a range) lies between the first day of {@code from}
   * and the last day of {@code to}; an attribution without a time said is left out}
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @throws IllegalArgumentException if {@code to} ends before {@code from} begins
   */
  public static TableSlice saidBetween(PartialDate from, PartialDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.lastDay().isBefore(from.firstDay()), "date range ends before it begins: %s to %s", from, to);
    long first = from.firstDay().toEpochDay();
    long last = to.lastDay().toEpochDay();
    return new TableSlice("said from " + from + " to " + to, (tables, a) -> {
      Column said = TableQueries.SAID_ORDER.apply(col("said.date"), col("said.until"));
      return a.where(col("said").isNotNull().and(said.getField("firstDay").geq(first))
          .and(said.getField("lastDay").leq(last)));
    }, LedgerTable.ATTRIBUTIONS, "");
  }

  /**
   * {@return the rows of {@code tables} in this slice, every reference among them resolving}
   *
   * @param tables the tables to take the slice of
   */
  public LedgerTables of(LedgerTables tables) {
    checkNotNull(tables, "tables");
    Dataset<Row> attributionIds = closure(attributions.apply(tables, tables.attributions()).select("id"),
        tables.attributions().select(col("id").as("from"), col("via").as("to")));
    Dataset<Row> attributions = kept(tables.attributions(), attributionIds);
    Dataset<Row> stances = tables.stances().join(attributionIds,
        col("attribution").equalTo(attributionIds.col("id")), "left_semi");
    Dataset<Row> speakers = kept(tables.speakers(), closure(
        rooted(LedgerTable.SPEAKERS, attributions.select(col("speaker").as("id"))),
        tables.speakers().select(col("id").as("from"), col("affiliation.speaker").as("to"))));
    Dataset<Row> documentIds = attributions.select(col("document").as("id"));
    if (root == LedgerTable.OUTLETS) {
      documentIds = documentIds.union(tables.documents().where(col("outlet").equalTo(rootId)).select("id"));
    }
    Dataset<Row> documents = kept(tables.documents(), closure(documentIds,
        tables.documents().select(col("id").as("from"), explode(col("related")).as("to"))));
    Dataset<Row> claims = kept(tables.claims(),
        rooted(LedgerTable.CLAIMS, stances.select(col("claim").as("id"))));
    Dataset<Row> reviews = tables.reviews().join(claims.select(col("id").as("reviewed")),
        col("claim").equalTo(col("reviewed")), "left_semi");
    Dataset<Row> outletIds = rooted(LedgerTable.OUTLETS, documents.select(col("outlet").as("id"))
        .union(documents.select(explode(col("cites")).as("id")))
        .union(speakers.select(col("outlet").as("id")))
        .union(attributions.select(col("setting.outlet").as("id")))
        .union(reviews.select(col("reviewer_outlet").as("id"))));
    return new LedgerTables(speakers, kept(tables.outlets(), outletIds), documents,
        kept(tables.statements(), attributions.select(col("statement").as("id"))), attributions, stances,
        claims, reviews);
  }

  /**
   * Writes the slice of {@code tables} to {@code file} as a ledger, collected on the driver: JSON Lines
   * for a name ending in {@code .jsonl}, a binary snapshot for {@code .ctl}, JSON otherwise, as
   * {@link Ledger#save(Path)} writes them.
   *
   * @param tables the tables to take the slice of
   * @param file the file on the driver's file system to create or replace
   * @return the ledger written
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public Ledger write(LedgerTables tables, Path file) {
    checkNotNull(file, "file");
    Ledger ledger = of(tables).toLedger();
    ledger.save(file);
    return ledger;
  }

  /** {@return what the slice holds, as {@code speaker <id>} or {@code said from <date> to <date>}} */
  @Override
  public String toString() {
    return description;
  }

  /** The ids with this slice's own record added, if it is one of {@code table}. */
  private Dataset<Row> rooted(LedgerTable table, Dataset<Row> ids) {
    return root == table
        ? ids.union(ids.sparkSession().createDataFrame(List.of(RowFactory.create(rootId)), ids.schema()))
        : ids;
  }

  private static Dataset<Row> kept(Dataset<Row> table, Dataset<Row> ids) {
    Dataset<Row> wanted = ids.where(col("id").isNotNull()).select(col("id").as("wanted")).distinct();
    return table.join(wanted, col("id").equalTo(col("wanted")), "left_semi");
  }

  /**
   * The ids and those they lead to, over and over, along the {@code from}, {@code to} pairs of {@code
   * edges}; computed now and kept with the executors, as every table of the slice is read through it.
   */
  private static Dataset<Row> closure(Dataset<Row> ids, Dataset<Row> edges) {
    Dataset<Row> links = edges.where(col("to").isNotNull()).cache();
    Dataset<Row> reached = ids.where(col("id").isNotNull()).distinct().localCheckpoint();
    if (!links.isEmpty()) {
      long count = reached.count();
      while (true) {
        Dataset<Row> next = reached.union(links.join(reached, col("from").equalTo(reached.col("id")), "left_semi")
            .select(col("to").as("id"))).distinct().localCheckpoint();
        long grown = next.count();
        if (grown == count) {
          break;
        }
        reached = next;
        count = grown;
      }
    }
    links.unpersist();
    return reached;
  }
}

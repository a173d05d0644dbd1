package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tables a SQL peer holds the corpus in, with their rows: only the columns the questions read,
 * days as days since the epoch (so every engine compares them as integers), ids as text. An
 * attribution's {@code ord} is its position in the corpus, the ledger's order.
 */
final class SqlTables {
  /**
   * One table.
   *
   * @param name its name
   * @param ddl its {@code CREATE TABLE} statement, with the primary key
   * @param columns how many columns it has
   */
  record Table(String name, String ddl, int columns) {}

  /** The tables, in the order their rows are loaded. */
  static final List<Table> TABLES = List.of(
      new Table("statements", "CREATE TABLE statements (id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)", 2),
      new Table("documents", "CREATE TABLE documents (id VARCHAR PRIMARY KEY, outlet VARCHAR, published INTEGER)", 3),
      new Table("attributions", "CREATE TABLE attributions (id VARCHAR PRIMARY KEY, ord INTEGER NOT NULL,"
          + " statement VARCHAR NOT NULL, speaker VARCHAR NOT NULL, document VARCHAR NOT NULL,"
          + " said_first INTEGER, said_last INTEGER, via VARCHAR)", 8),
      new Table("claim_stances", "CREATE TABLE claim_stances (attribution VARCHAR NOT NULL, claim VARCHAR NOT NULL,"
          + " position VARCHAR NOT NULL)", 3));

  private SqlTables() {}

  /** Receives the rows of one table; a value is a {@link String}, an {@link Integer} or null. */
  @FunctionalInterface
  interface RowSink {
    void row(@Nullable Object... values) throws SQLException;
  }

  /** Gives each row of {@code table} of {@code corpus} to {@code sink}. */
  static void rows(SyntheticCorpus corpus, Table table, RowSink sink) throws SQLException {
    switch (table.name()) {
      case "statements":
        for (Statement s : corpus.statements()) {
          sink.row(s.id().value(), s.text());
        }
        break;
      case "documents":
        for (Document d : corpus.documents()) {
          sink.row(d.id().value(), d.outlet().map(o -> o.value()).orElse(null),
              d.published().map(p -> (int) p.firstDay().toEpochDay()).orElse(null));
        }
        break;
      case "attributions":
        int ordinal = 0;
        for (Attribution a : corpus.attributions()) {
          TimeReference said = a.said().orElse(null);
          sink.row(a.id().value(), ordinal++, a.statement().value(), a.speaker().value(), a.document().value(),
              said == null ? null : (int) said.firstDay().toEpochDay(),
              said == null ? null : (int) said.lastDay().toEpochDay(), a.via().map(v -> v.value()).orElse(null));
        }
        break;
      case "claim_stances":
        for (Attribution a : corpus.attributions()) {
          for (ClaimStance stance : a.claimStances()) {
            sink.row(a.id().value(), stance.claim().value(), stance.position().name());
          }
        }
        break;
      default:
        throw new IllegalArgumentException("no table '" + table + "'");
    }
  }
}

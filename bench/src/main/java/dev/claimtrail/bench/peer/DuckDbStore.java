package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.TimeReference;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * DuckDB in-process over JDBC, holding the corpus in tables with the natural keys and indexes
 * (primary keys on every id; attributions indexed by statement, speaker and via; statements by
 * text; claim stances by claim) and answering each question with one SQL query, prepared once.
 * Loaded with DuckDB's appender. Not thread-safe.
 */
public final class DuckDbStore implements QuoteStore {
  private static final String[] SCHEMA = {
    "CREATE TABLE speakers (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL)",
    "CREATE TABLE sources (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL)",
    "CREATE TABLE documents (id VARCHAR PRIMARY KEY, outlet VARCHAR, published DATE)",
    "CREATE TABLE statements (id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL, kind VARCHAR NOT NULL)",
    "CREATE TABLE attributions (id VARCHAR PRIMARY KEY, ord INTEGER NOT NULL, statement VARCHAR NOT NULL,"
        + " speaker VARCHAR NOT NULL, document VARCHAR NOT NULL, said_first DATE, said_last DATE,"
        + " cue VARCHAR, stance VARCHAR NOT NULL, via VARCHAR)",
    "CREATE TABLE claims (id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL)",
    "CREATE TABLE claim_stances (attribution VARCHAR NOT NULL, claim VARCHAR NOT NULL, position VARCHAR NOT NULL)",
  };
  private static final String[] INDEXES = {
    "CREATE INDEX statements_text ON statements (text)",
    "CREATE INDEX attributions_statement ON attributions (statement)",
    "CREATE INDEX attributions_speaker ON attributions (speaker)",
    "CREATE INDEX attributions_via ON attributions (via)",
    "CREATE INDEX claim_stances_claim ON claim_stances (claim)",
  };

  private final Connection connection;
  private final PreparedStatement whoSaid;
  private final PreparedStatement timeline;
  private final PreparedStatement firstAppearance;
  private final PreparedStatement chain;
  private final PreparedStatement stances;

  private DuckDbStore(Connection connection) throws SQLException {
    this.connection = connection;
    whoSaid = connection.prepareStatement(
        "SELECT DISTINCT a.speaker FROM statements s JOIN attributions a ON a.statement = s.id WHERE s.text = ?");
    timeline = connection.prepareStatement(
        "SELECT id FROM attributions WHERE speaker = ? AND said_last >= ? AND said_first <= ?"
            + " ORDER BY said_first, ord");
    firstAppearance = connection.prepareStatement(
        "SELECT min(d.published), list(DISTINCT d.outlet) FROM attributions a"
            + " JOIN documents d ON d.id = a.document WHERE a.statement = ?");
    chain = connection.prepareStatement(
        "WITH RECURSIVE chain (id, speaker, via, depth) AS ("
            + " SELECT id, speaker, via, 0 FROM attributions WHERE id = ?"
            + " UNION ALL SELECT a.id, a.speaker, a.via, c.depth + 1 FROM attributions a JOIN chain c ON a.id = c.via)"
            + " SELECT speaker FROM chain ORDER BY depth");
    stances = connection.prepareStatement(
        "SELECT a.id, a.speaker, c.position FROM claim_stances c JOIN attributions a ON a.id = c.attribution"
            + " WHERE c.claim = ?");
  }

  /** An in-memory database holding {@code corpus}. */
  public static DuckDbStore load(SyntheticCorpus corpus) {
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement ddl = connection.createStatement()) {
        for (String table : SCHEMA) {
          ddl.execute(table);
        }
        append(connection.unwrap(DuckDBConnection.class), corpus);
        for (String index : INDEXES) {
          ddl.execute(index);
        }
      }
      return new DuckDbStore(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("loading the corpus into DuckDB failed", e);
    }
  }

  private static void append(DuckDBConnection connection, SyntheticCorpus corpus) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender("speakers")) {
      for (Speaker s : corpus.speakers()) {
        rows.beginRow().append(s.id().value()).append(s.name()).append(s.kind().name()).endRow();
      }
    }
    try (DuckDBAppender rows = connection.createAppender("sources")) {
      for (Outlet s : corpus.outlets()) {
        rows.beginRow().append(s.id().value()).append(s.name()).endRow();
      }
    }
    try (DuckDBAppender rows = connection.createAppender("documents")) {
      for (Document d : corpus.documents()) {
        rows.beginRow().append(d.id().value());
        appendNullable(rows, d.outlet().map(o -> o.value()).orElse(null));
        LocalDate published = d.published().map(p -> p.firstDay()).orElse(null);
        if (published == null) {
          rows.appendNull();
        } else {
          rows.append(published);
        }
        rows.endRow();
      }
    }
    try (DuckDBAppender rows = connection.createAppender("statements")) {
      for (dev.claimtrail.model.Statement s : corpus.statements()) {
        rows.beginRow().append(s.id().value()).append(s.text()).append(s.kind().name()).endRow();
      }
    }
    try (DuckDBAppender rows = connection.createAppender("attributions");
        DuckDBAppender stanceRows = connection.createAppender("claim_stances")) {
      int ordinal = 0;
      for (Attribution a : corpus.attributions()) {
        rows.beginRow().append(a.id().value()).append(ordinal++).append(a.statement().value())
            .append(a.speaker().value()).append(a.document().value());
        if (a.said().isPresent()) {
          TimeReference said = a.said().get();
          rows.append(said.firstDay()).append(said.lastDay());
        } else {
          rows.appendNull().appendNull();
        }
        appendNullable(rows, a.cue().orElse(null));
        rows.append(a.stance().name());
        appendNullable(rows, a.via().map(v -> v.value()).orElse(null));
        rows.endRow();
        for (ClaimStance stance : a.claimStances()) {
          stanceRows.beginRow().append(a.id().value()).append(stance.claim().value())
              .append(stance.position().name()).endRow();
        }
      }
    }
    try (DuckDBAppender rows = connection.createAppender("claims")) {
      for (Claim c : corpus.claims()) {
        rows.beginRow().append(c.id().value()).append(c.text()).endRow();
      }
    }
  }

  private static void appendNullable(DuckDBAppender rows, @Nullable String value) throws SQLException {
    if (value == null) {
      rows.appendNull();
    } else {
      rows.append(value);
    }
  }

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public Set<String> whoSaid(String text) {
    Set<String> speakers = new HashSet<>();
    query(whoSaid, rows -> speakers.add(rows.getString(1)), text);
    return speakers;
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    query(timeline, rows -> ids.add(rows.getString(1)), speaker, Date.valueOf(from), Date.valueOf(to));
    return ids;
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    List<FirstAppearance> found = new ArrayList<>(1);
    query(firstAppearance, rows -> {
      Set<String> outlets = new HashSet<>();
      for (Object outlet : (Object[]) rows.getArray(2).getArray()) {
        if (outlet != null) {
          outlets.add(outlet.toString());
        }
      }
      Date first = rows.getDate(1);
      found.add(new FirstAppearance(first == null ? null : first.toLocalDate(), outlets));
    }, statement);
    return found.get(0);
  }

  @Override
  public List<String> chain(String attribution) {
    List<String> speakers = new ArrayList<>();
    query(chain, rows -> speakers.add(rows.getString(1)), attribution);
    return speakers;
  }

  @Override
  public Set<String> stances(String claim) {
    Set<String> found = new HashSet<>();
    query(stances, rows -> found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3)), claim);
    return found;
  }

  private static void query(PreparedStatement statement, RowReader reader, Object... parameters) {
    try {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + statement, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing DuckDB failed", e);
    }
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }
}

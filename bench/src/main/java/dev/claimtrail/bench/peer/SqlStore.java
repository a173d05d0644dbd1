package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.bench.peer.SqlTables.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An in-process SQL engine over JDBC holding the corpus in {@link SqlTables}, with the indexes a
 * user of that engine would make for these questions, each question a statement prepared once:
 * SQLite and H2 in memory, with B-tree indexes (a speaker's attributions indexed with their first
 * day, so a timeline is one range scan), and DuckDB, an analytics engine, with its ART indexes. A
 * via chain is one primary-key lookup per link; the first appearance reads the documents of a
 * statement's attributions and takes their earliest day in Java. Not thread-safe.
 */
public final class SqlStore implements QuoteStore {
  /** The engines, with how each is opened, indexed and loaded. */
  public enum Engine {
    /** SQLite through xerial's driver, in memory. */
    SQLITE("jdbc:sqlite::memory:", "speaker, said_first"),
    /** H2, in memory. */
    H2("jdbc:h2:mem:", "speaker, said_first"),
    /** DuckDB, in memory, loaded through its appender. */
    DUCKDB("jdbc:duckdb:", "speaker");

    private final String url;
    private final String timelineColumns;

    Engine(String url, String timelineColumns) {
      this.url = url;
      this.timelineColumns = timelineColumns;
    }

    /** The name printed in results: {@code sqlite}, {@code h2}, {@code duckdb}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    private List<String> indexes() {
      return List.of(
          "CREATE INDEX statements_text ON statements (text)",
          "CREATE INDEX attributions_statement ON attributions (statement)",
          "CREATE INDEX attributions_speaker ON attributions (" + timelineColumns + ")",
          "CREATE INDEX claim_stances_claim ON claim_stances (claim)");
    }
  }

  private final Engine engine;
  private final Connection connection;
  private final PreparedStatement whoSaid;
  private final PreparedStatement timeline;
  private final PreparedStatement firstAppearance;
  private final PreparedStatement link;
  private final PreparedStatement stances;

  private SqlStore(Engine engine, Connection connection) throws SQLException {
    this.engine = engine;
    this.connection = connection;
    whoSaid = connection.prepareStatement(
        "SELECT DISTINCT a.speaker FROM statements s JOIN attributions a ON a.statement = s.id WHERE s.text = ?");
    timeline = connection.prepareStatement(
        "SELECT id FROM attributions WHERE speaker = ? AND said_first <= ? AND said_last >= ?"
            + " ORDER BY said_first, said_last, ord");
    firstAppearance = connection.prepareStatement(
        "SELECT d.published, d.outlet FROM attributions a JOIN documents d ON d.id = a.document WHERE a.statement = ?");
    link = connection.prepareStatement("SELECT speaker, via FROM attributions WHERE id = ?");
    stances = connection.prepareStatement(
        "SELECT a.id, a.speaker, c.position FROM claim_stances c JOIN attributions a ON a.id = c.attribution"
            + " WHERE c.claim = ?");
  }

  /** An in-memory database of {@code engine} holding {@code corpus}. */
  public static SqlStore load(Engine engine, SyntheticCorpus corpus) {
    try {
      Connection connection = DriverManager.getConnection(engine.url);
      try (Statement ddl = connection.createStatement()) {
        for (Table table : SqlTables.TABLES) {
          ddl.execute(table.ddl());
          if (engine == Engine.DUCKDB) {
            append(connection.unwrap(DuckDBConnection.class), corpus, table);
          } else {
            insert(connection, corpus, table);
          }
        }
        for (String index : engine.indexes()) {
          ddl.execute(index);
        }
        if (engine != Engine.DUCKDB) {
          ddl.execute("ANALYZE");
        }
      }
      return new SqlStore(engine, connection);
    } catch (SQLException e) {
      throw new IllegalStateException("loading the corpus into " + engine + " failed", e);
    }
  }

  private static void insert(Connection connection, SyntheticCorpus corpus, Table table) throws SQLException {
    connection.setAutoCommit(false);
    String marks = String.join(", ", Collections.nCopies(table.columns(), "?"));
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + table.name() + " VALUES (" + marks + ")")) {
      SqlTables.rows(corpus, table, values -> {
        for (int i = 0; i < values.length; i++) {
          insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
      });
      insert.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  private static void append(DuckDBConnection connection, SyntheticCorpus corpus, Table table) throws SQLException {
    try (DuckDBAppender rows = connection.createAppender(table.name())) {
      SqlTables.rows(corpus, table, values -> {
        rows.beginRow();
        for (Object value : values) {
          if (value == null) {
            rows.appendNull();
          } else if (value instanceof Integer) {
            rows.append((int) (Integer) value);
          } else {
            rows.append((String) value);
          }
        }
        rows.endRow();
      });
    }
  }

  @Override
  public String name() {
    return engine.label();
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
    query(timeline, rows -> ids.add(rows.getString(1)), speaker, (int) to.toEpochDay(), (int) from.toEpochDay());
    return ids;
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    Set<String> outlets = new HashSet<>();
    long[] first = {Long.MAX_VALUE};
    query(firstAppearance, rows -> {
      int published = rows.getInt(1);
      if (!rows.wasNull()) {
        first[0] = Math.min(first[0], published);
      }
      String outlet = rows.getString(2);
      if (outlet != null) {
        outlets.add(outlet);
      }
    }, statement);
    return new FirstAppearance(first[0] == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(first[0]), outlets);
  }

  @Override
  public List<String> chain(String attribution) {
    List<String> speakers = new ArrayList<>(3);
    String[] next = {attribution};
    while (next[0] != null) {
      String at = next[0];
      next[0] = null;
      query(link, rows -> {
        speakers.add(rows.getString(1));
        next[0] = rows.getString(2);
      }, at);
    }
    return speakers;
  }

  @Override
  public Set<String> stances(String claim) {
    Set<String> found = new HashSet<>();
    query(stances, rows -> found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3)), claim);
    return found;
  }

  private void query(PreparedStatement statement, RowReader reader, Object... parameters) {
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
      throw new IllegalStateException(engine + " query failed: " + statement, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing " + engine + " failed", e);
    }
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }
}

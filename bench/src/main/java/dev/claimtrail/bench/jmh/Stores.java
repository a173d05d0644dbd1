package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.peer.ClaimtrailStore;
import dev.claimtrail.bench.peer.DuckDbStore;
import dev.claimtrail.bench.peer.JenaStore;
import dev.claimtrail.bench.peer.LuceneSearch;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The systems under measurement, each a JMH state built from the {@link CorpusState} of the fork
 * that needs it, so that a benchmark of one system does not pay for building the others.
 */
public final class Stores {
  private Stores() {}

  /** claimtrail: the corpus as a ledger. */
  @State(Scope.Benchmark)
  public static class Claimtrail {
    /** The store; set up before the benchmark. */
    public ClaimtrailStore store;

    /** Builds the ledger. */
    @Setup(Level.Trial)
    public void build(CorpusState corpus) {
      store = new ClaimtrailStore(corpus.corpus.toLedger());
    }
  }

  /** DuckDB: the corpus in indexed tables. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    /** The store; set up before the benchmark. */
    public DuckDbStore store;

    /** Loads the tables. */
    @Setup(Level.Trial)
    public void load(CorpusState corpus) {
      store = DuckDbStore.load(corpus.corpus);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /** Jena: the corpus as PROV-O triples. */
  @State(Scope.Benchmark)
  public static class Jena {
    /** The store; set up before the benchmark. */
    public JenaStore store;

    /** Loads the graph. */
    @Setup(Level.Trial)
    public void load(CorpusState corpus) {
      store = JenaStore.load(corpus.corpus);
    }

    /** Releases the graph. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /** Lucene: the statements in a full-text index. */
  @State(Scope.Benchmark)
  public static class Lucene {
    /** The index; set up before the benchmark. */
    public LuceneSearch search;

    /** Indexes the statements. */
    @Setup(Level.Trial)
    public void index(CorpusState corpus) {
      search = LuceneSearch.index(corpus.corpus);
    }

    /** Closes the index. */
    @TearDown(Level.Trial)
    public void close() {
      search.close();
    }
  }
}

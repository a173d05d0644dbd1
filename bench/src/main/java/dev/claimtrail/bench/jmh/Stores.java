package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.bench.peer.ClaimtrailStore;
import dev.claimtrail.bench.peer.FloorStore;
import dev.claimtrail.bench.peer.JenaGraphStore;
import dev.claimtrail.bench.peer.JenaSparqlStore;
import dev.claimtrail.bench.peer.LuceneSearch;
import dev.claimtrail.bench.peer.QuoteStore;
import dev.claimtrail.bench.peer.SqlStore;
import dev.claimtrail.bench.peer.VariantSearch;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The systems under measurement, each a JMH state built from the {@link CorpusState} of the fork
 * that needs it, chosen by the {@code system} parameter, so that a benchmark of one system does not
 * pay for building the others and each fork calls one implementation only.
 */
public final class Stores {
  private Stores() {}

  /** The system named {@code system} holding {@code corpus}. */
  public static QuoteStore quoteStore(String system, SyntheticCorpus corpus) {
    switch (system) {
      case "claimtrail": return new ClaimtrailStore(corpus.toLedger());
      case "floor": return FloorStore.of(corpus);
      case "sqlite": return SqlStore.load(SqlStore.Engine.SQLITE, corpus);
      case "h2": return SqlStore.load(SqlStore.Engine.H2, corpus);
      case "duckdb": return SqlStore.load(SqlStore.Engine.DUCKDB, corpus);
      case "jena-graph": return JenaGraphStore.load(corpus);
      case "jena-sparql": return JenaSparqlStore.load(corpus);
      default: throw new IllegalArgumentException("no system '" + system + "'");
    }
  }

  /** A system that answers the who-said-what questions. */
  @State(Scope.Benchmark)
  public static class Lookups {
    /** The system: claimtrail, the plain-Java floor, or a peer. */
    @Param({"claimtrail", "floor", "sqlite", "h2", "duckdb", "jena-graph", "jena-sparql"})
    public String system;

    /** The store; set up before the benchmark. */
    public QuoteStore store;

    /** Builds the store. */
    @Setup(Level.Trial)
    public void build(CorpusState corpus) {
      store = quoteStore(system, corpus.corpus);
    }

    /** Releases what the store holds. */
    @TearDown(Level.Trial)
    public void close() {
      store.close();
    }
  }

  /** A system that finds who said a variant of a quote. */
  @State(Scope.Benchmark)
  public static class Variants {
    /** The searcher: claimtrail or Lucene. */
    @Param({"claimtrail", "lucene"})
    public String searcher;

    /** The search; set up before the benchmark. */
    public VariantSearch search;

    private AutoCloseable resource;

    /** Builds the search. */
    @Setup(Level.Trial)
    public void build(CorpusState corpus) {
      if (searcher.equals("lucene")) {
        LuceneSearch lucene = LuceneSearch.index(corpus.corpus);
        search = lucene;
        resource = lucene;
      } else {
        ClaimtrailStore claimtrail = new ClaimtrailStore(corpus.corpus.toLedger());
        search = claimtrail;
        resource = claimtrail;
      }
    }

    /** Releases what the search holds. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      resource.close();
    }
  }
}

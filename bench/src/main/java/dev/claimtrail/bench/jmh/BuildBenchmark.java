package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.peer.JenaGraphStore;
import dev.claimtrail.bench.peer.LuceneSearch;
import dev.claimtrail.bench.peer.SqlStore;
import dev.claimtrail.ledger.Ledger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to build each system's indexed form of the corpus from its records in memory: the
 * claimtrail ledger (validated and indexed), DuckDB tables through the appender with their indexes,
 * the Jena graph, the Lucene index. One operation builds the whole corpus.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BuildBenchmark {
  /** The claimtrail ledger. */
  @Benchmark
  public Ledger ledgerClaimtrail(CorpusState corpus) {
    return corpus.corpus.toLedger();
  }

  /** DuckDB tables and indexes. */
  @Benchmark
  public void tablesDuckDb(CorpusState corpus) {
    SqlStore.load(SqlStore.Engine.DUCKDB, corpus.corpus).close();
  }

  /** The Jena graph. */
  @Benchmark
  public void graphJena(CorpusState corpus) {
    JenaGraphStore.load(corpus.corpus).close();
  }

  /** The Lucene index of the statements. */
  @Benchmark
  public void indexLucene(CorpusState corpus) {
    LuceneSearch.index(corpus.corpus).close();
  }
}

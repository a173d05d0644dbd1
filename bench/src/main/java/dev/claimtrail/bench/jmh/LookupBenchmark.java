package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.Probes.ExactProbe;
import dev.claimtrail.bench.corpus.Probes.TimelineProbe;
import dev.claimtrail.bench.corpus.Probes.VariantProbe;
import dev.claimtrail.bench.peer.QuoteStore;
import dev.claimtrail.bench.peer.VariantSearch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of each who-said-what question, asked of claimtrail and of each peer on the same
 * corpus with the same probes: exact who-said, a speaker's timeline over 90 days, the first
 * appearance and outlets of a statement, the via chain of a second-hand attribution, the stances
 * toward a claim, and who-said for a variant (claimtrail against Lucene). Method names end with
 * the system asked.
 *
 * <p>Three forks: the same code in two JVMs has been seen to run a lookup at speeds apart by half,
 * each JVM keeping its pace for the whole run, so one fork measures whichever pace it drew. Four
 * warm-up iterations: after two, the first measured iteration was still the slowest.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(3)
public class LookupBenchmark {
  private static Object whoSaid(QuoteStore store, Cursor cursor) {
    ExactProbe probe = cursor.probes.exact().get(cursor.next(cursor.probes.exact().size()));
    return store.whoSaid(probe.text());
  }

  private static Object timeline(QuoteStore store, Cursor cursor) {
    TimelineProbe probe = cursor.probes.timelines().get(cursor.next(cursor.probes.timelines().size()));
    return store.timeline(probe.speaker().value(), probe.from(), probe.to());
  }

  private static Object firstAppearance(QuoteStore store, Cursor cursor) {
    return store.firstAppearance(
        cursor.probes.statements().get(cursor.next(cursor.probes.statements().size())).value());
  }

  private static Object chain(QuoteStore store, Cursor cursor) {
    return store.chain(cursor.probes.chains().get(cursor.next(cursor.probes.chains().size())).value());
  }

  private static Object stances(QuoteStore store, Cursor cursor) {
    return store.stances(cursor.probes.claims().get(cursor.next(cursor.probes.claims().size())).value());
  }

  private static Object variant(VariantSearch search, Cursor cursor) {
    VariantProbe probe = cursor.probes.variants().get(cursor.next(cursor.probes.variants().size()));
    return search.whoSaidVariant(probe.text());
  }

  /** Exact who-said, claimtrail. */
  @Benchmark
  public Object whoSaidClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return whoSaid(system.store, cursor);
  }

  /** Exact who-said, DuckDB. */
  @Benchmark
  public Object whoSaidDuckDb(Stores.DuckDb system, Cursor cursor) {
    return whoSaid(system.store, cursor);
  }

  /** Exact who-said, Jena. */
  @Benchmark
  public Object whoSaidJena(Stores.Jena system, Cursor cursor) {
    return whoSaid(system.store, cursor);
  }

  /** Timeline, claimtrail. */
  @Benchmark
  public Object timelineClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return timeline(system.store, cursor);
  }

  /** Timeline, DuckDB. */
  @Benchmark
  public Object timelineDuckDb(Stores.DuckDb system, Cursor cursor) {
    return timeline(system.store, cursor);
  }

  /** Timeline, Jena. */
  @Benchmark
  public Object timelineJena(Stores.Jena system, Cursor cursor) {
    return timeline(system.store, cursor);
  }

  /** First appearance and outlets, claimtrail. */
  @Benchmark
  public Object firstAppearanceClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return firstAppearance(system.store, cursor);
  }

  /** First appearance and outlets, DuckDB. */
  @Benchmark
  public Object firstAppearanceDuckDb(Stores.DuckDb system, Cursor cursor) {
    return firstAppearance(system.store, cursor);
  }

  /** First appearance and outlets, Jena. */
  @Benchmark
  public Object firstAppearanceJena(Stores.Jena system, Cursor cursor) {
    return firstAppearance(system.store, cursor);
  }

  /** Via chain, claimtrail. */
  @Benchmark
  public Object chainClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return chain(system.store, cursor);
  }

  /** Via chain, DuckDB. */
  @Benchmark
  public Object chainDuckDb(Stores.DuckDb system, Cursor cursor) {
    return chain(system.store, cursor);
  }

  /** Via chain, Jena. */
  @Benchmark
  public Object chainJena(Stores.Jena system, Cursor cursor) {
    return chain(system.store, cursor);
  }

  /** Claim stances, claimtrail. */
  @Benchmark
  public Object stancesClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return stances(system.store, cursor);
  }

  /** Claim stances, DuckDB. */
  @Benchmark
  public Object stancesDuckDb(Stores.DuckDb system, Cursor cursor) {
    return stances(system.store, cursor);
  }

  /** Claim stances, Jena. */
  @Benchmark
  public Object stancesJena(Stores.Jena system, Cursor cursor) {
    return stances(system.store, cursor);
  }

  /** Variant who-said, claimtrail. */
  @Benchmark
  public Object variantClaimtrail(Stores.Claimtrail system, Cursor cursor) {
    return variant(system.store, cursor);
  }

  /** Variant who-said, Lucene. */
  @Benchmark
  public Object variantLucene(Stores.Lucene system, Cursor cursor) {
    return variant(system.search, cursor);
  }
}

package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.jmh.Cursor.Timeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of each who-said-what question, asked of claimtrail, of the plain-Java floor and of
 * each peer ({@link Stores.Lookups#system}) on the same corpus with the same probes, given as fresh
 * strings (see {@link Cursor}): exact who-said, a speaker's timeline over 90 days, the first
 * appearance and outlets of a statement, the via chain of a second-hand attribution, the stances
 * toward a claim, and who-said for a variant (claimtrail against Lucene, {@link
 * Stores.Variants#searcher}).
 *
 * <p>Two forks, as two JVMs running the same code have been seen to keep different paces for a
 * whole run. The warm-up (8 s) settles claimtrail, the floor and the SQL engines; Jena's SPARQL and
 * Lucene have been seen to need 15 to 20 s, which {@code bench/run --warmup 20} gives at the cost of
 * a run twice as long. The report names every benchmark whose measured iterations still drift.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LookupBenchmark {
  /** Exact who-said. */
  @Benchmark
  public Object whoSaid(Stores.Lookups system, Cursor cursor) {
    return system.store.whoSaid(cursor.exactText());
  }

  /** A speaker's timeline over 90 days. */
  @Benchmark
  public Object timeline(Stores.Lookups system, Cursor cursor) {
    Timeline probe = cursor.timeline();
    return system.store.timeline(probe.speaker(), probe.from(), probe.to());
  }

  /** First appearance and outlets of a statement. */
  @Benchmark
  public Object firstAppearance(Stores.Lookups system, Cursor cursor) {
    return system.store.firstAppearance(cursor.statement());
  }

  /** The via chain of a second-hand attribution. */
  @Benchmark
  public Object chain(Stores.Lookups system, Cursor cursor) {
    return system.store.chain(cursor.chain());
  }

  /** The stances toward a claim. */
  @Benchmark
  public Object stances(Stores.Lookups system, Cursor cursor) {
    return system.store.stances(cursor.claim());
  }

  /** Who said a variant of a quote. */
  @Benchmark
  public Object variant(Stores.Variants search, Cursor cursor) {
    return search.search.whoSaidVariant(cursor.variantText());
  }
}

package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.Articles;
import dev.claimtrail.extract.Extractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one thread, over a batch of news-length articles made from the corpus
 * (see {@link Articles}), one extraction per article. The UTF-8 bytes extracted are counted by
 * {@link TextBytes} and the CPU time used by {@link ProcessCpu}, so JMH reports bytes and CPU
 * nanoseconds per second beside operations per second. The warm-up is long (20 s), as the
 * extractor's many rules need much CPU time before the compiler has them all, and a shared machine
 * gives the fork only part of a core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
  /** Articles in the batch. */
  public static final int BATCH = 16;

  private List<String> batch;
  private long batchBytes;

  /** Writes the articles. */
  @Setup(Level.Trial)
  public void write(CorpusState corpus) {
    batch = new Articles(corpus.corpus).articles(BATCH);
    batchBytes = batch.stream().mapToLong(TextBytes::of).sum();
  }

  /** The batch of articles, one extraction each. */
  @Benchmark
  public int articles(TextBytes counter, ProcessCpu cpu) {
    int found = 0;
    for (String text : batch) {
      found += Extractor.standard().extract(text).attributions().size();
    }
    counter.bytes += batchBytes;
    cpu.update();
    return found;
  }
}

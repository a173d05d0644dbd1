package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.CorpusGenerator;
import dev.claimtrail.bench.corpus.CorpusSpec;
import dev.claimtrail.bench.corpus.SyntheticCorpus;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated corpus every benchmark of a run works on, generated once per fork from the
 * {@code size} parameter ({@code 1k}, {@code 100k}, {@code 1m}, {@code 10m}) and the default seed.
 */
@State(Scope.Benchmark)
public class CorpusState {
  /** The number of attributions, as {@link CorpusSpec#parseCount(String)} reads it. */
  @Param("100k")
  public String size;

  /** The corpus; set up before the benchmark. */
  public SyntheticCorpus corpus;

  /** Generates the corpus. */
  @Setup(Level.Trial)
  public void generate() {
    corpus = CorpusGenerator.generate(CorpusSpec.ofSize(size));
  }
}

package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.Probes;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Walks the corpus's probes: each call of a lookup benchmark asks the next probe of its kind, so a
 * measurement averages over the same probes, in the same order, for every system.
 */
@State(Scope.Thread)
public class Cursor {
  private int next;

  /** The probes of the corpus; set up before the benchmark. */
  public Probes probes;

  /** Starts at the first probe. */
  @Setup(Level.Trial)
  public void start(CorpusState corpus) {
    probes = corpus.corpus.probes();
    next = 0;
  }

  /** The index of the next probe among {@code count}. */
  public int next(int count) {
    int index = next % count;
    next = index + 1;
    return index;
  }
}

package dev.claimtrail.bench.jmh;

import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the UTF-8 bytes a throughput benchmark processed; JMH reports them per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TextBytes {
  /** UTF-8 bytes processed so far in the iteration. */
  public long bytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }

  /** The UTF-8 length of {@code text}. */
  static long of(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}

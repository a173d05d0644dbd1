package dev.claimtrail.bench.jmh;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the CPU time the benchmark's JVM used in an iteration, its collector and compiler threads
 * included; JMH reports it per second of wall time. Bytes per second divided by CPU seconds per
 * second gives the throughput of one fully used core, which holds even when other processes share
 * the machine's cores and stretch the wall time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ProcessCpu {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Nanoseconds of CPU time the JVM used since the iteration began, as of the last operation. */
  public long cpuNanos;

  private long start;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
    start = OS.getProcessCpuTime();
  }

  /** Records the CPU time used since the iteration began; called at the end of each operation. */
  void update() {
    cpuNanos = OS.getProcessCpuTime() - start;
  }
}

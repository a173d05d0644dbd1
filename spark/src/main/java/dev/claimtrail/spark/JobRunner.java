package dev.claimtrail.spark;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Runs a job's main class as the {@code claimtrail} command runs: in the session {@code spark-submit}
 * configures, stopped at the end, exiting with the job's exit code (0 success, 1 failure, 2 a wrong
 * command line).
 */
final class JobRunner {
  /** What starts each error line a job prints. */
  static final String ERROR_PREFIX = "claimtrail-spark: ";

  private JobRunner() {}

  /** A job run in a session with its arguments, reporting to standard output and error. */
  @FunctionalInterface
  interface Job {
    int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err);
  }

  /** Runs {@code job} with {@code args} in a session named {@code appName}, then exits with its code. */
  static void main(String appName, Job job, String[] args) {
    SparkSession spark = SparkSession.builder().appName(appName).getOrCreate();
    int status;
    try {
      status = job.run(spark, List.of(args), System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Reports a wrong command line, then the usage; returns 2, the exit code of a wrong command line. */
  static int usage(PrintStream err, @Nullable String problem, String usage) {
    err.println(ERROR_PREFIX + problem);
    err.println(usage);
    return 2;
  }

  /** Reports that {@code what} failed with {@code e}; returns 1, the exit code of a failed job. */
  static int failed(PrintStream err, String what, Exception e) {
    err.println(ERROR_PREFIX + what + " failed: " + e.getMessage());
    return 1;
  }
}

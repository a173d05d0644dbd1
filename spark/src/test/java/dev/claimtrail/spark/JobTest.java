package dev.claimtrail.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the tests of a {@code spark-submit} job share: the local session, and a run of the job with
 * its standard output and standard error captured in {@link #out} and {@link #err}.
 */
abstract class JobTest {
  static SparkSession spark;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  /** Runs the job under test as its {@code main} would, and returns its exit code. */
  abstract int runJob(SparkSession spark, List<String> args, PrintStream out, PrintStream err);

  final int run(String... args) {
    return runJob(spark, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}

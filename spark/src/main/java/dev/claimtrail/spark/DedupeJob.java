package dev.claimtrail.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The deduplication job for {@code spark-submit}: {@code DedupeJob <tables> <output>} reads the
 * tables written under {@code tables}, groups their statements into {@link UtteranceClusters} and
 * writes the clusters as Parquet to {@code output}, replacing what is there. As {@link ExtractJob}:
 * errors go to standard error as one line starting with {@code claimtrail-spark:}; the exit code is
 * 0 on success, 1 when the job fails and 2 for a command line that is wrong. Clustering has no
 * records of its own that may fail, so there is no {@code --fail-on-error}.
 */
public final class DedupeJob {
  static final String USAGE = "usage: DedupeJob <tables> <output>";

  private DedupeJob() {}

  /**
   * Runs the job in the session {@code spark-submit} configures and exits with its exit code.
   *
   * @param args {@code <tables> <output>}
   */
  public static void main(String[] args) {
    JobRunner.main("claimtrail-dedupe", DedupeJob::run, args);
  }

  /**
   * Runs the job in {@code spark}, reporting to {@code out} and {@code err}.
   *
   * @param spark the session to run in
   * @param args {@code <tables> <output>}
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code: 0, 1 when the job failed, 2 for a wrong command line
   */
  static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("--"))) {
      return JobRunner.usage(err, "expected tables and an output, got " + args, USAGE);
    }
    try {
      Dataset<Row> clusters = UtteranceClusters.of(LedgerTables.read(spark, args.get(0)));
      clusters.write().mode(SaveMode.Overwrite).parquet(args.get(1));
      Row totals = spark.read().parquet(args.get(1))
          .agg(count(lit(1)), coalesce(sum(size(col("statements"))), lit(0L)))
          .first();
      out.printf("%s: %d clusters of %d statements written to %s%n", args.get(0), totals.getLong(0),
          totals.getLong(1), args.get(1));
      return 0;
    } catch (Exception e) { // Spark's AnalysisException (a missing input, say) is a checked exception thrown unchecked
      return JobRunner.failed(err, "clustering " + args.get(0), e);
    }
  }
}

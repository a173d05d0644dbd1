package dev.claimtrail.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The extraction job for {@code spark-submit}: {@code ExtractJob [--fail-on-error] <input> <format>
 * <output>} reads the articles at {@code input} (a file, directory or glob) in {@code format}
 * ({@code jsonl}, {@code parquet} or {@code text}), extracts them with {@link DistributedExtraction}
 * and writes the tables and the failures under {@code output}, replacing what is there. As the
 * {@code claimtrail} command does: errors go to standard error as one line starting with {@code
 * claimtrail-spark:}; the exit code is 0 on success, 1 when the job fails (or, with {@code
 * --fail-on-error}, when an article failed) and 2 for a command line that is wrong.
 */
public final class ExtractJob {
  static final String USAGE = "usage: ExtractJob [--fail-on-error] <input> <jsonl|parquet|text> <output>";

  private ExtractJob() {}

  /**
   * Runs the job in the session {@code spark-submit} configures and exits with its exit code.
   *
   * @param args {@code [--fail-on-error] <input> <format> <output>}
   */
  public static void main(String[] args) {
    JobRunner.main("claimtrail-extract", ExtractJob::run, args);
  }

  /**
   * Runs the job in {@code spark}, reporting to {@code out} and {@code err}.
   *
   * @param spark the session to run in
   * @param args {@code [--fail-on-error] <input> <format> <output>}
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code: 0, 1 when the job or, with {@code --fail-on-error}, an article failed,
   *     2 for a wrong command line
   */
  static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    List<String> operands = new ArrayList<>(args);
    boolean failOnError = operands.remove("--fail-on-error");
    if (operands.size() != 3 || operands.stream().anyMatch(a -> a.startsWith("--"))) {
      return JobRunner.usage(err, "expected an input, a format and an output, got " + args, USAGE);
    }
    ArticleFormat format;
    try {
      format = ArticleFormat.named(operands.get(1));
    } catch (IllegalArgumentException e) {
      return JobRunner.usage(err, e.getMessage(), USAGE);
    }
    try {
      ExtractedTables extracted = DistributedExtraction.standard()
          .extract(Articles.read(spark, operands.get(0), format));
      extracted.write(operands.get(2));
      long failures = extracted.failures().count();
      long attributions = extracted.tables().attributions().count();
      extracted.release();
      out.printf("%s: %d attributions, %d articles failed; tables written to %s%n",
          operands.get(0), attributions, failures, operands.get(2));
      return failOnError && failures > 0 ? 1 : 0;
    } catch (Exception e) { // Spark's AnalysisException (a missing input, say) is a checked exception thrown unchecked
      return JobRunner.failed(err, "extracting " + operands.get(0), e);
    }
  }
}

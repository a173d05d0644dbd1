package dev.claimtrail.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The Quotebank import job for {@code spark-submit}: {@code ImportQuotebankJob [--fail-on-error]
 * <input> <layout> <output>} reads the Quotebank JSON Lines at {@code input} (a file, directory or
 * glob; {@code .bz2} as published) in {@code layout} ({@code quotations} or {@code articles}),
 * imports them with {@link DistributedQuotebank} and writes the tables and the failures under
 * {@code output}, replacing what is there. As {@link ExtractJob}: errors go to standard error as one
 * line starting with {@code claimtrail-spark:}; the exit code is 0 on success, 1 when the job fails
 * (or, with {@code --fail-on-error}, when a line failed) and 2 for a command line that is wrong.
 */
public final class ImportQuotebankJob {
  static final String USAGE =
      "usage: ImportQuotebankJob [--fail-on-error] <input> <quotations|articles> <output>";

  private ImportQuotebankJob() {}

  /**
   * Runs the job in the session {@code spark-submit} configures and exits with its exit code.
   *
   * @param args {@code [--fail-on-error] <input> <layout> <output>}
   */
  public static void main(String[] args) {
    JobRunner.main("claimtrail-import-quotebank", ImportQuotebankJob::run, args);
  }

  /**
   * Runs the job in {@code spark}, reporting to {@code out} and {@code err}.
   *
   * @param spark the session to run in
   * @param args {@code [--fail-on-error] <input> <layout> <output>}
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code: 0, 1 when the job or, with {@code --fail-on-error}, a line failed, 2 for
   *     a wrong command line
   */
  static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    List<String> operands = new ArrayList<>(args);
    boolean failOnError = operands.remove("--fail-on-error");
    if (operands.size() != 3 || operands.stream().anyMatch(a -> a.startsWith("--"))) {
      return JobRunner.usage(err, "expected an input, a layout and an output, got " + args, USAGE);
    }
    QuotebankLayout layout;
    try {
      layout = QuotebankLayout.named(operands.get(1));
    } catch (IllegalArgumentException e) {
      return JobRunner.usage(err, e.getMessage(), USAGE);
    }
    try {
      ExtractedTables imported = DistributedQuotebank.read(spark, operands.get(0), layout);
      imported.write(operands.get(2));
      long failures = imported.failures().count();
      long attributions = imported.tables().attributions().count();
      imported.release();
      out.printf("%s: %d attributions, %d lines failed; tables written to %s%n",
          operands.get(0), attributions, failures, operands.get(2));
      return failOnError && failures > 0 ? 1 : 0;
    } catch (Exception e) { // Spark's AnalysisException (a missing input, say) is a checked exception thrown unchecked
      return JobRunner.failed(err, "importing " + operands.get(0), e);
    }
  }
}

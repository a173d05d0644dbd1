package dev.claimtrail.spark;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The slice job for {@code spark-submit}: {@code SliceJob <tables> speaker|outlet|claim <id> <file>}
 * or {@code SliceJob <tables> said <from> <to> <file>} reads the tables written under {@code
 * tables}, takes the {@link TableSlice} of a speaker, an outlet, a claim or the dates said from
 * {@code from} to {@code to} (as {@code 2024}, {@code 2024-07} or {@code 2024-07-15}), and writes it
 * as a ledger to {@code file} on the driver's file system (JSON Lines for {@code .jsonl}, a snapshot
 * for {@code .ctl}, JSON otherwise), which {@code Ledger.load} and {@code claimtrail shell} open. As
 * {@link ExtractJob}: errors go to standard error as one line starting with {@code claimtrail-spark:};
 * the exit code is 0 on success, 1 when the job fails and 2 for a command line that is wrong. A slice
 * has no records of its own that may fail, so there is no {@code --fail-on-error}.
 */
public final class SliceJob {
  static final String USAGE =
      "usage: SliceJob <tables> speaker|outlet|claim <id> <file>  or  SliceJob <tables> said <from> <to> <file>";

  private SliceJob() {}

  /**
   * Runs the job in the session {@code spark-submit} configures and exits with its exit code.
   *
   * @param args {@code <tables> <kind> <id> <file>} or {@code <tables> said <from> <to> <file>}
   */
  public static void main(String[] args) {
    JobRunner.main("claimtrail-slice", SliceJob::run, args);
  }

  /**
   * Runs the job in {@code spark}, reporting to {@code out} and {@code err}.
   *
   * @param spark the session to run in
   * @param args {@code <tables> <kind> <id> <file>} or {@code <tables> said <from> <to> <file>}
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code: 0, 1 when the job failed, 2 for a wrong command line
   */
  static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    if (args.size() < 4 || args.stream().anyMatch(a -> a.startsWith("--"))) {
      return JobRunner.usage(err, "expected tables, a slice and a file, got " + args, USAGE);
    }
    TableSlice slice;
    try {
      slice = slice(args.subList(1, args.size() - 1));
    } catch (IllegalArgumentException e) {
      return JobRunner.usage(err, e.getMessage(), USAGE);
    }
    String tables = args.get(0);
    Path file = Path.of(args.get(args.size() - 1));
    try {
      Ledger ledger = slice.write(LedgerTables.read(spark, tables), file);
      out.printf("%s: %s: %d attributions, %d speakers, %d documents written to %s%n", tables, slice,
          ledger.attributions().size(), ledger.speakers().size(), ledger.documents().size(), file);
      return 0;
    } catch (Exception e) { // Spark's AnalysisException (a missing input, say) is a checked exception thrown unchecked
      return JobRunner.failed(err, "slicing " + tables, e);
    }
  }

  /** The slice a command line names: a kind and its id, or {@code said} and two dates. */
  private static TableSlice slice(List<String> words) {
    String kind = words.get(0);
    if (kind.equals("said")) {
      if (words.size() != 3) {
        throw new IllegalArgumentException("a said slice takes two dates, from and to, got " + words.subList(1, words.size()));
      }
      return TableSlice.saidBetween(PartialDate.parseIso(words.get(1)), PartialDate.parseIso(words.get(2)));
    }
    if (words.size() != 2) {
      throw new IllegalArgumentException("a " + kind + " slice takes one id, got " + words.subList(1, words.size()));
    }
    return switch (kind) {
      case "speaker" -> TableSlice.bySpeaker(words.get(1));
      case "outlet" -> TableSlice.byOutlet(words.get(1));
      case "claim" -> TableSlice.byClaim(words.get(1));
      default -> throw new IllegalArgumentException(
          "unknown slice '" + kind + "' (expected speaker, outlet, claim or said)");
    };
  }
}

package dev.claimtrail.spark;

import dev.claimtrail.ledger.Ledger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The small local Spark session the test classes share: two threads, no UI, few partitions. Made
 * once for the test JVM, as starting one costs seconds; Spark's shutdown hook stops it.
 */
final class LocalSpark {
  private static final Pattern UNPAIRED_SURROGATE =
      Pattern.compile("(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])");

  private LocalSpark() {}

  /** Whether Spark can hold the ledger's strings (no unpaired surrogate), which the records' {@code toString} all show. */
  static boolean holdsStrings(Ledger ledger) {
    String records = List.of(ledger.speakers(), ledger.outlets(), ledger.documents(),
        ledger.statements(), ledger.attributions(), ledger.claims()).toString();
    return !UNPAIRED_SURROGATE.matcher(records).find();
  }

  static SparkSession session() {
    return SparkSession.builder()
        .appName("claimtrail-spark-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/claimtrail-spark-warehouse")
        .getOrCreate();
  }
}

package dev.claimtrail.spark;

import org.apache.spark.sql.SparkSession;

/** Starts the small local Spark session the tests share: two threads, no UI, few partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
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

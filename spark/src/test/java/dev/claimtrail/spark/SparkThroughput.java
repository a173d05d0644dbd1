package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.BatchExtraction;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Measures, in one run, extraction and deduplication on Spark in local mode with one and two
 * threads against the single machine on the same articles ({@link Extractor} through {@link
 * BatchExtraction}, and {@link Ledger#whoSaid} for every distinct statement), and prints the rates
 * and their ratios, each after five seconds of warm-up. Run by {@code spark/bench/run}; the
 * articles are the project's own texts (the seed and the gold texts of the tests), each repeated
 * under new ids.
 *
 * <p>Usage: {@code SparkThroughput [--articles N] [--runs R]} from the project's root.
 */
public final class SparkThroughput {
  /** The least time each measure is run to warm up before it is measured. */
  private static final long WARM_UP_NANOS = 5_000_000_000L;

  private final List<String> texts;
  private final int runs;
  private final long bytes;

  private SparkThroughput(List<String> texts, int runs) {
    this.texts = texts;
    this.runs = runs;
    this.bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  /**
   * Runs the measures and prints a table of them.
   *
   * @param args {@code --articles N} (default 2000) and {@code --runs R} (default 5)
   * @throws IOException if the texts cannot be read
   */
  public static void main(String[] args) throws IOException {
    int articles = 2000;
    int runs = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; usage: [--articles N] [--runs R]");
      }
    }
    checkArgument(articles > 0 && runs > 0, "--articles and --runs must be positive: %s, %s", articles, runs);
    new SparkThroughput(ProjectTexts.repeated(articles), runs).measure();
  }

  private void measure() {
    List<BatchExtraction.Article> batch = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      batch.add(new BatchExtraction.Article(id(i), texts.get(i),
          ArticleMetadata.builder().documentId(DocumentId.of(id(i))).build()));
    }
    double single = rate(() -> BatchExtraction.standard().extract(batch).ledger().attributions().size());
    Ledger ledger = BatchExtraction.standard().extract(batch).ledger();
    List<String> quotes = ledger.statements().stream().map(Statement::text).distinct().toList();
    double singleDedupe = rate(() -> {
      long found = 0;
      for (String quote : quotes) {
        found += ledger.whoSaid(quote).size();
      }
      return found;
    });
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of text, %d statements (%d distinct), %d runs each%n%n",
        texts.size(), bytes / 1e6, ledger.statements().size(), quotes.size(), runs);
    System.out.println("| measure | single machine | local[1] | local[2] | local[1] / single | local[2] / single |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    double[] extraction = new double[2];
    double[] dedupe = new double[2];
    for (int threads = 1; threads <= 2; threads++) {
      SparkSession spark = session(threads);
      Dataset<Row> articles = articles(spark).cache();
      articles.count();
      extraction[threads - 1] = rate(() -> {
        ExtractedTables extracted = DistributedExtraction.standard().extract(articles);
        long count = extracted.tables().attributions().count();
        extracted.release();
        return count;
      });
      LedgerTables tables = LedgerTables.of(spark, ledger);
      dedupe[threads - 1] = rate(() -> UtteranceClusters.of(tables).count());
      articles.unpersist();
      spark.stop();
    }
    row("extraction, MB/s", single * bytes / 1e6, extraction[0] * bytes / 1e6, extraction[1] * bytes / 1e6);
    // both cluster every statement: the single machine by one whoSaid per distinct text, which finds its copies
    row("deduplication, statements/s", singleDedupe * ledger.statements().size(), dedupe[0] * ledger.statements().size(),
        dedupe[1] * ledger.statements().size());
  }

  /**
   * Runs {@code work} to warm up, at least once and for at least {@link #WARM_UP_NANOS}, then {@link
   * #runs} times; the median of the runs per second. A single warm-up run left the single machine's
   * deduplication, a pass of 40–70 ms once compiled, measured while still being compiled (at a
   * seventh to three fifths of its warmed rate, varying from run to run).
   */
  private double rate(LongSupplier work) {
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    do {
      work.getAsLong();
    } while (System.nanoTime() < warmUpEnd);
    double[] perSecond = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      work.getAsLong();
      perSecond[r] = 1e9 / (System.nanoTime() - start);
    }
    Arrays.sort(perSecond);
    return perSecond[runs / 2];
  }

  private static void row(String measure, double single, double one, double two) {
    System.out.printf(Locale.ROOT, "| %s | %.3g | %.3g | %.3g | %.2g× | %.2g× |%n", measure, single, one, two,
        one / single, two / single);
  }

  private Dataset<Row> articles(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(id(i), texts.get(i), null, null, null, null, null, null));
    }
    return spark.createDataFrame(rows, Articles.SCHEMA).repartition(8);
  }

  private static String id(int article) {
    return "bench-" + article;
  }

  private static SparkSession session(int threads) {
    return SparkSession.builder()
        .appName("claimtrail-spark-throughput")
        .master("local[" + threads + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}

package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.Articles;
import dev.claimtrail.bench.corpus.DenseReports;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether extraction time grows linearly with the length of one text: a single news article of
 * {@code scale} times {@code paragraphs} paragraphs, or as many characters of {@link DenseReports}
 * (a short report in every sentence, the densest attributions get). Equal bytes per second at
 * scales 1 and 4 means linear; {@link ProcessCpu} counts the CPU time, for the same comparison per
 * CPU second. Warmed up as long as {@link ExtractionBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionScaleBenchmark {
  /** Paragraphs of the article at scale 1. */
  @Param("200")
  public int paragraphs;

  /** How many times {@code paragraphs} paragraphs the article has. */
  @Param({"1", "4"})
  public int scale;

  /** {@code news}: the corpus's article; {@code dense}: {@link DenseReports} of the same length. */
  @Param({"news", "dense"})
  public String text;

  private String article;
  private long bytes;

  /** Writes the article. */
  @Setup(Level.Trial)
  public void write(CorpusState corpus) {
    String news = new Articles(corpus.corpus).article(0, paragraphs * scale);
    article = text.equals("dense") ? DenseReports.text(news.length()) : news;
    bytes = TextBytes.of(article);
  }

  /** The long article. */
  @Benchmark
  public Ledger longArticle(TextBytes counter, ProcessCpu cpu) {
    Ledger ledger = Extractor.standard().extract(article);
    counter.bytes += bytes;
    cpu.update();
    return ledger;
  }
}

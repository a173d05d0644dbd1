package dev.claimtrail.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the corpus from its JSON Lines file: claimtrail's {@link Ledger#load} (parse, validate,
 * index), against Jackson's streaming parser reading the same file token by token, which bounds
 * what any JSON loader can do, once without and once with materializing every string value. The
 * file's bytes are counted by {@link TextBytes}, so JMH reports bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class LoadBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  /** claimtrail: the file to a validated, indexed ledger. */
  @Benchmark
  public Ledger loadClaimtrail(LedgerFile file, TextBytes counter) {
    counter.bytes += file.bytes;
    return Ledger.load(file.file);
  }

  /** Jackson: every token of the file, strings left undecoded where Jackson allows. */
  @Benchmark
  public long parseJackson(LedgerFile file, TextBytes counter) throws IOException {
    counter.bytes += file.bytes;
    long tokens = 0;
    try (JsonParser parser = JSON.createParser(file.file.toFile())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Jackson: every token of the file, with every field name and string value as a Java string. */
  @Benchmark
  public long parseJacksonStrings(LedgerFile file, TextBytes counter) throws IOException {
    counter.bytes += file.bytes;
    long chars = 0;
    try (JsonParser parser = JSON.createParser(file.file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          chars += parser.getText().length();
        }
      }
    }
    return chars;
  }
}

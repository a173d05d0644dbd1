package dev.claimtrail.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the corpus from its JSON Lines file: claimtrail's {@link Ledger#load} (parse, validate,
 * index), against Jackson's streaming parser reading the same file token by token, which bounds
 * what any JSON loader can do, once without and once with materializing every string value. To
 * split the load, {@link #buildClaimtrail} times the ledger build alone from the same file's
 * records in memory; the load's time minus the build's is the reading. {@link #openSnapshot} opens
 * the same ledger from its snapshot. The JSON Lines file's bytes are counted by {@link TextBytes},
 * so JMH reports bytes per second; the load, the snapshot open and the token count also count their
 * JVM's CPU time ({@link ProcessCpu}), as the load keeps more than one core busy (parallel index
 * building, the collector) where Jackson keeps one, and MB per CPU second compares the work done
 * rather than the cores taken. Warmed up for 30 s, after which the load's rate no longer rises.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class LoadBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  /** claimtrail: the file to a validated, indexed ledger. */
  @Benchmark
  public Ledger loadClaimtrail(LedgerFile file, TextBytes counter, ProcessCpu cpu) {
    counter.bytes += file.bytes;
    Ledger ledger = Ledger.load(file.file);
    cpu.update();
    return ledger;
  }

  /**
   * claimtrail: the same ledger opened from its snapshot (validated and indexed as the load is),
   * counted in the JSON Lines file's bytes so that its rate over the load's is the speed-up.
   */
  @Benchmark
  public Ledger openSnapshot(LedgerFile lines, SnapshotFile snapshot, TextBytes counter, ProcessCpu cpu) {
    counter.bytes += lines.bytes;
    Ledger ledger = Ledger.load(snapshot.file);
    cpu.update();
    return ledger;
  }

  /**
   * claimtrail: only the ledger build (validate, index) of the file's records, read before the
   * measurement; counts the file's bytes so that its rate compares with the load's.
   */
  @Benchmark
  public Ledger buildClaimtrail(FileRecords records, TextBytes counter) {
    counter.bytes += records.bytes;
    return records.builder.build();
  }

  /** The records of the ledger file, read once, and before each build a builder holding them. */
  @State(Scope.Benchmark)
  public static class FileRecords {
    Ledger read;
    long bytes;
    Ledger.Builder builder;

    /** Reads the file. */
    @Setup(Level.Trial)
    public void read(LedgerFile file) {
      read = Ledger.load(file.file);
      bytes = file.bytes;
    }

    /** A builder of the records, statements copied so that no value they compute lazily is kept from a build before. */
    @Setup(Level.Invocation)
    public void fill() {
      builder = Ledger.builder();
      read.speakers().forEach(builder::add);
      read.outlets().forEach(builder::add);
      read.documents().forEach(builder::add);
      read.statements().forEach(s -> builder.add(
          Statement.builder().id(s.id()).text(s.text()).kind(s.kind()).language(s.language()).build()));
      read.attributions().forEach(builder::add);
      read.claims().forEach(builder::add);
    }
  }

  /** Jackson: every token of the file, strings left undecoded where Jackson allows. */
  @Benchmark
  public long parseJackson(LedgerFile file, TextBytes counter, ProcessCpu cpu) throws IOException {
    counter.bytes += file.bytes;
    long tokens = 0;
    try (JsonParser parser = JSON.createParser(file.file.toFile())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    cpu.update();
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

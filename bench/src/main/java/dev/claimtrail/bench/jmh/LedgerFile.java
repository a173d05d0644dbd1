package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.CorpusGenerator;
import dev.claimtrail.bench.corpus.CorpusSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus saved as a claimtrail JSON Lines ledger, written once per size and seed into the
 * directory named by the system property {@value #DIRECTORY_PROPERTY} (by default {@code
 * claimtrail-bench} in the temporary directory) and reused by later forks and runs.
 */
@State(Scope.Benchmark)
public class LedgerFile {
  /** The system property naming the directory of generated files. */
  public static final String DIRECTORY_PROPERTY = "claimtrail.bench.data";

  /** The number of attributions, as {@link CorpusSpec#parseCount(String)} reads it. */
  @Param("100k")
  public String size;

  /** The file; set up before the benchmark. */
  public Path file;

  /** The file's length in bytes. */
  public long bytes;

  /** Writes the file unless it is there. */
  @Setup(Level.Trial)
  public void write() {
    file = of(CorpusSpec.ofSize(size));
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the size of " + file + " failed", e);
    }
  }

  /** The JSON Lines file of the corpus of {@code spec}, written first if it is not there. */
  public static Path of(CorpusSpec spec) {
    Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY,
        Path.of(System.getProperty("java.io.tmpdir"), "claimtrail-bench").toString()));
    Path file = directory.resolve("corpus-" + spec.label() + "-" + spec.seed() + ".jsonl");
    if (!Files.isRegularFile(file)) {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new UncheckedIOException("creating " + directory + " failed", e);
      }
      CorpusGenerator.generate(spec).toLedger().save(file);
    }
    return file;
  }
}

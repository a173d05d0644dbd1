package dev.claimtrail.bench.jmh;

import dev.claimtrail.io.LedgerSnapshot;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus's {@link LedgerFile} saved again as a snapshot beside it (same name, then {@code .v}
 * and the {@linkplain LedgerSnapshot#VERSION format version} and {@value LedgerSnapshot#EXTENSION}),
 * written from the JSON Lines file when it is not there or older, and reused by later forks and
 * runs: a snapshot of an older version, which would open the slow way, is never taken for it.
 */
@State(Scope.Benchmark)
public class SnapshotFile {
  /** The snapshot; set up before the benchmark. */
  public Path file;

  /** Writes the snapshot unless an up-to-date one is there. */
  @Setup(Level.Trial)
  public void write(LedgerFile lines) throws IOException {
    String name = lines.file.getFileName().toString();
    file = lines.file.resolveSibling(
        name.substring(0, name.lastIndexOf('.')) + ".v" + LedgerSnapshot.VERSION + LedgerSnapshot.EXTENSION);
    if (!Files.isRegularFile(file)
        || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(lines.file)) < 0) {
      Ledger.load(lines.file).save(file);
    }
  }
}

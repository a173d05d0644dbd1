package dev.claimtrail.seed;

import dev.claimtrail.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the curated seed files and loads the seed ledger, for the tests that use it. */
public final class SeedFiles {
  /** The name of the seed article's files, without extension. */
  public static final String SEED = "000_3345cdc3c9b6cfd0";

  private SeedFiles() {}

  /** The {@code seeds} directory of the checkout, found from the working directory upwards. */
  public static Path directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("seeds").resolve(SEED + ".ledger.json"))) {
        return dir.resolve("seeds");
      }
    }
    throw new IllegalStateException("no seeds/" + SEED + ".ledger.json above " + Path.of("").toAbsolutePath());
  }

  /** The curated ledger file of the seed article. */
  public static Path ledgerFile() {
    return directory().resolve(SEED + ".ledger.json");
  }

  /** The curated ledger of the seed article, read with the ledger codec and validated. */
  public static Ledger ledger() {
    return Ledger.load(ledgerFile());
  }
}

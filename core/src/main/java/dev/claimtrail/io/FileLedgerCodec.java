package dev.claimtrail.io;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.ledger.LedgerCodec;
import java.nio.file.Path;

/**
 * The codec behind {@link Ledger#load(Path)} and {@link Ledger#save(Path)}: files whose name ends
 * in {@code .jsonl} use {@link LedgerJsonLines}, all others {@link LedgerJson}. Reading throws
 * {@link LedgerFormatException} for bad content; writing replaces the file atomically.
 */
public final class FileLedgerCodec implements LedgerCodec {
  /** The codec; {@link java.util.ServiceLoader} creates it. */
  public FileLedgerCodec() {}

  @Override
  public Ledger read(Path file) {
    return isLines(file) ? LedgerJsonLines.read(file) : LedgerJson.read(file);
  }

  @Override
  public void write(Ledger ledger, Path file) {
    if (isLines(file)) {
      LedgerJsonLines.write(ledger, file);
    } else {
      LedgerJson.write(ledger, file);
    }
  }

  private static boolean isLines(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(".jsonl");
  }
}

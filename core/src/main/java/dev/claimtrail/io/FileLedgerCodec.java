package dev.claimtrail.io;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.ledger.LedgerCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The codec behind {@link Ledger#load(Path)} and {@link Ledger#save(Path)}: files whose name ends
 * in {@code .jsonl} use {@link LedgerJsonLines}, all others {@link LedgerJson}. Reading throws
 * {@link LedgerFormatException} for bad content, and {@link UncheckedIOException} naming the file
 * and the reason when it cannot be read (a directory, say); writing replaces the file atomically.
 */
public final class FileLedgerCodec implements LedgerCodec {
  /** The codec; {@link java.util.ServiceLoader} creates it. */
  public FileLedgerCodec() {}

  @Override
  public Ledger read(Path file) {
    if (Files.isDirectory(file)) {
      String message = "cannot read " + file + ": it is a directory, not a ledger file";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      return isLines(file) ? LedgerJsonLines.read(file) : LedgerJson.read(file);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileSystemException) {
        throw e;
      }
      IOException cause = verifyNotNull(e.getCause(), "an UncheckedIOException always has its cause");
      throw new UncheckedIOException("cannot read " + file + ": " + cause.getMessage(), cause);
    }
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

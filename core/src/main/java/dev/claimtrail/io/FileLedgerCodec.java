package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.ledger.LedgerCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The {@linkplain LedgerCodec#standard() standard codec}, behind {@link Ledger#load(Path)} and
 * {@link Ledger#save(Path)}: files whose name ends in {@code .jsonl} use {@link LedgerJsonLines},
 * all others {@link LedgerJson}. Reading throws {@link LedgerFormatException} for bad content, and
 * {@link UncheckedIOException} naming the file and the reason when it cannot be read (a directory,
 * say); writing replaces the file atomically. Immutable and thread-safe.
 */
public final class FileLedgerCodec implements LedgerCodec {
  private final @Nullable Executor executor;

  /**
   * The codec with the readers' own threads: a JSON Lines file's records are parsed on a thread
   * the read starts and stops, and a ledger's indexes are built as {@link Ledger.Builder#build()}
   * does by default. {@link java.util.ServiceLoader} creates the standard codec this way.
   */
  public FileLedgerCodec() {
    this.executor = null;
  }

  /**
   * A codec whose reads take every thread they use besides the calling one from {@code executor}
   * (see {@link LedgerJsonLines#read(Path, Executor)}).
   *
   * @param executor runs the parsing and index-building tasks of a read
   */
  public FileLedgerCodec(Executor executor) {
    this.executor = checkNotNull(executor, "executor");
  }

  @Override
  public Ledger read(Path file) {
    if (Files.isDirectory(file)) {
      String message = "cannot read " + file + ": it is a directory, not a ledger file";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      if (executor == null) {
        return isLines(file) ? LedgerJsonLines.read(file) : LedgerJson.read(file);
      }
      return isLines(file) ? LedgerJsonLines.read(file, executor) : LedgerJson.read(file, executor);
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

package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.ledger.LedgerCodec;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The {@linkplain LedgerCodec#standard() standard codec}, behind {@link Ledger#load(Path)} and
 * {@link Ledger#save(Path)}: a file that starts with the magic bytes of a {@link LedgerSnapshot} is
 * read as one, and one whose name ends in {@value LedgerSnapshot#EXTENSION} is written as one;
 * otherwise files whose name ends in {@code .jsonl} use {@link LedgerJsonLines}, all others {@link
 * LedgerJson}. Reading throws {@link LedgerFormatException} for bad content, and
 * {@link UncheckedIOException} naming the file and the reason when it cannot be read (a directory,
 * say); a file that is not a regular file (a named pipe, {@code /dev/stdin}) is read once as a
 * stream; writing replaces the file atomically. Immutable and thread-safe.
 */
public final class FileLedgerCodec implements LedgerCodec {
  private final ReadLimits limits;
  private final @Nullable Executor executor;

  /**
   * The codec with the default {@link ReadLimits} and the readers' own threads: a JSON Lines
   * file's records are parsed on a thread the read starts and stops, and a ledger's indexes are
   * built as {@link Ledger.Builder#build()} does by default. {@link java.util.ServiceLoader}
   * creates the standard codec this way.
   */
  public FileLedgerCodec() {
    this.limits = ReadLimits.defaults();
    this.executor = null;
  }

  /**
   * A codec whose reads take every thread they use besides the calling one from {@code executor}
   * (see {@link LedgerJsonLines#read(Path, Executor)}).
   *
   * @param executor runs the parsing and index-building tasks of a read
   */
  public FileLedgerCodec(Executor executor) {
    this.limits = ReadLimits.defaults();
    this.executor = checkNotNull(executor, "executor");
  }

  /**
   * A codec that reads under {@code limits}, for callers that set their own (the command line's
   * {@code --read-limit}).
   *
   * @param limits the limits every file read must keep
   */
  public FileLedgerCodec(ReadLimits limits) {
    this.limits = checkNotNull(limits, "limits");
    this.executor = null;
  }

  @Override
  public Ledger read(Path file) {
    if (Files.isDirectory(file)) {
      String message = "cannot read " + file + ": it is a directory, not a ledger file";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        return readStream(file);
      }
      if (isSnapshot(file)) {
        return LedgerSnapshot.read(file, executor == null ? Ledger.builder() : Ledger.builder().executor(executor));
      }
      return isLines(file) ? LedgerJsonLines.read(file, limits, executor)
          : LedgerJson.read(file, limits, executor == null ? Ledger.builder() : Ledger.builder().executor(executor));
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
    if (hasName(file, LedgerSnapshot.EXTENSION)) {
      LedgerSnapshot.write(ledger, file);
    } else if (isLines(file)) {
      LedgerJsonLines.write(ledger, file);
    } else {
      LedgerJson.write(ledger, file);
    }
  }

  /**
   * Reads a file that is not a regular file (a named pipe, {@code /dev/stdin}, a shell's {@code
   * <(...)}) once, as a stream: it cannot be read twice to find a problem's column, and the file
   * channel of {@link Files#newInputStream} fails on it with "Illegal seek".
   */
  private Ledger readStream(Path file) {
    String source = LedgerFormatException.sourceName(file);
    try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()))) {
      in.mark(SnapshotLayout.MAGIC.length);
      byte[] head = in.readNBytes(SnapshotLayout.MAGIC.length);
      in.reset();
      if (SnapshotLayout.startsWithMagic(head, head.length)) {
        return LedgerSnapshot.read(in, source);
      }
      return isLines(file) ? LedgerJsonLines.read(in, source, limits) : LedgerJson.read(in, source, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLines(Path file) {
    return hasName(file, ".jsonl");
  }

  private static boolean hasName(Path file, String ending) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(ending);
  }

  /** Whether the regular file starts with a snapshot's magic bytes, whatever its name. */
  private static boolean isSnapshot(Path file) {
    byte[] head = new byte[SnapshotLayout.MAGIC.length];
    int length = 0;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SnapshotLayout.startsWithMagic(head, length);
  }
}

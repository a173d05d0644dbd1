package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.base.Throwables;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import org.jspecify.annotations.Nullable;

/**
 * Replaces files so that a crash at any moment leaves either the old content or the new, complete:
 * the content goes to a temporary file in the same directory, is forced to disk, and the temporary
 * file is then moved over the target in one atomic rename, after which the directory entry is
 * forced too. Where the file system cannot rename atomically, the move falls back to an ordinary
 * replacing move, which is documented as not crash-safe.
 *
 * <p>The new file keeps the permissions of the file it replaces (a new file gets those the umask
 * gives), and a target that is a symbolic link is written through: the file the link ends at is
 * replaced and the link stays. Temporary files are named after the target and the writing process
 * ({@code .name.PID.RANDOM.tmp}), so a save removes those that killed writers left behind.
 *
 * <p>A write error is never lost: one that the content writer swallows (as a {@link
 * java.io.PrintWriter} inside a library does) is still seen below it, and one that the content
 * writer wraps in an unchecked exception is unwrapped; either way the failure names the target.
 */
public final class AtomicFiles {
  /** How many symbolic links are followed to the file written, as Linux's {@code MAXSYMLINKS}. */
  private static final int MAX_LINKS = 40;

  /** Writes content to a stream; the stream is closed by the caller. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes everything to {@code out}.
     *
     * @param out where to write; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code target}, replacing it atomically. On failure the target is
   * left as it was, the temporary file is removed, and the failure is rethrown: for I/O an {@link
   * UncheckedIOException} whose message names {@code target} as given and says why ("cannot write
   * out/a.json: no such directory: out"), never the temporary file. A runtime exception of the
   * content writer that wraps an I/O failure counts as that I/O failure; any other is rethrown.
   *
   * @param target the file to write
   * @param content what writes the bytes
   */
  public static void write(Path target, Content content) {
    checkArgument(target.toAbsolutePath().getParent() != null, "target is not a path to a file: %s", target);
    Path real;
    try {
      real = followLinks(target.toAbsolutePath());
    } catch (IOException e) {
      throw failure(target, reason(e), e);
    }
    if (Files.isDirectory(real)) {
      throw failure(target, "it is a directory", null);
    }
    Path directory = verifyNotNull(real.getParent(), "only a root has no parent, and a root is a directory");
    if (!Files.isDirectory(directory)) {
      boolean asGiven = real.equals(target.toAbsolutePath()) && target.getParent() != null;
      Path shown = asGiven ? target.getParent() : directory;
      throw failure(target, (Files.exists(directory) ? "not a directory: " : "no such directory: ") + shown, null);
    }
    Path temp = null;
    try {
      TemporaryFiles.removeStale(real);
      temp = TemporaryFiles.create(real);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        FailureRecordingOutputStream file = new FailureRecordingOutputStream(Channels.newOutputStream(channel));
        OutputStream out = new BufferedOutputStream(file, 1 << 16);
        try {
          content.writeTo(out);
          out.flush();
        } catch (RuntimeException e) {
          file.throwFailure();
          throw e;
        }
        file.throwFailure();
        channel.force(true);
      }
      keepMode(real, temp);
      move(temp, real);
      temp = null;
      forceDirectory(directory);
    } catch (IOException e) {
      throw failure(target, reason(e), e);
    } catch (RuntimeException e) {
      IOException io = ioCause(e);
      if (io == null) {
        throw e;
      }
      throw failure(target, reason(io), io);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The original failure matters more; a stray temporary file is named after its target.
        }
      }
    }
  }

  private static UncheckedIOException failure(Path target, String reason, @Nullable IOException cause) {
    String message = "cannot write " + target + ": " + reason;
    return new UncheckedIOException(message, cause == null ? new IOException(message) : cause);
  }

  /** The I/O failure that {@code e} wraps (an {@link UncheckedIOException}, a library's own exception). */
  private static @Nullable IOException ioCause(RuntimeException e) {
    for (Throwable cause : Throwables.getCausalChain(e)) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** Why {@code e} happened, in words that do not name the temporary file. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem) {
      return fileSystem.getReason() == null ? e.getClass().getSimpleName() : fileSystem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@code path}, or the file its chain of symbolic links ends at (which need not exist). */
  private static Path followLinks(Path path) throws IOException {
    Path current = path;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      Path directory = verifyNotNull(current.getParent(), "an absolute path to a link has a parent");
      current = directory.resolve(Files.readSymbolicLink(current));
    }
    return current;
  }

  /** Gives the new file the permissions of the file it replaces; a new target keeps the umask's. */
  private static void keepMode(Path target, Path temp) throws IOException {
    if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename durable where the platform allows opening a directory (not on Windows). */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // The rename itself has happened; only its durability across a power loss is not assured.
    }
  }
}

package dev.claimtrail.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFiles} writes beside a target {@code name}: {@code
 * .name.PID.RANDOM.tmp}, where PID is the writing process. A process killed while saving leaves its
 * file behind; the next save to the same target removes every such file whose process is no
 * longer running, and leaves those of running processes (another writer of the same file) alone.
 */
final class TemporaryFiles {
  private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\d{1,19})\\.[0-9a-f]{16}\\.tmp");
  private static final long PID = ProcessHandle.current().pid();

  private TemporaryFiles() {}

  /**
   * Creates a new, empty temporary file for {@code target} in its directory, with the permissions a
   * new file gets there (the umask's), and returns it.
   */
  static Path create(Path target) throws IOException {
    while (true) {
      String random = String.format("%016x", ThreadLocalRandom.current().nextLong());
      try {
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + PID + "." + random + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        // Another name is drawn; a clash of 64 random bits is not expected twice.
      }
    }
  }

  /**
   * Removes the temporary files for {@code target} left by processes that are no longer running.
   * A file that cannot be removed is left for the next save.
   */
  static void removeStale(Path target) {
    String name = target.getFileName().toString();
    DirectoryStream.Filter<Path> ofTarget = file -> owner(file, name).filter(pid -> !running(pid)).isPresent();
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.toAbsolutePath().getParent(), ofTarget)) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Removing leftovers is tidying; the save itself does not depend on it.
    }
  }

  /** The process that wrote {@code file}, if it is a temporary file for the target {@code name}. */
  private static Optional<Long> owner(Path file, String name) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    if (!matcher.matches() || !matcher.group(1).equals(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(matcher.group(2)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean running(long pid) {
    return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}

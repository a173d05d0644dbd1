package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("ledger.json");
    Files.writeString(target, "old");
    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void failedWriteLeavesTheOldFileAndRemovesTheTemporaryOne() throws IOException {
    Path target = dir.resolve("ledger.json");
    Files.writeString(target, "old");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getCause().getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void anIoFailureWrappedByTheContentWriterNamesTheTarget() throws IOException {
    Path target = Files.writeString(dir.resolve("graph.graphml"), "old");
    IOException full = new IOException("No space left on device");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("Failed to export as GraphML", new UncheckedIOException(full));
    }));
    assertEquals("cannot write " + target + ": No space left on device", e.getMessage());
    assertSame(full, e.getCause());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aFailureOfTheContentWriterThatIsNotIoIsRethrownAsItIs() throws IOException {
    Path target = Files.writeString(dir.resolve("ledger.json"), "old");
    IllegalArgumentException bug = new IllegalArgumentException("bad record");
    assertSame(bug, assertThrows(IllegalArgumentException.class, () -> AtomicFiles.write(target, out -> {
      throw bug;
    })));
    assertEquals(List.of(target), files());
  }

  @Test
  void theReplacedFilesModeIsKept() throws IOException {
    Path target = Files.writeString(dir.resolve("ledger.json"), "old");
    for (String mode : List.of("rw-r--r--", "rw-r-----", "rwxrwxrwx")) {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
      AtomicFiles.write(target, out -> out.write('x'));
      assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGives() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path target = dir.resolve("ledger.json");
    AtomicFiles.write(target, out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
  }

  @Test
  void aSymbolicLinkIsWrittenThroughToItsTargetAndStays() throws IOException {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("ledger.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("data", "ledger.json"));
    Path linkToLink = Files.createSymbolicLink(dir.resolve("again.json"), link.getFileName());
    AtomicFiles.write(linkToLink, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink));
    assertEquals("new", Files.readString(real));
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), Path.of("data", "new.json"));
    AtomicFiles.write(dangling, out -> out.write('x'));
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals("x", Files.readString(real.resolveSibling("new.json")));
  }

  @Test
  void temporaryFilesOfWritersNoLongerRunningAreRemovedByTheNextSave() throws Exception {
    Path target = Files.writeString(dir.resolve("ledger.json"), "old");
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path stale = Files.writeString(dir.resolve(".ledger.json." + ended.pid() + ".00000000000000ab.tmp"), "half");
    Path running = Files.writeString(dir.resolve(".ledger.json." + ProcessHandle.current().pid()
        + ".00000000000000cd.tmp"), "half");
    Path otherTarget = Files.writeString(dir.resolve(".other.json." + ended.pid() + ".00000000000000ef.tmp"), "half");
    AtomicFiles.write(target, out -> out.write('x'));
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(running) && Files.exists(otherTarget));
    assertEquals(Set.of(target, running, otherTarget), Set.copyOf(files()));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}

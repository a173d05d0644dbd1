package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}

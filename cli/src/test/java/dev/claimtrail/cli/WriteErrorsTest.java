package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write that fails (a full disk, standard output on {@code /dev/full}) fails the command with a
 * message naming where and why, and leaves any file it was replacing as it was. The full disk is a
 * 12 KiB tmpfs mounted for each test, so these tests run where the tests run as root (as CI does)
 * and are skipped elsewhere.
 */
class WriteErrorsTest {
  private static final Path DEV_FULL = Path.of("/dev/full");
  private static final String OLD = "old\n";

  @TempDir Path dir;
  private Path full;
  private boolean mounted;

  @BeforeEach
  void mountASmallDisk() throws IOException, InterruptedException {
    full = Files.createDirectory(dir.resolve("full"));
    mounted = command("mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", full.toString());
  }

  @AfterEach
  void unmount() throws IOException, InterruptedException {
    if (mounted) {
      command("umount", full.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dot", "graphml", "json", "jsonld", "ttl"})
  void aGraphOnAFullDiskFailsNamingTheFileAndKeepsTheOldOne(String extension) throws IOException {
    assumeTrue(mounted, "needs a tmpfs, mounted as root");
    Path graph = Files.writeString(full.resolve("g." + extension), OLD);
    Cli.Run run = Cli.run("graph", "--ledger", Seeds.LEDGER.toString(), "-o", graph.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + graph + ": No space left on device", run.err().strip());
    assertEquals(OLD, Files.readString(graph));
    assertEquals(List.of(graph), files(full));
  }

  @Test
  void extractOnAFullDiskFailsNamingTheLedgerAndWritesNoGraph() throws IOException {
    assumeTrue(mounted, "needs a tmpfs, mounted as root");
    Path ledger = Files.writeString(full.resolve("l.json"), OLD);
    Path graph = dir.resolve("g.dot");
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "-o", ledger.toString(), "--graph", graph.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + ledger + ": No space left on device", run.err().strip());
    assertEquals(OLD, Files.readString(ledger));
    assertEquals(List.of(ledger), files(full));
    assertEquals(false, Files.exists(graph));
  }

  @Test
  void extractWithAGraphOnAFullDiskFailsNamingTheGraph() throws IOException {
    assumeTrue(mounted, "needs a tmpfs, mounted as root");
    Path graph = full.resolve("g.graphml");
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--graph", graph.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + graph + ": No space left on device", run.err().strip());
    assertEquals(List.of(), files(full));
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes --format table", "quotes --format csv", "quotes --format jsonl",
      "graph --format dot", "graph --format json", "extract"})
  void aCommandWhoseStandardOutputIsFullFails(String command) throws IOException {
    assumeTrue(Files.isWritable(DEV_FULL), "needs /dev/full");
    String input = command.startsWith("extract") ? Seeds.ARTICLE.toString() : "--ledger=" + Seeds.LEDGER;
    String[] args = Stream.concat(Stream.of(command.split(" ")), Stream.of(input)).toArray(String[]::new);
    try (FileOutputStream stdout = new FileOutputStream(DEV_FULL.toFile())) {
      Cli.Run run = Cli.printingOn(stdout, args);
      assertEquals(1, run.exitCode());
      assertEquals("claimtrail: cannot write standard output: No space left on device", run.err().strip());
    }
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static boolean command(String... words) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }
}

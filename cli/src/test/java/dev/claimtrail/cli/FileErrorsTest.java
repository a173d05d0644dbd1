package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read or written is named as the user gave it, with the reason. */
class FileErrorsTest {
  private static final String ARTICLE = "\"The ferry runs all winter,\" said Mara Quill.\n";

  @TempDir Path dir;

  @Test
  void aDirectoryGivenAsLedgerIsNamedAsADirectory() {
    Cli.Run run = Cli.run("quotes", "--ledger", dir.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot read " + dir + ": it is a directory, not a ledger file", run.err().strip());
  }

  @Test
  void aLedgerInAMissingDirectoryNamesTheDirectoryNotATemporaryFile() {
    Path missing = dir.resolve("nodir");
    Path ledger = missing.resolve("x.json");
    Cli.Run run = Cli.withStdin(ARTICLE, "extract", "-", "-o", ledger.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + ledger + ": no such directory: " + missing, run.err().strip());
  }

  @Test
  void aDirectoryGivenAsOutputIsNamedWithTheReason() {
    Cli.Run run = Cli.withStdin(ARTICLE, "extract", "-", "-o", dir.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + dir + ": it is a directory", run.err().strip());
  }

  @Test
  void aGraphInAMissingDirectoryIsNotWrittenAndTheDirectoryIsNotMade() {
    Path graph = dir.resolve("graphs").resolve("g.dot");
    Cli.Run run = Cli.run("graph", "-o", graph.toString());
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: cannot write " + graph + ": no such directory: " + graph.getParent(),
        run.err().strip());
    assertFalse(Files.exists(graph.getParent()));
  }

  @Test
  void aNamedPipeGivenAsLedgerIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("ledger.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    Thread writer = new Thread(() -> {
      try {
        Files.write(fifo, Files.readAllBytes(Seeds.LEDGER));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    Cli.Run run = Cli.run("quotes", "--ledger", fifo.toString(), "--format", "jsonl");
    writer.join();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Cli.run("quotes", "--ledger", Seeds.LEDGER.toString(), "--format", "jsonl").out(), run.out());
  }
}

package dev.claimtrail.io;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.DocumentId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that keeps saving a large ledger at random moments ({@code destroyForcibly}, which
 * is SIGKILL on Unix) and checks each time that the file holds a whole, valid ledger of the
 * generation before the one being written or of the one just written.
 */
class AtomicWriteKillTest {
  private static final int ROUNDS = 10;
  private static final long SEED = 20_261_201L;

  @TempDir Path dir;

  @Test
  void aKilledWriterLeavesTheOldOrTheNewLedgerWholeEveryTime() throws Exception {
    Path file = dir.resolve("big.json");
    LedgerJson.write(KillableWriter.generation(0), file);
    Random random = new Random(SEED);
    long seen = 0;
    int torn = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process child = start(file, seen + 1);
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      long saving = awaitSave(out, child);
      if (random.nextInt(4) == 0) {
        saving = awaitSave(out, child);
      }
      Thread.sleep(random.nextInt(300));
      child.destroyForcibly().waitFor();

      Ledger found = LedgerJson.read(file);
      long generation = Long.parseLong(found.document(DocumentId.of("d"))
          .orElseThrow().title().orElseThrow().substring("generation ".length()));
      assertTrue(generation == saving || generation == saving - 1,
          "round " + round + ": found generation " + generation + " while saving " + saving);
      assertSameRecords(KillableWriter.generation(generation), found);
      torn += generation == saving ? 0 : 1;
      seen = generation;
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.filter(f -> !f.getFileName().toString().endsWith(".tmp")).count());
    }
    assertTrue(torn > 0, "no kill landed during a save; the test checked nothing");
    LedgerJson.write(KillableWriter.generation(seen + 1), file);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "the next save removes what the killed writers left");
    }
  }

  private static Process start(Path file, long generation) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        KillableWriter.class.getName(), file.toString(), Long.toString(generation))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static long awaitSave(BufferedReader out, Process child) throws IOException {
    String line = out.readLine();
    assertNotNull(line, () -> "writer exited with " + child.exitValue() + " before saving");
    return Long.parseLong(line.substring("saving ".length()));
  }
}

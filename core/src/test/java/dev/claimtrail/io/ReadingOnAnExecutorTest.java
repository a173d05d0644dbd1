package dev.claimtrail.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers given an executor take every thread besides the caller's from it. */
class ReadingOnAnExecutorTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final AtomicInteger tasks = new AtomicInteger();
  private final Executor counting = task -> {
    tasks.incrementAndGet();
    pool.execute(task);
  };

  @TempDir Path dir;

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void jsonLinesParsesAndBuildsOnTheExecutor() {
    Ledger written = statements(5000);
    Path file = dir.resolve("many.ledger.jsonl");
    LedgerJsonLines.write(written, file);
    Ledger read = Ledger.load(file, new FileLedgerCodec(counting));
    assertEquals(written.statements(), read.statements());
    // The batches run one after another, drained by as few executor tasks as keep up; then the build.
    assertTrue(tasks.get() >= 2, "tasks run on the executor: " + tasks.get());
  }

  @Test
  void jsonBuildsOnTheExecutor() {
    Ledger written = statements(5000);
    Path file = dir.resolve("many.ledger.json");
    LedgerJson.write(written, file);
    assertEquals(written.statements(), LedgerJson.read(file, counting).statements());
    assertEquals(1, tasks.get());
  }

  @Test
  void aSnapshotOpensWithoutBuildingSoRunsNothingOnTheExecutor() {
    Ledger written = statements(5000);
    Path file = dir.resolve("many.ctl");
    written.save(file);
    assertEquals(written.statements(), Ledger.load(file, new FileLedgerCodec(counting)).statements());
    assertEquals(0, tasks.get());
  }

  @Test
  void aVersionOneSnapshotBuildsOnTheCodecsExecutor() throws IOException {
    Ledger written = statements(5000);
    Path file = dir.resolve("many.ctl");
    Files.write(file, LedgerSnapshotPropertiesTest.recordsOnly(written));
    assertEquals(written.statements(), Ledger.load(file, new FileLedgerCodec(counting)).statements());
    assertEquals(1, tasks.get());
  }

  private static Ledger statements(int count) {
    Ledger.Builder builder = Ledger.builder();
    for (int i = 0; i < count; i++) {
      builder.add(Statement.of(StatementId.of("s-" + i), "statement number " + i, Statement.Kind.DIRECT_QUOTE));
    }
    return builder.build();
  }
}

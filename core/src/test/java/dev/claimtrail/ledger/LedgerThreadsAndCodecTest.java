package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The executor a ledger build takes its second thread from, and the codec a load or save uses. */
class LedgerThreadsAndCodecTest {
  private static final int MANY = 5000;

  @Test
  void aLargeBuildRunsItsTextIndexTaskOnTheExecutorGiven() {
    AtomicInteger tasks = new AtomicInteger();
    Executor counting = task -> {
      tasks.incrementAndGet();
      new Thread(task).start();
    };
    Ledger ledger = statements(Ledger.builder().executor(counting), MANY).build();
    assertEquals(1, tasks.get());
    assertEquals(MANY, ledger.statements().size());
    assertEquals(ledger.statements(), statements(Ledger.builder(), MANY).build().statements());
  }

  @Test
  void anExecutorThatNeverRunsTheTaskLeavesItToTheCallingThread() {
    Executor idle = task -> {};
    Ledger ledger = statements(Ledger.builder().executor(idle), MANY).build();
    assertEquals(statements(Ledger.builder(), MANY).build().statements(), ledger.statements());
  }

  @Test
  void aSmallBuildUsesNoExecutor() {
    AtomicInteger tasks = new AtomicInteger();
    statements(Ledger.builder().executor(task -> tasks.incrementAndGet()), 10).build();
    assertEquals(0, tasks.get());
  }

  @Test
  void loadAndSaveUseTheCodecTheCallerPicks() {
    Ledger expected = statements(Ledger.builder(), 3).build();
    Path[] written = new Path[1];
    LedgerCodec codec = new LedgerCodec() {
      @Override
      public Ledger read(Path file) {
        return expected;
      }

      @Override
      public void write(Ledger ledger, Path file) {
        assertSame(expected, ledger);
        written[0] = file;
      }
    };
    assertSame(expected, Ledger.load(Path.of("any.ledger"), codec));
    expected.save(Path.of("out.ledger"), codec);
    assertEquals(Path.of("out.ledger"), written[0]);
  }

  @Test
  void theStandardCodecIsFoundOnceAndShared() {
    assertSame(LedgerCodec.standard(), LedgerCodec.standard());
    assertTrue(LedgerCodec.standard().getClass().getName().startsWith("dev.claimtrail.io."));
  }

  private static Ledger.Builder statements(Ledger.Builder builder, int count) {
    for (int i = 0; i < count; i++) {
      builder.add(Statement.of(StatementId.of("s-" + i), "statement number " + i, Statement.Kind.DIRECT_QUOTE));
    }
    return builder;
  }
}

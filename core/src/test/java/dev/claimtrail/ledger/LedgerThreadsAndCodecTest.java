package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The executor a ledger build takes its second thread from, threads sharing a ledger's first
 * variant lookups, and the codec a load or save uses.
 */
class LedgerThreadsAndCodecTest {
  private static final int MANY = 5000;

  @Test
  void aLargeBuildRunsPartOfItsIndexesOnTheExecutorGiven() {
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
  void threadsAskingTheFirstVariantLookupsAtOnceGetTheAnswersOfOneThread() throws Exception {
    List<String> probes = List.of("statement number 17", "number 4321", "statement … 99", "the statement number 250");
    Map<String, List<Statement>> expected = new HashMap<>();
    Ledger alone = statements(Ledger.builder(), MANY).build();
    for (String probe : probes) {
      expected.put(probe, alone.statementsResembling(probe, 5));
    }
    assertTrue(expected.values().stream().allMatch(answer -> !answer.isEmpty()), expected::toString);
    Ledger shared = statements(Ledger.builder(), MANY).build();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      CyclicBarrier start = new CyclicBarrier(4);
      List<Future<Map<String, List<Statement>>>> answers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        answers.add(threads.submit(() -> {
          start.await();
          Map<String, List<Statement>> seen = new HashMap<>();
          for (String probe : probes) {
            seen.put(probe, shared.statementsResembling(probe, 5));
          }
          return seen;
        }));
      }
      for (Future<Map<String, List<Statement>>> answer : answers) {
        assertEquals(expected, answer.get(1, TimeUnit.MINUTES));
      }
    } finally {
      threads.shutdownNow();
    }
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

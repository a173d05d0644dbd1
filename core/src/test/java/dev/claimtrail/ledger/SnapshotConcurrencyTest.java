package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Readers share published snapshots while a writer derives the next ones from them. Every snapshot
 * a reader sees must be whole: generation {@code g} holds exactly {@code g} attributions, each of
 * which resolves its statement, speaker and document in that same snapshot.
 */
class SnapshotConcurrencyTest {
  private static final int GENERATIONS = 200;
  private static final int READERS = 4;
  private static final Provenance TEST = Provenance.curated("concurrency-test");

  @Test
  void readersAlwaysSeeWholeSnapshotsWhileAWriterExtendsThem() throws Exception {
    Ledger base = Ledger.builder()
        .add(Speaker.of(SpeakerId.of("p"), "Speaker P", Speaker.Kind.PERSON))
        .add(Document.of(DocumentId.of("d")))
        .build();
    AtomicReference<Ledger> published = new AtomicReference<>(base);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(() -> readUntilDone(published, writing)));
      }
      List<Ledger> history = new ArrayList<>();
      Future<?> writer = pool.submit(() -> {
        Ledger current = base;
        for (int g = 1; g <= GENERATIONS; g++) {
          history.add(current);
          current = nextGeneration(current, g);
          published.set(current);
        }
        writing.set(false);
        return null;
      });
      writer.get(60, TimeUnit.SECONDS);
      for (Future<Integer> reader : readers) {
        assertTrue(reader.get(60, TimeUnit.SECONDS) > 0, "every reader checked some snapshots");
      }
      for (int g = 0; g < history.size(); g++) {
        assertEquals(g, history.get(g).attributions().size(), "old snapshots never change");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Ledger nextGeneration(Ledger current, int generation) {
    StatementId statement = StatementId.of("s" + generation);
    return current.toBuilder()
        .add(Statement.of(statement, "words number " + generation, Statement.Kind.DIRECT_QUOTE))
        .add(Attribution.builder()
            .id(AttributionId.of("a" + generation))
            .statement(statement)
            .speaker(SpeakerId.of("p"))
            .document(DocumentId.of("d"))
            .provenance(TEST)
            .build())
        .build();
  }

  private static int readUntilDone(AtomicReference<Ledger> published, AtomicBoolean writing) {
    int checked = 0;
    do {
      Ledger snapshot = published.get();
      int generation = snapshot.statements().size();
      assertEquals(generation, snapshot.attributions().size(), "attributions of one generation");
      for (Attribution a : snapshot.attributions()) {
        assertTrue(snapshot.statement(a.statement()).isPresent(), "statement of " + a.id());
        assertTrue(snapshot.speaker(a.speaker()).isPresent(), "speaker of " + a.id());
        assertTrue(snapshot.document(a.document()).isPresent(), "document of " + a.id());
      }
      if (generation > 0) {
        assertTrue(snapshot.attribution(AttributionId.of("a" + generation)).isPresent(),
            "newest attribution of generation " + generation);
      }
      checked++;
    } while (writing.get());
    return checked;
  }
}

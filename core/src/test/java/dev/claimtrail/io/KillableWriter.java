package dev.claimtrail.io;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.nio.file.Path;

/**
 * The child process of {@link AtomicWriteKillTest}: saves ever newer generations of a large ledger
 * to one file until it is killed, telling its parent on standard output when it starts each save.
 */
final class KillableWriter {
  /** Attributions per generated ledger; with their statements, about a megabyte of JSON. */
  static final int SIZE = 3_000;

  private KillableWriter() {}

  /** Arguments: the ledger file and the first generation to write. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    for (long generation = Long.parseLong(args[1]); ; generation++) {
      Ledger ledger = generation(generation);
      System.out.println("saving " + generation);
      System.out.flush();
      ledger.save(file);
    }
  }

  /** The ledger of one generation: the same records each time, with the generation in the document's title. */
  static Ledger generation(long generation) {
    Ledger.Builder ledger = Ledger.builder()
        .add(Document.builder().id(DocumentId.of("d")).title("generation " + generation).build());
    for (int i = 0; i < SIZE; i++) {
      ledger.add(Speaker.of(SpeakerId.of("p" + (i % 50)), "Speaker number " + (i % 50), Speaker.Kind.PERSON))
          .add(Statement.of(StatementId.of("s" + i),
              "Statement " + i + " of generation " + generation + " says something at some length.",
              Statement.Kind.DIRECT_QUOTE))
          .add(Attribution.builder().id(AttributionId.of("a" + i)).statement(StatementId.of("s" + i))
              .speaker(SpeakerId.of("p" + (i % 50))).document(DocumentId.of("d"))
              .provenance(Provenance.curated("kill test")).build());
    }
    return ledger.build();
  }
}

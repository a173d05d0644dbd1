package dev.claimtrail.examples;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;

/**
 * Builds a small ledger from values: a mayor quoted by a local paper, and the paper's report of
 * it. Every record refers to others by id, and {@link Ledger.Builder#build()} checks that those
 * references resolve.
 */
public final class BuildALedgerByHand {
  private BuildALedgerByHand() {}

  /** The ledger this example builds. */
  public static Ledger ledger() {
    OutletId gazette = OutletId.of("harbour-gazette");
    SpeakerId mayor = SpeakerId.of("ana-moreno");
    StatementId bridge = StatementId.of("bridge-reopens");
    DocumentId report = DocumentId.of("gazette-2024-03-02");

    return Ledger.builder()
        .add(Outlet.of(gazette, "Harbour Gazette", Outlet.Kind.NEWSPAPER))
        .add(Speaker.builder().id(mayor).name("Ana Moreno").kind(Speaker.Kind.PERSON)
            .addAlias("the mayor").build())
        .add(Statement.of(bridge, "The bridge reopens on Monday.", Statement.Kind.DIRECT_QUOTE))
        .add(Document.builder().id(report).outlet(gazette)
            .published(PartialDate.ofDay(2024, 3, 2)).title("Old bridge to reopen").build())
        .add(Attribution.builder()
            .id(AttributionId.of("moreno-bridge"))
            .statement(bridge)
            .speaker(mayor)
            .document(report)
            .said(TimeReference.of(PartialDate.ofDay(2024, 3, 1), "on Friday"))
            .cue("told reporters")
            .setting(Setting.of(Setting.Kind.PRESS_CONFERENCE, "a press conference at city hall"))
            .addressee("reporters")
            .provenance(Provenance.curated("example"))
            .build())
        .build();
  }

  /** Builds the ledger and prints what it holds. */
  public static void main(String[] args) {
    Ledger ledger = ledger();
    System.out.println(ledger);
    for (Attribution a : ledger.attributions()) {
      String speaker = ledger.speaker(a.speaker()).orElseThrow().name();
      String words = ledger.statement(a.statement()).orElseThrow().text();
      System.out.printf("%s: \"%s\" (%s)%n", speaker, words,
          a.said().map(t -> t.date().toString()).orElse("date unknown"));
    }
  }
}

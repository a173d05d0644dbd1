package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final String TEXT = "He said \"we must talk\" today.";

  private static Ledger.Builder base() {
    return Ledger.builder()
        .add(Outlet.of(OutletId.of("s"), "Outlet", Outlet.Kind.NEWS_SITE))
        .add(Speaker.of(SpeakerId.of("p"), "Pat Speaker", Speaker.Kind.PERSON))
        .add(Document.builder().id(DocumentId.of("d")).outlet(OutletId.of("s")).text(TEXT).build())
        .add(Statement.of(StatementId.of("t"), "we must talk", Statement.Kind.DIRECT_QUOTE));
  }

  private static Attribution attribution(String id, String via) {
    Attribution.Builder b = new Attribution.Builder();
    b.id(AttributionId.of(id)).statement(StatementId.of("t")).speaker(SpeakerId.of("p"))
        .document(DocumentId.of("d")).provenance(Provenance.curated("tests"))
        .addEvidence(Span.of(TEXT, 9, 21));
    if (via != null) {
      b.via(AttributionId.of(via));
    }
    return b.build();
  }

  @Test
  void buildRejectsUnknownIdsListingEveryProblem() {
    Attribution dangling = new Attribution.Builder().id(AttributionId.of("a")).statement(StatementId.of("nope"))
        .speaker(SpeakerId.of("nobody")).document(DocumentId.of("d")).provenance(Provenance.curated("t")).build();
    InvalidLedgerException e = assertThrows(InvalidLedgerException.class, () -> base().add(dangling).build());
    assertEquals(List.of(
        "attribution a: statement refers to unknown id 'nope'",
        "attribution a: speaker refers to unknown id 'nobody'"), e.problems());
  }

  @Test
  void buildRejectsAViaChainThatLoopsThroughAddedRecords() {
    Ledger ledger = base().add(attribution("a1", null)).add(attribution("a2", "a1")).build();
    InvalidLedgerException e = assertThrows(InvalidLedgerException.class,
        () -> ledger.toBuilder().add(attribution("a1", "a2")).build());
    assertTrue(e.getMessage().contains("via chain loops"), e.getMessage());
  }

  @Test
  void aLongViaLoopIsOneProblemNamingItsLengthAndFirstIds() {
    Ledger.Builder b = base();
    int length = 10_000;
    for (int i = 0; i < length; i++) {
      b.add(attribution("a" + i, "a" + ((i + 1) % length)));
    }
    InvalidLedgerException e = assertThrows(InvalidLedgerException.class, b::build);
    assertEquals(List.of("attribution a0: via chain loops through 10000 attributions: a0 › a1 › a2 › a3 › a4 › …"),
        e.problems().stream().filter(p -> p.contains("via")).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void attributionsLeadingIntoALoopAddNoProblemOfTheirOwn() {
    Ledger.Builder b = base().add(attribution("x", "y")).add(attribution("y", "x"));
    for (int i = 0; i < 3; i++) {
      b.add(attribution("lead" + i, i == 0 ? "x" : "lead" + (i - 1)));
    }
    InvalidLedgerException e = assertThrows(InvalidLedgerException.class, b::build);
    assertEquals(List.of("attribution x: via chain loops through 2 attributions: x › y"), e.problems());
  }

  @Test
  void replacingADocumentRechecksTheEvidenceOfAttributionsInIt() {
    Ledger ledger = base().add(attribution("a1", null)).build();
    Document edited = Document.builder().id(DocumentId.of("d")).text("Other text entirely, long enough.").build();
    InvalidLedgerException e = assertThrows(InvalidLedgerException.class,
        () -> ledger.toBuilder().add(edited).build());
    assertEquals(List.of("attribution a1: evidence [9, 21) does not slice the text of document d as 'we must talk'"),
        e.problems());
  }

  @Test
  void addingToASnapshotLeavesItAsItWas() {
    Ledger first = base().add(attribution("a1", null)).build();
    Ledger second = first.toBuilder().add(attribution("a2", "a1")).build();
    assertEquals(1, first.attributions().size());
    assertEquals(Optional.empty(), first.attribution(AttributionId.of("a2")));
    assertEquals(2, second.attributions().size());
    assertEquals(List.of(attribution("a2", "a1")), second.attributionsVia(AttributionId.of("a1")));
    assertEquals(List.of(), first.attributionsVia(AttributionId.of("a1")));
  }

  @Test
  void aReplacedRecordIsListedWhereItWasAddedAndFoundInItsNewForm() {
    Ledger first = base().add(attribution("a1", null)).add(attribution("a2", null)).build();
    Attribution changed = attribution("a1", "a2");
    Ledger second = first.toBuilder().add(changed).build();
    assertEquals(List.of("a2", "a1"),
        second.attributions().stream().map(a -> a.id().value()).collect(Collectors.toList()));
    assertEquals(Optional.of(changed), second.attribution(AttributionId.of("a1")));
    assertEquals(List.of(attribution("a2", null), changed), second.attributionsBy(SpeakerId.of("p")));
  }

  @Test
  void reAddingEqualRecordsReturnsTheSameSnapshot() {
    Ledger ledger = base().add(attribution("a1", null)).build();
    assertSame(ledger, ledger.toBuilder().addAll(ledger).build());
  }

  @Test
  void addingOneRecordToALargeLedgerKeepsFewSegments() {
    Ledger.Builder builder = base();
    for (int i = 0; i < 20_000; i++) {
      builder.add(attribution("a" + i, null));
    }
    Ledger large = builder.build();
    Ledger grown = large;
    for (int i = 0; i < 100; i++) {
      grown = grown.toBuilder().add(attribution("b" + i, null)).build();
    }
    assertEquals(1, large.segmentCount());
    assertTrue(grown.segmentCount() <= 9, grown.segmentCount() + " segments");
    assertEquals(20_100, grown.attributions().size());
    assertEquals(20_000, large.attributions().size());
    assertEquals("b99", grown.attributions().get(20_099).id().value());
  }

  @Test
  void aLedgerWhoseTextsAreIndexedOnAnotherThreadFindsEveryStatementAndItsVariants() {
    String[] words = {"peace", "talks", "will", "resume", "after", "the", "summit", "in", "spring", "cannot", "wait"};
    Ledger.Builder builder = Ledger.builder();
    int count = 6_000;
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("number " + i);
      for (int w = 0; w < 8; w++) {
        text.append(' ').append(words[(i * 7 + w * w + i / 11) % words.length]);
      }
      texts.add(text.toString());
      builder.add(Statement.of(StatementId.of("t" + i), text.toString(), Statement.Kind.DIRECT_QUOTE));
    }
    Ledger ledger = builder.build();
    for (int i = 0; i < count; i += 997) {
      String truncated = texts.get(i).substring(0, texts.get(i).lastIndexOf(' '));
      StatementId id = StatementId.of("t" + i);
      assertTrue(ledger.statementsResembling(truncated, 10).stream().anyMatch(s -> s.id().equals(id)),
          () -> "a truncation of " + id + " finds it");
      assertEquals(List.of(id), ledger.statementsResembling(texts.get(i), 1).stream().map(Statement::id).toList());
    }
  }
}

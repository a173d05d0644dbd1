package dev.claimtrail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueValidationTest {

  private static void assertRejected(String expectedInMessage, Runnable construction) {
    RuntimeException e = assertThrows(RuntimeException.class, construction::run);
    assertTrue(e.getMessage().contains(expectedInMessage),
        () -> "message '" + e.getMessage() + "' should contain '" + expectedInMessage + "'");
  }

  @Test
  void blankStatementTextIsRejectedNamingTheStatement() {
    assertRejected("statement s1: text must not be blank",
        () -> Statement.of(StatementId.of("s1"), "  ", Statement.Kind.DIRECT_QUOTE));
  }

  @Test
  void spanEndingBeforeItsStartIsRejected() {
    assertRejected("span end (3) is before its start (5)",
        () -> Span.builder().start(5).end(3).exact("").build());
  }

  @Test
  void spanWhoseExactTextHasTheWrongLengthIsRejected() {
    assertRejected("covers 4 characters but its exact text has 3",
        () -> Span.builder().start(0).end(4).exact("abc").build());
  }

  @Test
  void spanOutsideItsTextIsRejected() {
    assertRejected("out of range for a text of 5 characters", () -> Span.of("hello", 2, 9));
  }

  @Test
  void spanOfKeepsExactTextAndContext() {
    Span span = Span.of("He said: \"We must talk.\" Then he left.", 10, 23);
    assertEquals("We must talk.", span.exact());
    assertEquals("He said: \"", span.prefix());
    assertTrue(span.slices("He said: \"We must talk.\" Then he left."));
  }

  @Test
  void attributionViaItselfIsRejected() {
    assertRejected("attribution a1: via refers to itself", () -> Attribution.builder()
        .id(AttributionId.of("a1"))
        .statement(StatementId.of("s1"))
        .speaker(SpeakerId.of("p1"))
        .document(DocumentId.of("d1"))
        .via(AttributionId.of("a1"))
        .provenance(Provenance.curated("test"))
        .build());
  }

  @Test
  void documentHashIsComputedFromTextAndCheckedWhenGiven() {
    Document document = Document.builder().id(DocumentId.of("d1")).text("abc").build();
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        document.contentHash().orElseThrow());
    assertRejected("document d2: contentHash 00 does not match its text",
        () -> Document.builder().id(DocumentId.of("d2")).text("abc").contentHash("00").build());
  }

  @Test
  void roleEndingBeforeItBeginsIsRejected() {
    assertRejected("role 'Prime Minister' ends (2019) before it begins (2022)",
        () -> Role.builder().title("Prime Minister")
            .start(PartialDate.parse("2022")).end(PartialDate.parse("2019")).build());
  }

  @Test
  void roleIsHeldAtADateOverlappingItsTerm() {
    Role role = Role.builder().title("Prime Minister")
        .start(PartialDate.parse("2019-07-24")).end(PartialDate.parse("2022-09-06")).build();
    assertTrue(role.heldAt(PartialDate.parse("2022")));
    assertTrue(!role.heldAt(PartialDate.parse("2023-01")));
  }

  @Test
  void idsAreTypedAndPrintBare() {
    assertEquals("putin", SpeakerId.of("putin").toString());
    assertTrue(!SpeakerId.of("x").equals(OutletId.of("x")));
    assertRejected("speaker id must not be blank", () -> SpeakerId.of(" "));
  }

  @Test
  void aSpansContextLeavesOutAnEmojiItWouldSplit() {
    String emoji = "\uD83D\uDE00";
    String before = emoji + "x".repeat(Span.CONTEXT_LENGTH - 1);
    String after = "y".repeat(Span.CONTEXT_LENGTH - 1) + emoji;
    String text = before + "words" + after;
    Span span = Span.of(text, before.length(), before.length() + "words".length());
    assertEquals("x".repeat(Span.CONTEXT_LENGTH - 1), span.prefix());
    assertEquals("y".repeat(Span.CONTEXT_LENGTH - 1), span.suffix());
    Span whole = Span.of(emoji + "x" + "words" + "y" + emoji, 3, 8);
    assertEquals(emoji + "x", whole.prefix());
    assertEquals("y" + emoji, whole.suffix());
  }
}

package dev.claimtrail.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import org.junit.jupiter.api.Test;

/** Copies of values with a field changed, written as a program outside the model's package would. */
class ValueCopiesTest {
  private final Speaker speaker = Speaker.builder().id(SpeakerId.of("sp-1")).name("Mara Quist")
      .kind(Speaker.Kind.PERSON).addAlias("Quist").build();

  @Test
  void withChangesOneFieldAndKeepsTheRest() {
    Speaker renamed = speaker.withName("Mara L. Quist");

    assertEquals("Mara L. Quist", renamed.name());
    assertEquals(speaker.aliases(), renamed.aliases());
    assertEquals("Mara Quist", speaker.name(), "the original is unchanged");
  }

  @Test
  void builderFromCopiesEveryFieldForSeveralChanges() {
    Speaker copy = Speaker.builder().from(speaker).kind(Speaker.Kind.GROUP).addAlias("M. Quist").build();

    assertEquals(speaker.id(), copy.id());
    assertEquals(Speaker.Kind.GROUP, copy.kind());
    assertEquals(java.util.List.of("Quist", "M. Quist"), copy.aliases());
  }

  @Test
  void copiesAreCheckedLikeNewValues() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> speaker.withName(" "));
    assertEquals("speaker sp-1: name must not be blank", e.getMessage());
  }

  @Test
  void roleBoundsCopyLikeAnyField() {
    Role role = Role.builder().title("Mayor").start(PartialDate.ofYear(2019)).build();

    assertEquals(PartialDate.ofYear(2022), role.withEnd(PartialDate.ofYear(2022)).end().orElseThrow());
    assertEquals(role, Role.builder().from(role).build());
  }
}

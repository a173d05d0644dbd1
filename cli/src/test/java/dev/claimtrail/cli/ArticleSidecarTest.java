package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSidecarTest {
  @TempDir Path dir;

  @Test
  void theMetadataFileIsNamedAfterTheArticle() {
    assertEquals(dir.resolve("a.meta.json"), ArticleSidecar.of(dir.resolve("a.txt")));
    assertEquals(dir.resolve("story.meta.json"), ArticleSidecar.of(dir.resolve("story")));
  }

  @Test
  void aKnownDateIsTakenAsWritten() throws Exception {
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": {\"known\": true, \"date\": \"2024-03-02\"}}");
    assertEquals(Optional.of(PartialDate.ofDay(2024, 3, 2)), ArticleSidecar.published(dir.resolve("a.txt")));
  }

  @Test
  void anUnknownDateIsTheMonthOfTheEarliestDate() throws Exception {
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": {\"known\": false, \"notBefore\": \"2024-08-18\"}}");
    assertEquals(Optional.of(PartialDate.ofMonth(2024, 8)), ArticleSidecar.published(dir.resolve("a.txt")));
  }

  @Test
  void noMetadataFileOrNoDateInItTellsNothing() throws Exception {
    assertEquals(Optional.empty(), ArticleSidecar.published(dir.resolve("a.txt")));
    Files.writeString(dir.resolve("b.meta.json"), "{\"published\": {\"known\": false}}");
    assertEquals(Optional.empty(), ArticleSidecar.published(dir.resolve("b.txt")));
  }

  @Test
  void malformedJsonIsRefusedWithFileLineAndColumn() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\n  \"published\": {\"known\": tru}\n}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.published(dir.resolve("a.txt")));
    assertTrue(e.getMessage().startsWith(meta + ":2:"), e.getMessage());
  }

  @Test
  void aDateThatIsNoDateIsRefusedNamingTheField() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\"published\": {\"known\": true, \"date\": \"August\"}}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.published(dir.resolve("a.txt")));
    assertTrue(e.getMessage().startsWith(meta + ": field published: not a date: 'August'"), e.getMessage());
  }
}

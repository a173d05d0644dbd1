package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.extract.ArticleMetadata;
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
    assertEquals(Optional.of(PartialDate.ofDay(2024, 3, 2)), ArticleSidecar.metadata(dir.resolve("a.txt")).published());
  }

  @Test
  void anUnknownDateIsTheMonthOfTheEarliestDate() throws Exception {
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": {\"known\": false, \"notBefore\": \"2024-08-18\"}}");
    assertEquals(Optional.of(PartialDate.ofMonth(2024, 8)), ArticleSidecar.metadata(dir.resolve("a.txt")).published());
  }

  @Test
  void noMetadataFileOrNoDateInItTellsNothing() throws Exception {
    assertEquals(Optional.empty(), ArticleSidecar.metadata(dir.resolve("a.txt")).published());
    Files.writeString(dir.resolve("b.meta.json"), "{\"published\": {\"known\": false}}");
    assertEquals(Optional.empty(), ArticleSidecar.metadata(dir.resolve("b.txt")).published());
  }

  @Test
  void malformedJsonIsRefusedWithFileLineAndColumn() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\n  \"published\": {\"known\": tru}\n}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.metadata(dir.resolve("a.txt")).published());
    assertTrue(e.getMessage().startsWith(meta + ":2:"), e.getMessage());
  }

  @Test
  void aDateThatIsNoDateIsRefusedNamingTheField() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\"published\": {\"known\": true, \"date\": \"August\"}}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.metadata(dir.resolve("a.txt")).published());
    assertTrue(e.getMessage().startsWith(meta + ": field published: not a date: 'August'"), e.getMessage());
  }

  @Test
  void thePlainFormGivesThePublishedDateOutletUrlTitleAndLanguage() throws Exception {
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"2024-03-12\", \"outlet\": \"Metro Wire\", "
        + "\"url\": \"https://metro.example/a\", \"title\": \"Ferry runs all winter\", \"language\": \"en\"}");
    ArticleMetadata metadata = ArticleSidecar.metadata(dir.resolve("a.txt"));
    assertEquals(Optional.of(PartialDate.ofDay(2024, 3, 12)), metadata.published());
    assertEquals(Optional.of("Metro Wire"), metadata.outlet());
    assertEquals(Optional.of("https://metro.example/a"), metadata.url());
    assertEquals(Optional.of("Ferry runs all winter"), metadata.title());
    assertEquals(Optional.of("en"), metadata.language());
  }

  @Test
  void theSeedsMetadataFileGivesItsPublishedMonthAndNothingElse() {
    ArticleMetadata metadata = ArticleSidecar.metadata(Seeds.ARTICLE);
    assertEquals(Optional.of(PartialDate.ofMonth(2024, 8)), metadata.published());
    assertEquals(ArticleMetadata.builder().published(PartialDate.ofMonth(2024, 8)).build(), metadata);
  }

  @Test
  void anUnknownFieldIsRefusedNamingFileAndField() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\"published\": \"2024-03-12\", \"publisher\": \"Metro Wire\"}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.metadata(dir.resolve("a.txt")));
    assertEquals(meta + ": unknown field 'publisher' (expected published, outlet, url, title, language)",
        e.getMessage());
  }

  @Test
  void aFieldOfTheWrongTypeOrBlankIsRefusedNamingIt() throws Exception {
    Path meta = dir.resolve("a.meta.json");
    Files.writeString(meta, "{\"outlet\": 12}");
    assertEquals(meta + ": field outlet: expected a string, got 12", assertThrows(IllegalArgumentException.class,
        () -> ArticleSidecar.metadata(dir.resolve("a.txt"))).getMessage());
    Files.writeString(meta, "{\"title\": \" \"}");
    assertEquals(meta + ": field title: must not be blank", assertThrows(IllegalArgumentException.class,
        () -> ArticleSidecar.metadata(dir.resolve("a.txt"))).getMessage());
    Files.writeString(meta, "{\"published\": {\"known\": true, \"day\": \"2024-03-12\"}}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ArticleSidecar.metadata(dir.resolve("a.txt")))
        .getMessage().startsWith(meta + ": field published: unknown field 'day'"));
  }

  @Test
  void theOutletOfThePlainFormIsTheOutletOfTheExtractedDocument() throws Exception {
    Path article = dir.resolve("ferry.txt");
    Files.writeString(article, "\"The ferry runs all winter,\" said Mara Quill on Monday.\n");
    Files.writeString(dir.resolve("ferry.meta.json"), "{\"published\": \"2024-03-13\", \"outlet\": \"Metro Wire\"}");
    Cli.Run run = Cli.run("quotes", article.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode row = new ObjectMapper().readTree(run.out()).get(0);
    assertEquals("Metro Wire", row.get("outlet").asText(), row::toString);
    assertEquals("2024-03-13", row.get("published").asText());
    assertEquals("2024-03-11", row.get("said").asText(), "Monday before a Wednesday publication");
    Cli.Run overridden = Cli.run("extract", article.toString(), "--outlet", "Harbour Gazette", "--format", "json");
    assertEquals("Harbour Gazette", new ObjectMapper().readTree(overridden.out()).get(0).get("outlet").asText());
  }
}

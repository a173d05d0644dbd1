package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCorpusTest {
  @Test
  void writesTheSameArticlesEachTimeWithEveryColumnTheExtractionJobReads(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    ExampleCorpus.main(new String[] {"4", first.toString()});
    ExampleCorpus.main(new String[] {"4", second.toString()});

    assertEquals(Files.readAllLines(first), Files.readAllLines(second));
    List<Row> articles = Articles.read(LocalSpark.session(), first.toString(), ArticleFormat.JSON_LINES)
        .orderBy("id").collectAsList();
    assertEquals(List.of("example-0000", "example-0001", "example-0002", "example-0003"),
        articles.stream().map(a -> a.<String>getAs("id")).toList());
    assertEquals(ProjectTexts.repeated(4), articles.stream().map(a -> a.<String>getAs("text")).toList());
    for (Row article : articles) {
      for (String column : List.of("outlet", "url", "published", "language")) {
        assertFalse(article.isNullAt(article.fieldIndex(column)), () -> column + " of " + article);
      }
    }
  }
}

package dev.claimtrail.spark;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.BatchExtraction;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.seed.SeedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributedExtractionTest {
  private static final String BRIDGE = "Mara Velgin, the mayor of Ostrava Falls, said on Tuesday: "
      + "\"The bridge will reopen in May.\" Her deputy, Tomas Reddel, told reporters that \"nobody "
      + "will pay a toll\" on it.";
  private static SparkSession spark;
  private static String seedText;
  private static int limit;

  @BeforeAll
  static void setUp() throws IOException {
    spark = LocalSpark.session();
    seedText = Files.readString(SeedFiles.directory().resolve(SeedFiles.SEED + ".txt"), StandardCharsets.UTF_8);
    limit = seedText.length();
  }

  private static String jsonLine(String id, String text, String published) {
    return "{\"id\":\"" + id + "\",\"outlet\":\"Ostrava Falls Courier\",\"published\":\"" + published
        + "\",\"text\":" + quoted(text) + "}";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  @Test
  void articlesGiveTheLedgerOfABatchAndEachFailureItsOwnRow(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("articles.jsonl");
    Files.write(input, List.of(
        jsonLine("seed", seedText, "2024-06-20"),
        jsonLine("bridge", BRIDGE, "2024-03-12"),
        jsonLine("too-long", seedText + " And more.", "2024-06-21"),
        jsonLine("undated", BRIDGE, "the day after"),
        "{\"id\": \"broken\", \"text\": "));

    ExtractedTables extracted = DistributedExtraction.standard().withMaxTextLength(limit)
        .extract(Articles.read(spark, input.toString(), ArticleFormat.JSON_LINES));

    Ledger expected = BatchExtraction.with(Extractor.standard().withMaxTextLength(limit)).extract(List.of(
        new BatchExtraction.Article("seed", seedText, metadata("seed", "2024-06-20")),
        new BatchExtraction.Article("bridge", BRIDGE, metadata("bridge", "2024-03-12")))).ledger();
    assertTrue(expected.attributions().size() > 2, "the seed and the bridge article give attributions");
    assertSameRecords(expected, extracted.tables().toLedger());
    Map<String, String> failures = new TreeMap<>();
    for (Row failure : extracted.failures().collectAsList()) {
      failures.put(failure.getAs("article"), failure.getAs("message"));
      assertTrue(failure.<String>getAs("source").endsWith("articles.jsonl"), failure.toString());
    }
    String file = input.toUri().toString().replace("file:///", "file:/");
    assertEquals(List.of(file, "too-long", "undated"), List.copyOf(failures.keySet()),
        "a line that does not parse has no id, and is named by its file");
    assertTrue(failures.get("too-long").contains("longer than the extractor's limit"), failures.toString());
    assertTrue(failures.get("undated").contains("not a date"), failures.toString());
    assertEquals("article has no text", failures.get(file));

    extracted.write(dir.resolve("out").toString());
    assertSameRecords(expected, LedgerTables.read(spark, dir.resolve("out").toString()).toLedger());
    assertEquals(3, spark.read().parquet(dir.resolve("out").resolve(ExtractedTables.FAILURES).toString()).count());
    extracted.release();
  }

  private static ArticleMetadata metadata(String id, String published) {
    return ArticleMetadata.builder().documentId(DocumentId.of(id)).outlet("Ostrava Falls Courier")
        .published(PartialDate.parse(published)).build();
  }

  @Test
  void parquetArticlesNeedOnlyAText(@TempDir Path dir) {
    String input = dir.resolve("articles.parquet").toString();
    spark.createDataFrame(List.of(RowFactory.create("bridge", BRIDGE)),
            new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType))
        .write().parquet(input);

    ExtractedTables extracted =
        DistributedExtraction.standard().extract(Articles.read(spark, input, ArticleFormat.PARQUET));

    assertSameRecords(Extractor.standard().extract(BRIDGE, ArticleMetadata.builder()
        .documentId(DocumentId.of("bridge")).build()), extracted.tables().toLedger());
    assertEquals(0, extracted.failures().count());
    extracted.release();
  }

  @Test
  void recordsSeveralArticlesShareAreKeptOnceAndTextFilesAreArticles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), BRIDGE, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), BRIDGE + " Velgin later added: \"We are proud of it.\"",
        StandardCharsets.UTF_8);

    ExtractedTables extracted = DistributedExtraction.standard()
        .extract(Articles.read(spark, dir.toString(), ArticleFormat.TEXT));

    assertEquals(0, extracted.failures().count());
    assertEquals(2, extracted.tables().documents().count());
    LedgerTables tables = extracted.tables();
    for (LedgerTable table : List.of(LedgerTable.SPEAKERS, LedgerTable.DOCUMENTS, LedgerTable.STATEMENTS,
        LedgerTable.ATTRIBUTIONS)) {
      Dataset<Row> rows = tables.table(table);
      assertEquals(rows.count(), rows.select("id").distinct().count(), table + " ids are unique");
    }
    assertTrue(tables.speakers().where("name = 'Mara Velgin'").count() == 1, "one Mara Velgin");
    extracted.release();
  }
}

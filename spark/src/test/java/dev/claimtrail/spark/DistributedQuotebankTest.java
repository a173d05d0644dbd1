package dev.claimtrail.spark;

import static dev.claimtrail.testing.SameRecords.assertSameRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.io.quotebank.Quotebank;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.SpeakerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributedQuotebankTest {
  /** Invented quotations: a speaker first seen as a candidate gains ids later, URLs and hosts repeat. */
  private static final List<String> QUOTATIONS = List.of(
      "{\"quoteID\":\"2019-03-04-000001\",\"quotation\":\"the harbour will stay open all winter\","
          + "\"speaker\":\"Lars Henriksen\",\"qids\":[\"Q90000202\"],\"date\":\"2019-03-04 09:30:00\","
          + "\"numOccurrences\":2,\"probas\":[[\"Lars Henriksen\",\"0.6012\"],[\"Amara Okafor\",\"0.2410\"],"
          + "[\"None\",\"0.1578\"]],\"urls\":[\"https://www.portcitynews.example/2019/03/harbour\","
          + "\"https://tidewater.example/a/1\"],\"phase\":\"E\"}",
      "{\"quoteID\":\"2019-03-05-000002\",\"quotation\":\"we did not see a single study\",\"speaker\":\"Amara Okafor\","
          + "\"qids\":[\"Q90000310\"],\"date\":\"2019-03-05 11:00:00\",\"probas\":[[\"Amara Okafor\",0.8],"
          + "[\"Lars Henriksen\",0.2]],\"urls\":[\"https://www.portcitynews.example/2019/03/study\"]}",
      "",
      "{\"quoteID\":\"2019-03-06-000003\",\"quotation\":\"broken",
      "{\"quoteID\":\"2019-03-06-000004\",\"quotation\":\"the ferries are late again\",\"speaker\":\"Amara Okafor\","
          + "\"qids\":[\"Q90000311\"],\"date\":\"2019-03-06\",\"probas\":[[\"Amara Okafor\",\"1.7\"]],"
          + "\"urls\":[\"https://tidewater.example/a/2\"]}",
      "{\"quoteID\":\"2019-03-06-000005\",\"quotation\":\"nobody asked the fishermen\",\"speaker\":\"Amara Okafor\","
          + "\"qids\":[\"Q90000311\"],\"date\":\"2019-03-06 08:15:00\",\"probas\":[[\"Amara Okafor\",\"0.7\"],"
          + "[\"Ilse Marrow\",\"0.3\"]],\"urls\":[\"https://tidewater.example/a/1\"],\"phase\":\"E\"}",
      "{\"quoteID\":\"2019-03-05-000002\",\"quotation\":\"we did not see a single study\",\"speaker\":\"Amara Okafor\","
          + "\"date\":\"2019-03-05 11:00:00\",\"urls\":[\"https://www.portcitynews.example/2019/03/study\"]}");

  private static SparkSession spark;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
  }

  @Test
  void bzip2QuotationLinesGiveTheLedgerOfTheSingleMachineImporterAndEachBadLineARow(@TempDir Path dir)
      throws IOException {
    Path plain = dir.resolve("quotes.jsonl");
    Files.write(plain, QUOTATIONS, StandardCharsets.UTF_8);
    String compressed = dir.resolve("quotes-bz2").toString();
    spark.createDataset(QUOTATIONS, Encoders.STRING()).coalesce(1)
        .write().option("compression", "bzip2").text(compressed);
    ImportResult expected = Quotebank.read(plain, ImportOptions.skipAndReport(dir.resolve("report.tsv")));

    ExtractedTables imported = DistributedQuotebank.read(spark, compressed, QuotebankLayout.QUOTATIONS);

    Ledger ledger = imported.tables().toLedger();
    assertSameRecords(expected.ledger(), ledger);
    assertEquals("wikidata.candidates=Q90000310 Q90000311",
        ledger.speaker(SpeakerId.of("quotebank:Amara Okafor")).orElseThrow().externalIds().entrySet()
            .iterator().next().toString(), "ids gathered over lines, in the order they came");
    List<String> failures = new ArrayList<>();
    for (Row failure : imported.failures().orderBy("line").collectAsList()) {
      assertTrue(failure.<String>getAs("source").endsWith(".txt.bz2"), failure.toString());
      failures.add(failure.getAs("line") + " " + failure.getAs("field") + ": " + failure.getAs("reason"));
    }
    List<String> singleMachine = new ArrayList<>();
    for (LedgerFormatException problem : expected.problems()) {
      singleMachine.add(problem.line().getAsLong() + " " + problem.fieldPath().orElse(null) + ": " + problem.reason());
    }
    assertEquals(singleMachine, failures);
    assertEquals(List.of(4L, 5L, 7L), failures.stream().map(f -> Long.parseLong(f.split(" ")[0])).toList());
    imported.release();
  }

  @Test
  void articleLinesGiveTheLedgerOfTheQuotationLinesTheyGather(@TempDir Path dir) throws IOException {
    Path articles = dir.resolve("articles.jsonl");
    Files.write(articles, List.of(
        article("https://www.portcitynews.example/2020/01/bridge", "2020-01-02 10:00:00", "E",
            quotation("2020-01-01-000007", "the bridge will reopen in May", "Mara Velgin", "Q90000500", 2),
            quotation("2020-01-02-000008", "nobody will pay a toll", "Tomas Reddel", null, 1)),
        "{\"url\": \"https://tidewater.example/b/9\", \"date\": ",
        article("https://tidewater.example/b/3", "2020-01-01 18:00:00", "D",
            quotation("2020-01-01-000007", "The bridge will reopen in May, she said", "Mara Velgin", "Q90000500", 2)),
        article("not a url", "2020-01-03 09:00:00", "E")), StandardCharsets.UTF_8);
    Path gathered = dir.resolve("gathered.jsonl");
    Files.write(gathered, List.of(
        "{\"quoteID\":\"2020-01-01-000007\",\"quotation\":\"The bridge will reopen in May, she said\","
            + "\"speaker\":\"Mara Velgin\",\"qids\":[\"Q90000500\"],\"date\":\"2020-01-01 18:00:00\","
            + "\"numOccurrences\":2,\"probas\":[[\"Mara Velgin\",0.875],[\"None\",0.125]],"
            + "\"urls\":[\"https://tidewater.example/b/3\",\"https://www.portcitynews.example/2020/01/bridge\"],"
            + "\"phase\":\"D\"}",
        "{\"quoteID\":\"2020-01-02-000008\",\"quotation\":\"nobody will pay a toll\",\"speaker\":\"Tomas Reddel\","
            + "\"date\":\"2020-01-02 10:00:00\",\"numOccurrences\":1,\"probas\":[[\"Tomas Reddel\",0.875],"
            + "[\"None\",0.125]],\"urls\":[\"https://www.portcitynews.example/2020/01/bridge\"],\"phase\":\"E\"}"),
        StandardCharsets.UTF_8);

    ExtractedTables imported = DistributedQuotebank.read(spark, articles.toString(), QuotebankLayout.ARTICLES);

    assertSameRecords(Quotebank.read(gathered), imported.tables().toLedger());
    List<String> failures = imported.failures().orderBy("line").collectAsList().stream()
        .map(f -> f.getAs("line") + " " + f.getAs("field")).toList();
    assertEquals(List.of("2 null", "4 url"), failures);
    imported.release();
  }

  private static String article(String url, String date, String phase, String... quotations) {
    return "{\"articleID\":\"" + url.hashCode() + "\",\"url\":\"" + url + "\",\"date\":\"" + date
        + "\",\"phase\":\"" + phase + "\",\"title\":\"Harbour news\",\"content\":\"...\",\"quotations\":["
        + String.join(",", quotations) + "]}";
  }

  private static String quotation(String id, String text, String speaker, String qid, int occurrences) {
    String qids = qid == null ? "" : ",\"qids\":[\"" + qid + "\"]";
    return "{\"quoteID\":\"" + id + "\",\"quotation\":\"" + text + "\",\"quotationOffset\":12,"
        + "\"globalTopSpeaker\":\"" + speaker + "\",\"numOccurrences\":" + occurrences
        + ",\"globalProbas\":[{\"speaker\":\"" + speaker + "\",\"proba\":0.875" + qids + "},"
        + "{\"speaker\":\"None\",\"proba\":0.125}],\"localTopSpeaker\":\"" + speaker + "\","
        + "\"localProbas\":[{\"speaker\":\"" + speaker + "\",\"proba\":0.9}]}";
  }
}

package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.io.imports.WebOutlets;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.QuoteMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UtteranceClustersTest {
  private static final String BRIDGE = "The bridge will reopen in May and nobody will pay a toll on it";
  /** Statement id, text, outlet domain, day of March 2024 published; the bridge quote first elided. */
  private static final List<List<String>> PRINTED = List.of(
      List.of("st-elided", "The bridge will reopen in May … nobody will pay a toll", "tidewater.example", "01"),
      List.of("st-bridge", BRIDGE, "portcitynews.example", "02"),
      List.of("st-truncated", "the bridge will reopen in May", "coastaldaily.example", "03"),
      List.of("st-inserted", "The bridge will reopen in [the month of] May and nobody will pay a toll on it",
          "harbourwatch.example", "04"),
      List.of("st-shouted", "THE BRIDGE WILL REOPEN IN MAY, AND NOBODY WILL PAY A TOLL ON IT!",
          "tidewater.example", "05"),
      List.of("st-fishermen", "Nobody asked the fishermen what they think of the new quay", "portcitynews.example", "02"),
      List.of("st-fishermen-cut", "nobody asked the fishermen", "harbourwatch.example", "06"),
      List.of("st-proud", "We are proud of the harbour and of everyone who works in it", "coastaldaily.example", "01"),
      List.of("st-ferry", "The ferry runs again on Monday", "tidewater.example", "07"));
  private static SparkSession spark;
  private static Ledger ledger;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
    ledger = ledger();
  }

  /** A ledger of the statements {@link #PRINTED}, each in its own document, all said by one speaker. */
  static Ledger ledger() {
    Ledger.Builder builder = Ledger.builder().add(Speaker.of(SpeakerId.of("sp-velgin"), "Mara Velgin", Speaker.Kind.PERSON));
    for (List<String> printed : PRINTED) {
      String url = "https://" + printed.get(2) + "/2024/03/" + printed.get(0);
      builder.add(WebOutlets.outlet(printed.get(2), printed.get(2)))
          .add(Document.builder().id(DocumentId.of(url)).url(url).outlet(WebOutlets.sourceId(printed.get(2)))
              .published(PartialDate.parseIso("2024-03-" + printed.get(3))).build())
          .add(Statement.of(StatementId.of(printed.get(0)), printed.get(1), Statement.Kind.DIRECT_QUOTE))
          .add(Attribution.builder().id(AttributionId.of("at-" + printed.get(0))).statement(StatementId.of(printed.get(0)))
              .speaker(SpeakerId.of("sp-velgin")).document(DocumentId.of(url))
              .provenance(Provenance.builder().method(Provenance.Method.IMPORTED).agent("test").build()).build());
    }
    return builder.build();
  }

  @Test
  void variantsAcrossOutletsAreOneClusterFromTheirFirstAppearance() {
    LedgerTables tables = LedgerTables.of(spark, ledger);

    List<Row> clusters = UtteranceClusters.of(tables).orderBy("cluster").collectAsList();

    assertEquals(2, clusters.size(), clusters.toString());
    Row bridge = clusters.get(0);
    assertEquals("st-elided", bridge.getAs("cluster"));
    assertEquals(List.of("st-elided", "st-bridge", "st-truncated", "st-inserted", "st-shouted"),
        bridge.getList(bridge.fieldIndex("statements")));
    assertEquals(List.of("tidewater.example", "portcitynews.example", "coastaldaily.example", "harbourwatch.example"),
        bridge.getList(bridge.fieldIndex("outlets")));
    assertEquals("2024-03-01", bridge.getAs("first_date"));
    assertEquals("at-st-elided", bridge.getAs("first_attribution"));
    assertEquals(PRINTED.subList(0, 5).stream().map(p -> p.get(1)).toList(), bridge.getList(bridge.fieldIndex("variants")));
    Set<String> whoSaid = new TreeSet<>();
    for (QuoteMatch match : ledger.whoSaid(BRIDGE)) {
      whoSaid.add(match.quote().statement().id().value());
    }
    assertEquals(whoSaid, new TreeSet<>(bridge.<String>getList(bridge.fieldIndex("statements"))),
        "the statements whoSaid finds");
    assertEquals(List.of("st-fishermen", "st-fishermen-cut"), clusters.get(1).getList(clusters.get(1).fieldIndex("statements")));
  }

  @Test
  void onlyStatementsThatShareABlockingKeyAreCompared() {
    long candidates = UtteranceClusters.candidatePairs(LedgerTables.of(spark, ledger).statements().select("id", "text")).count();

    int statements = PRINTED.size();
    assertTrue(candidates < statements * (statements - 1) / 2, candidates + " candidate pairs");
    assertTrue(candidates >= 4 + 1, "at least the links that hold both clusters together: " + candidates);
  }

  @Test
  void copiesOfAMuchPrintedQuoteAreAllPairedWithTheFirst() {
    int copies = UtteranceClusters.MAX_BUCKET + 50;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      rows.add(RowFactory.create(String.format("st-%03d", i), BRIDGE));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> pairs = UtteranceClusters.candidatePairs(spark.createDataFrame(rows, schema)).collectAsList();

    long withFirst = pairs.stream().filter(r -> r.getString(0).equals("st-000")).count();
    assertEquals(copies - 1, withFirst, "every copy two links at most from every other");
    assertTrue(pairs.size() < 2 * copies, pairs.size() + " pairs, not all " + copies * (copies - 1) / 2);
  }
}

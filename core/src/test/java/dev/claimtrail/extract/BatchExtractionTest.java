package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchExtractionTest {
  private static final String BRIDGE =
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday.\n";
  private static final String BUDGET =
      "\"We cannot spend money we do not have,\" Finance Minister Anna Berg said.\n";

  @Test
  void anArticleOverTheLimitFailsAndTheOthersAreStillExtractedInOneLedger() {
    BatchExtraction batch = BatchExtraction.with(Extractor.standard().withMaxTextLength(100));
    List<BatchExtraction.Article> articles = List.of(
        article("bridge.txt", BRIDGE),
        article("long.txt", BRIDGE.repeat(3)),
        article("budget.txt", BUDGET));

    BatchExtraction.Result result = batch.extract(articles);

    assertEquals(3, result.articles());
    assertEquals(2, result.extracted());
    assertTrue(result.hasFailures());
    assertEquals(1, result.failures().size());
    BatchExtraction.Failure failure = result.failures().get(0);
    assertEquals(1, failure.index());
    assertEquals("long.txt", failure.article());
    assertInstanceOf(IllegalArgumentException.class, failure.cause());
    assertTrue(failure.message().contains("longer than the extractor's limit of 100 characters"), failure.message());
    assertEquals(List.of(DocumentId.of("bridge"), DocumentId.of("budget")),
        result.ledger().documents().stream().map(Document::id).collect(Collectors.toList()));
    List<String> speakers = result.ledger().speakers().stream().map(Speaker::name).collect(Collectors.toList());
    assertTrue(speakers.containsAll(List.of("Ana Moreno", "Anna Berg")), speakers.toString());
  }

  @Test
  void everyArticleIsReportedToTheCallbackFailedOrNot() {
    List<Integer> done = new ArrayList<>();
    BatchExtraction.with(Extractor.standard().withMaxTextLength(100))
        .extract(List.of(article("long.txt", BUDGET.repeat(2)), article("bridge.txt", BRIDGE)), done::add);
    assertEquals(List.of(0, 1), done);
  }

  @Test
  void aBatchWithoutFailuresHoldsWhatTheExtractorGivesForEachArticle() {
    BatchExtraction.Result result = BatchExtraction.standard().extract(List.of(article("bridge.txt", BRIDGE)));
    assertFalse(result.hasFailures());
    Ledger alone = Extractor.standard().extract(BRIDGE, metadata("bridge.txt"));
    assertEquals(alone.statements(), result.ledger().statements());
    assertEquals(alone.attributions(), result.ledger().attributions());
  }

  @Test
  void anArticlePrintsItsNameAndLengthNotItsText() {
    assertEquals("Article[bridge.txt, " + BRIDGE.length() + " characters]",
        BatchExtraction.Article.of("bridge.txt", BRIDGE).toString());
  }

  private static BatchExtraction.Article article(String name, String text) {
    return new BatchExtraction.Article(name, text, metadata(name));
  }

  private static ArticleMetadata metadata(String name) {
    return ArticleMetadata.builder().documentId(DocumentId.of(name.replace(".txt", ""))).build();
  }
}

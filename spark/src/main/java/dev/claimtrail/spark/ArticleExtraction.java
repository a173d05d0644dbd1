package dev.claimtrail.spark;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Extracts the articles of one partition with one {@link Extractor} made for the partition, so no
 * state is shared between tasks. Each article gives one row in {@link ExtractedTables#ARTICLE_RESULT}:
 * the rows of its records for every table, or its failure (a {@link RuntimeException} for that
 * article, as {@link dev.claimtrail.extract.BatchExtraction} takes it). Ordinals are the partition's
 * number in the high bits and a count of the partition's records in the low ones, so they follow
 * the articles' order across the dataset.
 */
final class ArticleExtraction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** Bits of an ordinal for the place of a record in its partition; the partition number has the rest. */
  private static final int PLACE_BITS = 40;

  private final int maxTextLength;
  private final ImmutableList<String> quoteSieves;

  ArticleExtraction(int maxTextLength, List<String> quoteSieves) {
    this.maxTextLength = maxTextLength;
    this.quoteSieves = ImmutableList.copyOf(quoteSieves);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    Extractor extractor =
        Extractor.standard().withMaxTextLength(maxTextLength).withQuoteSieves(quoteSieves);
    TaskContext task = TaskContext.get();
    long[] next = {task == null ? 0 : (long) task.partitionId() << PLACE_BITS};
    LongSupplier ordinals = () -> next[0]++;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return extract(extractor, articles.next(), ordinals);
      }
    };
  }

  private static Row extract(Extractor extractor, Row article, LongSupplier ordinals) {
    Object[] result = new Object[LedgerTable.values().length + 1];
    try {
      String text = Optional.ofNullable(article.<String>getAs("text"))
          .orElseThrow(() -> new IllegalArgumentException("article has no text"));
      Ledger ledger = extractor.extract(text, metadata(article));
      for (LedgerTable table : LedgerTable.values()) {
        result[table.ordinal()] = LedgerRows.of(ledger, table, ordinals);
      }
    } catch (RuntimeException e) {
      String message = e.getMessage();
      for (LedgerTable table : LedgerTable.values()) {
        result[table.ordinal()] = List.of();
      }
      result[result.length - 1] = RowFactory.create(name(article), article.getAs("source"),
          e.getClass().getName(), message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
    return ScalaRows.of(ExtractedTables.ARTICLE_RESULT, RowFactory.create(result));
  }

  /** The article's id, or the id its document gets from its text, or else the file it came from. */
  private static String name(Row article) {
    String id = article.getAs("id");
    String text = article.getAs("text");
    String source = article.getAs("source");
    if (id != null) {
      return id;
    }
    return text != null ? "doc-" + Document.sha256(text).substring(0, 16)
        : source != null ? source : "an article without id, text or source";
  }

  private static ArticleMetadata metadata(Row article) {
    ArticleMetadata.Builder metadata = ArticleMetadata.builder();
    column(article, "id").map(DocumentId::of).ifPresent(metadata::documentId);
    column(article, "outlet").ifPresent(metadata::outlet);
    column(article, "url").ifPresent(metadata::url);
    column(article, "published").map(PartialDate::parse).ifPresent(metadata::published);
    column(article, "title").ifPresent(metadata::title);
    column(article, "language").ifPresent(metadata::language);
    return metadata.build();
  }

  private static Optional<String> column(Row article, String name) {
    return Optional.ofNullable(article.getAs(name));
  }
}

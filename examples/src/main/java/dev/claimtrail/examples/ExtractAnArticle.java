package dev.claimtrail.examples;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Span;
import java.time.LocalDate;

/**
 * Extracts who said what from a short local news report. What is known of the article besides its
 * text (outlet, published date) goes in {@link ArticleMetadata}; the published date turns "on
 * Friday" into a calendar date. Prints the table of attributions, then where in the text each
 * statement's words were found.
 */
public final class ExtractAnArticle {
  /** The article this example extracts. */
  public static final String REPORT = String.join("\n",
      "The old harbour bridge will reopen next week, the city said.",
      "",
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday. \"The repairs",
      "came in under budget.\"",
      "",
      "Council member Tom Reyes disputed that. \"We will see the final bill in April,\" he said.");

  private ExtractAnArticle() {}

  /** Extracts the article and prints what it found. */
  public static void main(String[] args) {
    ArticleMetadata metadata = ArticleMetadata.builder()
        .outlet("Harbour Gazette")
        .published(LocalDate.of(2024, 3, 2))
        .build();

    Ledger ledger = Extractor.standard().extract(REPORT, metadata);
    System.out.println(ledger.quotes().list());

    for (Attribution attribution : ledger.attributions()) {
      for (Span span : attribution.evidence()) {
        System.out.printf("[%d, %d) %s%n", span.start(), span.end(), span.exact().replaceAll("\\s+", " "));
      }
    }
  }
}

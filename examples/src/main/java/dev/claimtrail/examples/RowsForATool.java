package dev.claimtrail.examples;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Results;
import dev.claimtrail.query.Quote;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Gives query results to another program: the same rows the table prints, as typed data with the
 * ids of their records. Prints them as JSON Lines (what {@code --format jsonl} prints), then joins
 * each row back to the ledger by its {@code statementId} to tell the kind of statement.
 */
public final class RowsForATool {
  private RowsForATool() {}

  /** Extracts {@link ExtractAnArticle#REPORT} and prints its rows as data. */
  public static void main(String[] args) {
    Ledger ledger = Extractor.standard().extract(ExtractAnArticle.REPORT,
        ArticleMetadata.builder().outlet("Harbour Gazette").published(LocalDate.of(2024, 3, 2)).build());
    Results<Quote> quotes = ledger.quotes().list();

    System.out.print(quotes.toJsonLines());

    for (Map<String, Object> row : quotes.data()) {
      String statementId = (String) Objects.requireNonNull(row.get("statementId"), "every quote row has a statementId");
      Statement statement = ledger.statement(StatementId.of(statementId)).orElseThrow();
      System.out.printf("%s said %s at %s: %s%n", row.get("speaker"), row.get("said"), row.get("confidence"),
          statement.kind());
    }
  }
}

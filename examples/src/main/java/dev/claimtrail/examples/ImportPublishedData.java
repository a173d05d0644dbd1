package dev.claimtrail.examples;

import dev.claimtrail.io.claimreview.ClaimReviews;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.io.quotebank.Quotebank;
import dev.claimtrail.ledger.Ledger;
import java.nio.file.Path;

/**
 * Imports a Quotebank file (first argument), skipping bad lines into a report (third argument),
 * and a file of fact-checkers' ClaimReview markup (second argument); joins the two ledgers, then
 * asks who said a quotation and who stands where on a reviewed claim.
 */
public final class ImportPublishedData {
  private ImportPublishedData() {}

  /** Runs the example on {@code quotebank.jsonl claimreviews.json report.tsv}. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.out.println("usage: ImportPublishedData QUOTEBANK.jsonl CLAIMREVIEWS.json REPORT.tsv");
      return;
    }
    ImportResult quotes = Quotebank.read(Path.of(args[0]), ImportOptions.skipAndReport(Path.of(args[2])));
    System.out.println("Quotebank: " + quotes.imported() + " quotations imported, " + quotes.skipped()
        + " skipped (see " + args[2] + ")");
    Ledger reviews = ClaimReviews.read(Path.of(args[1]));
    System.out.println("ClaimReview: " + reviews.claims().size() + " claims reviewed");

    Ledger ledger = Ledger.builder().addAll(quotes.ledger()).addAll(reviews).build();
    System.out.println(ledger);
    System.out.println(ledger.whoSaid("the harbour expansion will pay for itself"));
    System.out.println(ledger.standsOn("harbour expansion pay for itself"));
  }
}

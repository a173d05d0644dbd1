package dev.claimtrail.examples;

import dev.claimtrail.ledger.Ledger;
import java.nio.file.Path;

/**
 * Loads the curated ledger of the seed article and asks it the questions the library exists for:
 * who said a quote (in another outlet's quote marks and case), what one speaker said in a month,
 * who takes which position on a claim, and how the attributions divide by stance. Run it from the
 * root of the checkout. The README shows the body of {@link #main} as its Java example.
 */
public final class QueryTheSeed {
  private QueryTheSeed() {}

  /** Loads the seed ledger and prints the answers. */
  public static void main(String[] args) {
    Ledger ledger = Ledger.load(Path.of("seeds/000_3345cdc3c9b6cfd0.ledger.json"));

    System.out.println(ledger.whoSaid("\u201cwe must sit down at the negotiating table\u201d"));
    System.out.println(ledger.quotes().by("Kuleba").during("2024-07").list());
    System.out.println(ledger.standsOn("Johnson"));
    System.out.println(ledger.counts().byStance());
  }
}

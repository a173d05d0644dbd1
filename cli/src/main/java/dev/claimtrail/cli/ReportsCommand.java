package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.query.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Who reported a quote, and when first: its propagation timeline, or the outlets that carried it. */
@Command(
    name = "reports",
    description = {
      "Show who reported a quote, and when first.",
      "One row per report of the quote or a close variant, earliest published first; with --outlets, "
          + "one row per outlet that carried it."
    })
final class ReportsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUOTE", description = "The words to look for.")
  private String quote;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
      description = "Articles to extract and search too; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Mixin private QuoteFilters filters;

  @Option(names = "--outlets", description = "The outlets that carried the quote instead of the reports.")
  private boolean outlets;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    Reports reports = filters.apply(ledger.quotes()).reportsOf(quote);
    return format.printFound(outlets ? reports.outlets() : reports.timeline(), spec.commandLine().getOut());
  }
}

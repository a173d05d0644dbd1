package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.query.Chain;
import dev.claimtrail.query.Quotes;
import dev.claimtrail.query.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Through whom? The chains of second-hand attributions: from the reporting document through the
 * intermediaries to the original speaker, their depth, and whether the primary source is on record.
 */
@Command(
    name = "chain",
    description = {
      "Show through whom attributions are known, and whether their primary source is on record.",
      "One row per attribution known second-hand (or per attribution, with --all): its speaker and "
          + "statement, the depth of its chain, the path from the reporting document through the "
          + "intermediaries to the speaker, and whether the ledger holds the speaker's words first-hand."
    })
final class ChainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Mixin private QuoteFilters filters;

  @Option(names = "--all", description = "Every attribution, first-hand ones included (their chains have depth 0).")
  private boolean all;

  @Option(names = "--attribution", paramLabel = "ID",
      description = "Only the chain of this attribution, first-hand or not (the attributionId of a JSON row).")
  private String attribution;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    Quotes quotes = filters.apply(ledger.quotes());
    Results<Chain> chains = (all || attribution != null ? quotes : quotes.secondHand()).chains();
    if (attribution != null) {
      if (ledger.attribution(AttributionId.of(attribution)).isEmpty()) {
        throw new IllegalArgumentException("no attribution with id '" + attribution + "' in the ledger");
      }
      chains = chains.where(c -> c.quote().attribution().id().value().equals(attribution));
    }
    return format.printFound(chains, spec.commandLine().getOut());
  }
}

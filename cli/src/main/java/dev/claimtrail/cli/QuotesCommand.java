package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What did this speaker say, and when, reported by whom: the attributions of a ledger narrowed
 * by speaker, time said, outlet and claim, in the order they were said.
 */
@Command(
    name = "quotes",
    description = {
      "List who said what, when, in what setting and reported by whom.",
      "Rows come in the order said; narrow them by speaker, time said, outlet and claim."
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Mixin private QuoteFilters filters;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    return format.printFound(filters.apply(ledger.quotes()).timeline(), spec.commandLine().getOut());
  }
}

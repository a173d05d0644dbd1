package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.query.QuoteMatch;
import dev.claimtrail.query.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Who said this? The attributions whose statement is the quote, a part of it or another outlet's
 * variant of it, best match first, each with its score and the kind of match.
 */
@Command(
    name = "who-said",
    description = {
      "Find who said a quote, a part of it, or another outlet's variant of it.",
      "Matches come best first, with a score from 0 to 1 and the kind of match: other quote marks, "
          + "dashes, case or punctuation, \"[insertions]\", \"…\" elisions, truncation."
    })
final class WhoSaidCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUOTE", description = "The words to look for.")
  private String quote;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
      description = "Articles to extract and search too; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Mixin private QuoteFilters filters;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most the N best matches.")
  private Integer limit;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    Results<QuoteMatch> matches = filters.apply(ledger.quotes()).whoSaid(quote);
    return format.printFound(limit == null ? matches : matches.limit(limit), spec.commandLine().getOut());
  }
}

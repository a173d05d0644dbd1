package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.query.Stands;
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
 * Who stands where on a claim: the attributions that assert, deny, confirm or dispute it, or the
 * fact-checkers' reviews of it.
 */
@Command(
    name = "claims",
    description = {
      "Show who asserts, denies, confirms or disputes claims, or how fact-checkers rated them.",
      "One row per position taken: the claim, the position, the speaker, the statement and who "
          + "reported it; with --reviews, one row per review instead."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--claim", paramLabel = "CLAIM",
      description = "Only this claim: an id, or words of its text (default: every claim).")
  private String claim = "";

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Option(names = "--position", paramLabel = "POSITION",
      description = "Only this position: asserts, denies, confirms or disputes.")
  private ClaimStance.Position position;

  @Option(names = "--reviews", description = "The claims' reviews by fact-checkers instead of the positions.")
  private boolean reviews;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    Stands stands = ledger.standsOn(claim);
    if (reviews) {
      return format.printFound(stands.reviews(), spec.commandLine().getOut());
    }
    return format.printFound(position == null ? stands.all() : stands.taking(position), spec.commandLine().getOut());
  }
}

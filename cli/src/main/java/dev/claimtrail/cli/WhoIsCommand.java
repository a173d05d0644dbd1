package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Who is this? The speakers a name, alias or role description may denote, at a date if given. */
@Command(
    name = "who-is",
    description = {
      "Resolve a name, alias or role to the speakers it may denote.",
      "With --at, only roles held then count: 'then-British Prime Minister' --at 2022."
    })
final class WhoIsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DESCRIPTION", description = "A name, alias or role, e.g. 'Foreign Minister'.")
  private String description;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
      description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Option(names = "--at", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "The time the description refers to (yyyy, yyyy-MM or yyyy-MM-dd).")
  private PartialDate at;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    return format.printFound(at == null ? ledger.whoIs(description) : ledger.whoIs(description, at.toString()),
        spec.commandLine().getOut());
  }
}

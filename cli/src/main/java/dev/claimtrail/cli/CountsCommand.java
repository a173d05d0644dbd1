package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.query.Count;
import dev.claimtrail.query.Counts;
import dev.claimtrail.query.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Counts a ledger's attributions by speaker, outlet, stance or month said. */
@Command(name = "counts", description = "Count attributions by speaker, outlet, stance or month said.")
final class CountsCommand implements Callable<Integer> {
  /** What to count by. */
  enum By {
    SPEAKER(Counts::bySpeaker),
    OUTLET(Counts::byOutlet),
    STANCE(Counts::byStance),
    MONTH(Counts::byMonth);

    final Function<Counts, Results<Count>> table;

    By(Function<Counts, Results<Count>> table) {
      this.table = table;
    }
  }

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Option(names = "--by", paramLabel = "KEY", defaultValue = "speaker",
      description = "speaker, outlet, stance or month (default: ${DEFAULT-VALUE}).")
  private By by;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    return format.printFound(by.table.apply(ledger.counts()), spec.commandLine().getOut());
  }
}

package dev.claimtrail.cli;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.query.Quotes;
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
  /** The bounds used for an open end of the time range; PartialDate years have four digits. */
  private static final String EARLIEST = "0001";
  private static final String LATEST = "9999";

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to extract and include; '-' is standard input.")
  private List<String> articles = new ArrayList<>();

  @Mixin private LedgerInputs inputs;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Only what this speaker said: an id, or words of a name or alias ('Moreno').")
  private String speaker;

  @Option(names = "--from", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "Only what was said at a time that may fall on or after DATE (yyyy, yyyy-MM or yyyy-MM-dd).")
  private PartialDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "Only what was said at a time that may fall on or before DATE; '--to 2024-07' "
          + "takes in all of July.")
  private PartialDate to;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Only what this outlet reported: an id, name, alias or domain.")
  private String outlet;

  @Option(names = "--claim", paramLabel = "CLAIM",
      description = "Only what takes a position on this claim: an id or words of its text.")
  private String claim;

  @Option(names = "--second-hand", description = "Only what is known through another attribution.")
  private boolean secondHand;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Ledger ledger = inputs.load(articles, System.in, spec.commandLine().getErr());
    format.print(query(ledger).timeline(), spec.commandLine().getOut());
    return 0;
  }

  private Quotes query(Ledger ledger) {
    Quotes quotes = ledger.quotes();
    if (speaker != null) {
      quotes = quotes.by(speaker);
    }
    if (from != null || to != null) {
      quotes = quotes.between(from == null ? EARLIEST : from.toString(), to == null ? LATEST : to.toString());
    }
    if (outlet != null) {
      quotes = quotes.reportedBy(outlet);
    }
    if (claim != null) {
      quotes = quotes.on(claim);
    }
    if (secondHand) {
      quotes = quotes.secondHand();
    }
    return quotes;
  }
}

package dev.claimtrail.cli;

import dev.claimtrail.model.PartialDate;
import dev.claimtrail.query.Quotes;
import picocli.CommandLine.Option;

/**
 * The options that narrow a query's attributions: speaker (by name, by description or as an
 * intermediary), time said, outlet, claim, whether they are known second-hand, and how sure their
 * maker was.
 */
final class QuoteFilters {
  /** The bounds used for an open end of the time range; PartialDate years have four digits. */
  private static final String EARLIEST = "0001";
  private static final String LATEST = "9999";

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Only what the speaker so named said: an id, or words of its name ('Moreno'); "
          + "descriptions that mention the name do not count.")
  private String speaker;

  @Option(names = "--described-as", paramLabel = "WORDS",
      description = "Only what speakers named or described in these words said ('Moreno' also "
          + "finds 'aides close to Moreno').")
  private String describedAs;

  @Option(names = "--via", paramLabel = "NAME",
      description = "Only what is known through an attribution to this speaker, at any depth: an "
          + "id, or words of its name ('RT').")
  private String via;

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

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Only attributions made with a confidence of at least P (0 to 1); curated ones, "
          + "which give none, always pass.")
  private Double minConfidence;

  /** {@code quotes} narrowed by every option given. */
  Quotes apply(Quotes quotes) {
    Quotes narrowed = quotes;
    if (speaker != null) {
      narrowed = narrowed.by(speaker);
    }
    if (describedAs != null) {
      narrowed = narrowed.describedAs(describedAs);
    }
    if (via != null) {
      narrowed = narrowed.via(via);
    }
    if (from != null || to != null) {
      narrowed = narrowed.between(from == null ? EARLIEST : from.toString(), to == null ? LATEST : to.toString());
    }
    if (outlet != null) {
      narrowed = narrowed.reportedBy(outlet);
    }
    if (claim != null) {
      narrowed = narrowed.on(claim);
    }
    if (secondHand) {
      narrowed = narrowed.secondHand();
    }
    if (minConfidence != null) {
      narrowed = narrowed.minConfidence(minConfidence);
    }
    return narrowed;
  }
}

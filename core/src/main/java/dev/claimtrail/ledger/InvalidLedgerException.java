package dev.claimtrail.ledger;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when records do not form a valid ledger: an id that refers to nothing, a duplicate id, a
 * via chain that loops, an evidence span that does not slice its document's text. The message
 * lists every problem found, one per line; {@link #problems()} returns them.
 */
public final class InvalidLedgerException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final ImmutableList<String> problems;

  /** An exception for the given problems, of which there is at least one. */
  public InvalidLedgerException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(List<String> problems) {
    StringBuilder out = new StringBuilder("invalid ledger: ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    problems.stream().limit(MAX_LISTED).forEach(p -> out.append("\n  ").append(p));
    if (problems.size() > MAX_LISTED) {
      out.append("\n  … ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return out.toString();
  }

  /** Every problem found, in the order found. */
  public List<String> problems() {
    return problems;
  }
}

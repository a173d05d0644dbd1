package dev.claimtrail.ledger;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.ClaimtrailException;
import dev.claimtrail.model.RecordId;
import java.util.List;

/**
 * Thrown when records do not form a valid ledger: an id that refers to nothing, a duplicate id, a
 * via chain that loops, an evidence span that does not slice its document's text. The message
 * lists every problem found, one per line; {@link #problems()} returns them as text and {@link
 * #details()} as {@link Problem}s that name the record and field, for readers that point at the
 * place in a file.
 */
public final class InvalidLedgerException extends ClaimtrailException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  /** Every problem found, in the order found. */
  private final ImmutableList<Problem> details;

  /**
   * One problem: the kind of record ({@code "attribution"}), its id, the field at fault as a path
   * inside the record ({@code "claimStances[1].claim"}), and the reason, which starts with the
   * field's name as the message shows it.
   */
  public record Problem(String kind, RecordId id, String field, String reason) {
    /** The problem as one line of the message: {@code attribution a: speaker refers to unknown id 'x'}. */
    @Override
    public String toString() {
      return kind + " " + id + ": " + reason;
    }
  }

  /**
   * An exception for the given problems, of which there is at least one.
   *
   * @param problems every problem found, in the order found
   */
  public InvalidLedgerException(List<Problem> problems) {
    super(message(problems.stream().map(Problem::toString).toList()));
    this.details = ImmutableList.copyOf(problems);
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

  /** {@return every problem found, in the order found, as the lines of the message} */
  public List<String> problems() {
    return details.stream().map(Problem::toString).toList();
  }

  /** {@return every problem found, in the order found} */
  public List<Problem> details() {
    return details;
  }
}

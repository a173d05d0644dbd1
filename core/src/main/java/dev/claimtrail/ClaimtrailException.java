package dev.claimtrail;

/**
 * The root of the exceptions claimtrail throws for reasons of its own: input that a format does
 * not allow ({@link dev.claimtrail.io.LedgerFormatException}) and records that do not form a valid
 * ledger ({@link dev.claimtrail.ledger.InvalidLedgerException}). Catching it handles every such
 * failure of the library at once. It is unchecked, as nothing on the query path throws checked
 * exceptions.
 *
 * <p>Other failures keep the JDK's types: an argument that breaks a method's contract throws
 * {@link NullPointerException} or {@link IllegalArgumentException} naming the parameter, and a
 * failure of the file system throws {@link java.io.UncheckedIOException} with its cause.
 */
public abstract class ClaimtrailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the given message; a subclass may record a cause with {@link #initCause}.
   *
   * @param message what went wrong, naming the input, field or value at fault
   */
  protected ClaimtrailException(String message) {
    super(message);
  }
}

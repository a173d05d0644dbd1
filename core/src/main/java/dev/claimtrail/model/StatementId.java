package dev.claimtrail.model;

/** The id of a {@link Statement}. */
public final class StatementId extends RecordId {
  private StatementId(String value) {
    super(value, "statement");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static StatementId of(String value) {
    return new StatementId(value);
  }
}

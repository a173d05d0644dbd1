package dev.claimtrail.model;

import com.fasterxml.jackson.annotation.JsonCreator;

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
  @JsonCreator
  public static StatementId of(String value) {
    return new StatementId(value);
  }
}

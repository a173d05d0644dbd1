package dev.claimtrail.model;

/** The id of a {@link Claim}. */
public final class ClaimId extends RecordId {
  private ClaimId(String value) {
    super(value, "claim");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }
}

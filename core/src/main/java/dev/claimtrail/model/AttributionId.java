package dev.claimtrail.model;

/** The id of a {@link Attribution}. */
public final class AttributionId extends RecordId {
  private AttributionId(String value) {
    super(value, "attribution");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static AttributionId of(String value) {
    return new AttributionId(value);
  }
}

package dev.claimtrail.model;

/** The id of a {@link Outlet}. */
public final class OutletId extends RecordId {
  private OutletId(String value) {
    super(value, "source");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static OutletId of(String value) {
    return new OutletId(value);
  }
}

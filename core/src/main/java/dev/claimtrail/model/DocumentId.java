package dev.claimtrail.model;

/** The id of a {@link Document}. */
public final class DocumentId extends RecordId {
  private DocumentId(String value) {
    super(value, "document");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }
}

package dev.claimtrail.model;

/** The id of a {@link Speaker}. */
public final class SpeakerId extends RecordId {
  private SpeakerId(String value) {
    super(value, "speaker");
  }

  /**
   * Returns the id with the given value; throws {@link IllegalArgumentException} if it is blank.
   *
   * @param value the id as text, not blank
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static SpeakerId of(String value) {
    return new SpeakerId(value);
  }
}

package dev.claimtrail.model;

import com.fasterxml.jackson.annotation.JsonValue;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Base of the typed record ids. An id is a non-blank string without surrounding whitespace; two ids
 * are equal when they have the same type and the same value. {@link #toString()} is the bare value.
 */
public abstract class RecordId implements Comparable<RecordId> {
  private final String value;

  RecordId(String value, String kind) {
    checkNotNull(value, "%s id must not be null", kind);
    checkArgument(!value.isBlank(), "%s id must not be blank", kind);
    checkArgument(value.strip().equals(value),
        "%s id must not start or end with whitespace: '%s'", kind, value);
    this.value = value;
  }

  /** The id as a string. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((RecordId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Orders ids by type name, then by value. */
  @Override
  public final int compareTo(RecordId other) {
    int byType = getClass().getSimpleName().compareTo(other.getClass().getSimpleName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  @Override
  public final String toString() {
    return value;
  }
}

package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Base of the typed record ids. An id is a non-blank string without surrounding whitespace; two ids
 * are equal when they have the same type and the same value. {@link #toString()} is the bare value.
 */
public abstract class RecordId implements Comparable<RecordId> {
  /**
   * The value as its Latin-1 bytes when every character fits in one (nearly always), otherwise the
   * string itself. Ids are most of a ledger's objects; keeping only the bytes saves the string
   * object around them, a third of an id's heap.
   */
  private final Object value;

  RecordId(String value, String kind) {
    checkNotNull(value, "%s id must not be null", kind);
    checkArgument(!value.isBlank(), "%s id must not be blank", kind);
    checkArgument(value.strip().equals(value),
        "%s id must not start or end with whitespace: '%s'", kind, value);
    this.value = isLatin1(value) ? value.getBytes(StandardCharsets.ISO_8859_1) : value;
  }

  private static boolean isLatin1(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** {@return the id as a string} */
  public final String value() {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.ISO_8859_1) : (String) value;
  }

  /**
   * {@return whether {@link #value()} is the {@code length} characters of {@code chars} from {@code offset},
   * found without making a string of them}
   *
   * @param chars the characters to compare with
   * @param offset where the value starts in {@code chars}
   * @param length how many characters the value has
   */
  public final boolean valueEquals(char[] chars, int offset, int length) {
    if (!(value instanceof byte[])) {
      return ((String) value).contentEquals(CharBuffer.wrap(chars, offset, length));
    }
    byte[] bytes = (byte[]) value;
    if (bytes.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if ((bytes[i] & 0xFF) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final boolean equals(Object other) {
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    Object that = ((RecordId) other).value;
    return value instanceof byte[]
        ? that instanceof byte[] && Arrays.equals((byte[]) value, (byte[]) that)
        : value.equals(that);
  }

  /** The hash code of {@link #value()}. */
  @Override
  public final int hashCode() {
    if (!(value instanceof byte[])) {
      return value.hashCode();
    }
    int hash = 0;
    for (byte b : (byte[]) value) {
      hash = 31 * hash + (b & 0xFF);
    }
    return hash;
  }

  /** Orders ids by type name, then by value. */
  @Override
  public final int compareTo(RecordId other) {
    int byType = getClass().getSimpleName().compareTo(other.getClass().getSimpleName());
    if (byType != 0) {
      return byType;
    }
    return value instanceof byte[] && other.value instanceof byte[]
        ? Arrays.compareUnsigned((byte[]) value, (byte[]) other.value)
        : value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}

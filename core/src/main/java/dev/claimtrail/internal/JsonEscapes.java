package dev.claimtrail.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * Jackson escapes beyond JSON's standard ones, as {@code \\uXXXX}. {@link #LINE_SEPARATORS}
 * escapes U+0085, U+2028 and U+2029, which JSON allows raw but which tools that split JSON Lines on
 * Unicode line breaks (JavaScript before ES2019, Python's {@code str.splitlines}) take for the end
 * of a line. {@link #SURROGATES_AND_LINE_SEPARATORS} escapes every UTF-16 surrogate as well, so
 * that lone surrogates, which Java strings may hold, come back exactly and the bytes stay UTF-8.
 */
public final class JsonEscapes extends CharacterEscapes {
  /** Escapes U+0085, U+2028 and U+2029. */
  public static final JsonEscapes LINE_SEPARATORS = new JsonEscapes(false);

  /** Escapes U+0085, U+2028, U+2029 and every surrogate. */
  public static final JsonEscapes SURROGATES_AND_LINE_SEPARATORS = new JsonEscapes(true);

  private static final long serialVersionUID = 1L;

  /** Whether every surrogate is escaped as well. */
  private final boolean surrogates;

  /** JSON's standard escapes of ASCII characters. */
  private final int[] ascii = standardAsciiEscapesForJSON();

  private JsonEscapes(boolean surrogates) {
    this.surrogates = surrogates;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    boolean escaped = ch == 0x85 || ch == 0x2028 || ch == 0x2029 || surrogates && Character.isSurrogate((char) ch);
    return escaped ? new SerializedString(String.format("\\u%04x", ch)) : null;
  }
}

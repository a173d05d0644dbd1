package dev.claimtrail.io;

import com.fasterxml.jackson.core.JsonParser;
import dev.claimtrail.internal.HashMixing;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values made so far from string tokens, one per distinct string: ids, dates, enum constants.
 * A string seen before is found from the parser's characters without making a string of them, and
 * its value is the one made the first time, so equal strings read give one shared object. Each
 * value is compared with the characters by its {@link Spelling} when it has one, else by the string
 * it was made from, which is then kept with it. Not thread-safe.
 *
 * @param <T> the type of the values
 */
final class TextValues<T> {
  /** Whether a value is the one made from the given characters. */
  interface Spelling<T> {
    /** Whether {@code value} is made from the {@code length} characters of {@code chars} from {@code offset}. */
    boolean spells(T value, char[] chars, int offset, int length);
  }

  private final Function<String, T> make;
  private final @Nullable Spelling<? super T> spelling;
  /** Open addressing with linear probing; a slot is free while its value is null. */
  private Object[] values = new Object[64];
  private int[] hashes = new int[64];
  /** The strings the values were made from, when they have no spelling. */
  private String @Nullable [] keys;
  private int size;

  /**
   * Values made by {@code make}, which may throw {@link IllegalArgumentException} for a bad string
   * and never returns null, compared with the string each was made from.
   */
  TextValues(Function<String, T> make) {
    this.make = make;
    this.spelling = null;
    this.keys = new String[values.length];
  }

  /** Values made by {@code make}, as above, compared by {@code spelling}; their strings are not kept. */
  TextValues(Function<String, T> make, Spelling<? super T> spelling) {
    this.make = make;
    this.spelling = spelling;
  }

  /**
   * The value of the string token {@code p} is on: the one made before for an equal string, else
   * made now; throws {@link IllegalArgumentException} from the factory, remembering nothing.
   */
  @SuppressWarnings({"unchecked", "NullAway"}) // keys is set whenever spelling is not
  T get(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = values.length - 1;
    int slot = HashMixing.fibonacci(hash) & mask;
    for (Object value = values[slot]; value != null; value = values[slot]) {
      if (hashes[slot] == hash && (spelling != null
          ? spelling.spells((T) value, chars, offset, length) : matches(keys[slot], chars, offset, length))) {
        return (T) value;
      }
      slot = (slot + 1) & mask;
    }
    String text = new String(chars, offset, length);
    T value = make.apply(text);
    if (keys != null) {
      keys[slot] = text;
    }
    hashes[slot] = hash;
    values[slot] = value;
    if (++size > values.length / 2) {
      grow();
    }
    return value;
  }

  /** Whether {@code key} is the {@code length} characters of {@code chars} from {@code offset}. */
  static boolean matches(String key, char[] chars, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("NullAway") // keys is set whenever spelling is not
  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    values = new Object[oldValues.length * 2];
    hashes = new int[values.length];
    keys = oldKeys == null ? null : new String[values.length];
    int mask = values.length - 1;
    for (int i = 0; i < oldValues.length; i++) {
      if (oldValues[i] != null) {
        int slot = HashMixing.fibonacci(oldHashes[i]) & mask;
        while (values[slot] != null) {
          slot = (slot + 1) & mask;
        }
        if (keys != null) {
          keys[slot] = oldKeys[i];
        }
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
      }
    }
  }
}

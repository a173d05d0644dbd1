package dev.claimtrail.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.function.Function;

/**
 * The values made so far from string tokens, one per distinct string: ids, dates, enum constants.
 * A string seen before is found from the parser's characters without making a string of them, and
 * its value is the one made the first time, so equal strings read give one shared object. Not
 * thread-safe.
 *
 * @param <T> the type of the values
 */
final class TextValues<T> {
  private final Function<String, T> make;
  /** Open addressing with linear probing; a slot is free while its key is null. */
  private String[] keys = new String[64];
  private int[] hashes = new int[64];
  private Object[] values = new Object[64];
  private int size;

  /** Values made by {@code make}, which may throw {@link IllegalArgumentException} for a bad string. */
  TextValues(Function<String, T> make) {
    this.make = make;
  }

  /**
   * The value of the string token {@code p} is on: the one made before for an equal string, else
   * made now; throws {@link IllegalArgumentException} from the factory, remembering nothing.
   */
  @SuppressWarnings("unchecked")
  T get(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = keys.length - 1;
    int slot = spread(hash) & mask;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (hashes[slot] == hash && matches(key, chars, offset, length)) {
        return (T) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    String text = new String(chars, offset, length);
    T value = make.apply(text);
    keys[slot] = text;
    hashes[slot] = hash;
    values[slot] = value;
    if (++size > keys.length / 2) {
      grow();
    }
    return value;
  }

  /**
   * The hash code mixed for a table of open addressing: string hash codes of ids such as {@code
   * at17} and {@code at18} lie close together, and linear probing would make long runs of them.
   */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }

  private static boolean matches(String key, char[] chars, int offset, int length) {
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

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    values = new Object[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
      }
    }
  }
}

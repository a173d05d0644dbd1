package dev.claimtrail.io;

import java.nio.charset.StandardCharsets;

/**
 * WTF-8, the encoding a snapshot stores strings in: UTF-8, except that a surrogate without its
 * pair, which a Java string may hold and the JSON forms keep as an escape, is written as the three
 * bytes UTF-8 would give its code point. Every string so comes back as it was. Decoding refuses any
 * byte sequence this encoding would not write: a bad lead or continuation byte, an overlong form, a
 * code point above U+10FFFF, or a surrogate pair written as two three-byte halves.
 */
final class Wtf8 {
  private Wtf8() {}

  static byte[] encode(String string) {
    int length = string.length();
    int bytes = 0;
    for (int i = 0; i < length; i++) {
      char c = string.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(string.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    if (bytes == length) {
      return string.getBytes(StandardCharsets.ISO_8859_1);
    }
    byte[] out = new byte[bytes];
    int at = 0;
    for (int i = 0; i < length; i++) {
      char c = string.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(string.charAt(i + 1))) {
        int code = Character.toCodePoint(c, string.charAt(++i));
        out[at++] = (byte) (0xF0 | code >> 18);
        out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | code & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return out;
  }

  /**
   * Decodes the {@code length} bytes of {@code bytes} from {@code start}.
   *
   * @throws IllegalArgumentException naming the offset from {@code start} of the first byte that
   *     this encoding would not write
   */
  static String decode(byte[] bytes, int start, int length) {
    int end = start + length;
    int i = start;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
    StringBuilder out = new StringBuilder(length);
    for (int k = start; k < i; k++) {
      out.append((char) bytes[k]);
    }
    boolean afterLoneHigh = false;
    while (i < end) {
      int lead = bytes[i] & 0xFF;
      int code;
      int size;
      if (lead < 0x80) {
        code = lead;
        size = 1;
      } else if (lead >= 0xC2 && lead < 0xE0) {
        code = lead & 0x1F;
        size = 2;
      } else if (lead >= 0xE0 && lead < 0xF0) {
        code = lead & 0x0F;
        size = 3;
      } else if (lead >= 0xF0 && lead < 0xF5) {
        code = lead & 0x07;
        size = 4;
      } else {
        throw invalid(i - start, "byte 0x" + Integer.toHexString(lead) + " cannot start a character");
      }
      if (end - i < size) {
        throw invalid(i - start, "the string ends inside a character");
      }
      for (int k = 1; k < size; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          throw invalid(i + k - start, "byte 0x" + Integer.toHexString(next) + " is not a continuation byte");
        }
        code = code << 6 | next & 0x3F;
      }
      if (size == 3 && code < 0x800 || size == 4 && (code < 0x10000 || code > 0x10FFFF)) {
        throw invalid(i - start, "an overlong or out-of-range character");
      }
      if (afterLoneHigh && Character.isLowSurrogate((char) code) && size == 3) {
        throw invalid(i - start, "a surrogate pair written as two halves");
      }
      afterLoneHigh = size == 3 && Character.isHighSurrogate((char) code);
      out.appendCodePoint(code);
      i += size;
    }
    return out.toString();
  }

  private static IllegalArgumentException invalid(int offset, String reason) {
    return new IllegalArgumentException("not valid WTF-8 at byte " + offset + " of the string: " + reason);
  }
}

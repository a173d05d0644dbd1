package dev.claimtrail.ledger;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads back what {@link ImageOutput} wrote, each array in one bulk copy from its little-endian
 * bytes. A length that is negative where an array must be, or longer than the bytes left, throws
 * {@link IllegalArgumentException}; reading past the end throws {@link
 * java.nio.BufferUnderflowException}. Either way {@link #position()} tells where.
 */
final class ImageInput {
  private final ByteBuffer buffer;

  /** Reads {@code bytes} from its position on; the buffer's position follows the reading. */
  ImageInput(ByteBuffer bytes) {
    this.buffer = bytes.order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The position in the buffer of the next byte to read. */
  int position() {
    return buffer.position();
  }

  /** Whether every byte has been read. */
  boolean atEnd() {
    return !buffer.hasRemaining();
  }

  int readInt() {
    return buffer.getInt();
  }

  int[] readInts() {
    int[] values = readNullableInts();
    if (values == null) {
      throw new IllegalArgumentException("an array is missing");
    }
    return values;
  }

  int @Nullable [] readNullableInts() {
    int length = readLength(4);
    if (length < 0) {
      return null;
    }
    int[] values = new int[length];
    buffer.asIntBuffer().get(values);
    buffer.position(buffer.position() + 4 * length);
    return values;
  }

  char[] readChars() {
    char[] values = readNullableChars();
    if (values == null) {
      throw new IllegalArgumentException("an array is missing");
    }
    return values;
  }

  char @Nullable [] readNullableChars() {
    int length = readLength(2);
    if (length < 0) {
      return null;
    }
    char[] values = new char[length];
    buffer.asCharBuffer().get(values);
    buffer.position(buffer.position() + 2 * length);
    return values;
  }

  byte[] readBytes() {
    int length = readLength(1);
    if (length < 0) {
      throw new IllegalArgumentException("an array is missing");
    }
    byte[] values = new byte[length];
    buffer.get(values);
    return values;
  }

  /** Reads keys written by {@link ImageOutput#writeStrings}, each made from its text by {@code keyOf}. */
  Object[] readKeys(Function<String, ?> keyOf) {
    int[] lengths = readInts();
    char[] chars = readChars();
    Object[] keys = new Object[lengths.length];
    int at = 0;
    for (int k = 0; k < keys.length; k++) {
      if (lengths[k] < 0 || lengths[k] > chars.length - at) {
        throw new IllegalArgumentException("key " + k + " of " + keys.length + " does not fit its characters");
      }
      keys[k] = keyOf.apply(new String(chars, at, lengths[k]));
      at += lengths[k];
    }
    return keys;
  }

  /** Reads an array length, -1 for null, checking that its items of {@code itemBytes} each are there. */
  private int readLength(int itemBytes) {
    int length = buffer.getInt();
    if (length < -1 || (long) length * itemBytes > buffer.remaining()) {
      throw new IllegalArgumentException("an array of " + length + " items does not fit the "
          + buffer.remaining() + " bytes left");
    }
    return length;
  }
}

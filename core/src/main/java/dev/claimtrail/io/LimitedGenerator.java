package dev.claimtrail.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * A generator that refuses to write what no claimtrail reader would read back: a string longer than
 * {@link ReadLimits#MAX_STRING_LENGTH} or a field name longer than {@link
 * ReadLimits#MAX_NAME_LENGTH}, counted as the readers count them (in UTF-16 characters, before
 * escaping). The refusal is a {@link Refusal} naming the JSON path of the value, an {@code
 * IOException} so that Jackson's serializers pass it on unwrapped. Trees and POJOs are written
 * through this generator, so their strings are checked too.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {
  /** What a writer would write but no reader read back; the message says what, where and which limit. */
  static final class Refusal extends IOException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }

    /** {@return this refusal with the record it concerns in front: "statement 's1': ..."} */
    Refusal in(String record) {
      return new Refusal(record + ": " + getMessage());
    }

    /**
     * {@return this refusal for the caller of a writer, with the same message} Its cause stays this
     * refusal, so that {@link AtomicFiles} reports it as the reason the file was not written.
     */
    IllegalArgumentException unchecked() {
      return new IllegalArgumentException(getMessage(), this);
    }
  }

  LimitedGenerator(JsonGenerator delegate) {
    super(delegate, false);
  }

  @Override
  public void writeString(String text) throws IOException {
    checkString(text.length());
    super.writeString(text);
  }

  @Override
  public void writeString(char[] text, int offset, int length) throws IOException {
    checkString(length);
    super.writeString(text, offset, length);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    if (name.length() > ReadLimits.MAX_NAME_LENGTH) {
      throw refused("field name of " + name.length() + " characters", "MAX_NAME_LENGTH", ReadLimits.MAX_NAME_LENGTH);
    }
    super.writeFieldName(name);
  }

  private void checkString(int length) throws Refusal {
    if (length > ReadLimits.MAX_STRING_LENGTH) {
      throw refused("string of " + length + " characters", "MAX_STRING_LENGTH", ReadLimits.MAX_STRING_LENGTH);
    }
  }

  private Refusal refused(String what, String limit, int value) {
    return new Refusal(String.format("a %s at %s is longer than ReadLimits.%s (%d), so no reader would read it back",
        what, getOutputContext().pathAsPointer(), limit, value));
  }
}

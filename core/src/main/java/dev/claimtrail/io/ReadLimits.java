package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limits a claimtrail JSON reader puts on its input, so that hostile or broken input is refused
 * early with a {@link LedgerFormatException} naming the limit instead of exhausting memory or
 * stack. They bound one JSON document: a whole {@code .json} ledger, or one line of a JSON Lines
 * file. An immutable value, built like Jackson's {@link StreamReadConstraints}: {@link
 * #defaults()} holds the constants below, {@link #builder()} sets others, and the ledger readers
 * take one ({@link LedgerJson#read(Path, ReadLimits)}, {@link LedgerJsonLines#read(Path,
 * ReadLimits)}). Ledger records are shallow, so the default nesting limit is low; the default
 * string limit admits a long article as a document's text. The writers refuse what the defaults
 * would not read back.
 */
public final class ReadLimits {
  /** Default deepest nesting of objects and arrays; a ledger needs five levels. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Default longest string value, in characters (10 million: a long document's whole text). */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /** Default longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /**
   * Default longest number, in characters (sign, point and exponent included): room for any {@code
   * long} and for the longest form Java writes of a {@code double} (24 characters, as in {@code
   * -2.2250738585072014E-308}).
   */
  public static final int MAX_NUMBER_LENGTH = 32;

  /** Default longest JSON document, in bytes or characters as read: 2 GiB. */
  public static final long MAX_DOCUMENT_LENGTH = 2L << 30;

  /**
   * Default longest line of a JSON Lines file, in bytes without its ending: a record with the
   * longest string (in ASCII) and room around it.
   */
  public static final int MAX_LINE_LENGTH = MAX_STRING_LENGTH + 1_000_000;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxLineLength;

  private ReadLimits(Builder builder) {
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxLineLength = builder.maxLineLength;
  }

  /** {@return the default limits, the constants of this class} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the deepest nesting of objects and arrays} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest field name, in characters} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest number, in characters} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the longest JSON document, in bytes or characters as read} */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** {@return the longest JSON Lines line, in bytes without its ending} */
  public int maxLineLength() {
    return maxLineLength;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadLimits that && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength && maxNameLength == that.maxNameLength
        && maxNumberLength == that.maxNumberLength && maxDocumentLength == that.maxDocumentLength
        && maxLineLength == that.maxLineLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxLineLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNameLength=" + maxNameLength + ", maxNumberLength=" + maxNumberLength
        + ", maxDocumentLength=" + maxDocumentLength + ", maxLineLength=" + maxLineLength + "}";
  }

  /** Sets limits one by one, starting from the defaults; each must be positive. */
  public static final class Builder {
    private int maxNestingDepth = MAX_NESTING_DEPTH;
    private int maxStringLength = MAX_STRING_LENGTH;
    private int maxNameLength = MAX_NAME_LENGTH;
    private int maxNumberLength = MAX_NUMBER_LENGTH;
    private long maxDocumentLength = MAX_DOCUMENT_LENGTH;
    private int maxLineLength = MAX_LINE_LENGTH;

    private Builder() {}

    /**
     * {@return this builder, with the deepest nesting set}
     *
     * @param depth the deepest nesting of objects and arrays, at least 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * {@return this builder, with the longest string set}
     *
     * @param length the longest string value in characters, at least 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest field name set}
     *
     * @param length the longest field name in characters, at least 1
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest number set}
     *
     * @param length the longest number in characters, at least 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest document set}
     *
     * @param length the longest JSON document in bytes or characters, at least 1
     */
    public Builder maxDocumentLength(long length) {
      checkArgument(length > 0, "maxDocumentLength must be positive: %s", length);
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * {@return this builder, with the longest JSON Lines line set}
     *
     * @param length the longest line in bytes without its ending, at least 1 and below 2 GiB
     */
    public Builder maxLineLength(int length) {
      checkArgument(length > 0 && length < Integer.MAX_VALUE, "maxLineLength must lie in [1, %s): %s",
          Integer.MAX_VALUE, length);
      this.maxLineLength = length;
      return this;
    }

    /** {@return the limits set} */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(String name, int value) {
      checkArgument(value > 0, "%s must be positive: %s", name, value);
      return value;
    }
  }

  /** Jackson's getter for each limit, as its messages name them, mapped to the constant here. */
  private static final Map<String, String> NAMES = Map.of(
      "getMaxNestingDepth", "MAX_NESTING_DEPTH",
      "getMaxStringLength", "MAX_STRING_LENGTH",
      "getMaxNameLength", "MAX_NAME_LENGTH",
      "getMaxNumberLength", "MAX_NUMBER_LENGTH",
      "getMaxDocumentLength", "MAX_DOCUMENT_LENGTH");

  /** {@return Jackson's read constraints set to these limits} */
  public StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  /**
   * {@return a JSON factory with these limits that also rejects a field given twice in one object (the
   * second would silently replace the first)}
   */
  public JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build()
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  /**
   * The reason for a breached limit, naming the constant here: {@code exceeds ReadLimits.MAX_...}.
   * For a number it does not repeat Jackson's length, which counts only digits.
   */
  static String describe(StreamConstraintsException e) {
    String message = e.getOriginalMessage();
    if (message.contains("getMaxNumberLength")) {
      return "input exceeds ReadLimits.MAX_NUMBER_LENGTH: a number of more characters than allowed";
    }
    for (Map.Entry<String, String> limit : NAMES.entrySet()) {
      if (message.contains(limit.getKey())) {
        return "input exceeds ReadLimits." + limit.getValue() + ": " + message.replaceFirst(", from `[^`]*`", "");
      }
    }
    return "input exceeds a read limit: " + message;
  }
}

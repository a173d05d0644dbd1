package dev.claimtrail.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Map;

/**
 * The limits every claimtrail JSON reader puts on its input, so that hostile or broken input is
 * refused early with a {@link LedgerFormatException} naming the limit instead of exhausting memory
 * or stack. They bound one JSON document: a whole {@code .json} ledger, or one line of a JSON Lines
 * file. Ledger records are shallow, so the nesting limit is low; the string limit admits a long
 * article as a document's text.
 */
public final class ReadLimits {
  /** Deepest nesting of objects and arrays; a ledger needs five levels. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest string value, in characters (10 million: a long document's whole text). */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /** Longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /**
   * Longest number, in characters (sign, point and exponent included): room for any {@code long}
   * and for the longest form Java writes of a {@code double} (24 characters, as in {@code
   * -2.2250738585072014E-308}).
   */
  public static final int MAX_NUMBER_LENGTH = 32;

  /** Longest JSON document, in bytes or characters as read: 2 GiB. */
  public static final long MAX_DOCUMENT_LENGTH = 2L << 30;

  /** Longest line of a JSON Lines file, in bytes: a record with the longest string (in ASCII) and room around it. */
  public static final int MAX_LINE_LENGTH = MAX_STRING_LENGTH + 1_000_000;

  /** Jackson's getter for each limit, as its messages name them, mapped to the constant here. */
  private static final Map<String, String> NAMES = Map.of(
      "getMaxNestingDepth", "MAX_NESTING_DEPTH",
      "getMaxStringLength", "MAX_STRING_LENGTH",
      "getMaxNameLength", "MAX_NAME_LENGTH",
      "getMaxNumberLength", "MAX_NUMBER_LENGTH",
      "getMaxDocumentLength", "MAX_DOCUMENT_LENGTH");

  private ReadLimits() {}

  /** {@return Jackson's read constraints set to these limits} */
  public static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * {@return a JSON factory with these limits that also rejects a field given twice in one object (the
   * second would silently replace the first)}
   */
  public static JsonFactory jsonFactory() {
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
      return "input exceeds ReadLimits.MAX_NUMBER_LENGTH: a number longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    for (Map.Entry<String, String> limit : NAMES.entrySet()) {
      if (message.contains(limit.getKey())) {
        return "input exceeds ReadLimits." + limit.getValue() + ": " + message.replaceFirst(", from `[^`]*`", "");
      }
    }
    return "input exceeds a read limit: " + message;
  }
}

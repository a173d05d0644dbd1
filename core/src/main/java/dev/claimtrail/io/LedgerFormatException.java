package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.claimtrail.ClaimtrailException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by every claimtrail reader when its input is not what the format allows: malformed
 * syntax, an unknown or missing field, an invalid value, a reference that resolves to nothing, an
 * exceeded size limit, or input that ends early. It carries where the problem is — the source (a
 * file path or a name such as {@code <stdin>}), the 1-based line and column or the byte offset,
 * and the field path such as {@code attributions[3].speaker} when known — and the reason. The
 * message joins them as {@code source:line:column: field: reason}, leaving out the parts that are
 * not known. Instances are immutable.
 */
public final class LedgerFormatException extends ClaimtrailException {
  private static final long serialVersionUID = 1L;
  private static final long UNKNOWN = -1;
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)]");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("`(?:[a-z_][a-z0-9_]*\\.)+([A-Za-z_$][A-Za-z0-9_$]*)`");

  /** The file path or name of the input. */
  private final String source;
  /** The 1-based line, or -1 when not known. */
  private final long line;
  /** The 1-based column, or -1 when not known. */
  private final long column;
  /** The 0-based byte offset, or -1 when not known or a line is. */
  private final long byteOffset;
  /** The path of the field at fault, empty when not known. */
  private final String field;
  /** What is wrong, without the location. */
  private final String reason;

  private LedgerFormatException(String source, long line, long column, long byteOffset,
      String field, String reason, @Nullable Throwable cause) {
    super(message(source, line, column, byteOffset, field, reason));
    if (cause != null) {
      initCause(cause);
    }
    this.source = checkNotNull(source, "source");
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
    this.field = field;
    this.reason = checkNotNull(reason, "reason");
  }

  /**
   * {@return a problem with the source as a whole, such as a wrong format tag or a file that cannot be read}
   *
   * @param source the file path or name of the input
   * @param reason what is wrong
   */
  public static LedgerFormatException of(String source, String reason) {
    return new LedgerFormatException(source, UNKNOWN, UNKNOWN, UNKNOWN, "", reason, null);
  }

  /**
   * {@return a problem at a 1-based {@code line}, in the field at {@code fieldPath} (empty when not known)}
   *
   * @param source the file path or name of the input
   * @param line the 1-based line
   * @param fieldPath the path of the field at fault, empty when not known
   * @param reason what is wrong
   */
  public static LedgerFormatException atLine(String source, long line, String fieldPath, String reason) {
    return at(source, line, UNKNOWN, fieldPath, reason);
  }

  /**
   * {@return a problem at a 1-based {@code line} and {@code column}, in the field at {@code fieldPath}
   * (empty when not known)} A line or column below 1 means "not known".
   *
   * @param source the file path or name of the input
   * @param line the 1-based line
   * @param column the 1-based column
   * @param fieldPath the path of the field at fault, empty when not known
   * @param reason what is wrong
   */
  public static LedgerFormatException at(String source, long line, long column, String fieldPath,
      String reason) {
    return new LedgerFormatException(source, known(line), known(line) < 0 ? UNKNOWN : known(column),
        UNKNOWN, checkNotNull(fieldPath, "fieldPath"), reason, null);
  }

  /**
   * {@return a problem at a 0-based byte offset, for binary or line-less input}
   *
   * @param source the file path or name of the input
   * @param byteOffset the 0-based byte offset; negative when not known
   * @param fieldPath the path of the field at fault, empty when not known
   * @param reason what is wrong
   */
  public static LedgerFormatException atOffset(String source, long byteOffset, String fieldPath,
      String reason) {
    return new LedgerFormatException(source, UNKNOWN, UNKNOWN, byteOffset < 0 ? UNKNOWN : byteOffset,
        checkNotNull(fieldPath, "fieldPath"), reason, null);
  }

  /**
   * {@return a problem at a Jackson parser location: its line and column when known, else its byte
   * offset; {@link JsonLocation#NA} gives a problem with the source as a whole}
   *
   * @param source the file path or name of the input
   * @param location where the parser was
   * @param fieldPath the path of the field at fault, empty when not known
   * @param reason what is wrong
   */
  public static LedgerFormatException at(String source, JsonLocation location, String fieldPath,
      String reason) {
    if (location.getLineNr() > 0) {
      return at(source, location.getLineNr(), location.getColumnNr(), fieldPath, reason);
    }
    return atOffset(source, location.getByteOffset(), fieldPath, reason);
  }

  /**
   * Translates a Jackson failure: its location, its JSON path as the field path, and a reason
   * without Jackson's class names. A value that failed its own validation gives that validation's
   * message; a read constraint gives the limit's name. The Jackson exception is kept as the cause.
   *
   * @param source the file path or name of the input
   * @param e what Jackson threw
   * @return the problem, at the place Jackson reports
   */
  public static LedgerFormatException of(String source, JacksonException e) {
    return of(source, e, JsonLocation.NA);
  }

  /**
   * Like {@link #of(String, JacksonException)}, at {@code parserAt} when Jackson's failure has no
   * location of its own (as for a breached read limit).
   *
   * @param source the file path or name of the input
   * @param e what Jackson threw
   * @param parserAt where the parser was when it threw
   * @return the problem, at the place Jackson reports, else where the parser was
   */
  public static LedgerFormatException of(String source, JacksonException e, JsonLocation parserAt) {
    JsonLocation location = e.getLocation() == null ? parserAt : e.getLocation();
    String path = e instanceof JsonMappingException ? fieldPath(((JsonMappingException) e).getPath()) : "";
    return at(source, location, path, reason(e)).causedBy(e);
  }

  /**
   * {@return a file path as a source name, as the user gave it}
   *
   * @param file the file as the user named it
   */
  public static String sourceName(Path file) {
    return file.toString();
  }

  /**
   * {@return the JSON path of a Jackson reference chain in the form {@code attributions[3].speaker}, empty
   * for the document root}
   *
   * @param references Jackson's path from the root to the value at fault
   */
  public static String fieldPath(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /**
   * {@return this exception with {@code cause} recorded as its cause, for readers that translate a lower
   * level failure; allowed once, on an exception that has no cause yet}
   *
   * @param cause the lower-level failure
   */
  public LedgerFormatException causedBy(Throwable cause) {
    initCause(cause);
    return this;
  }

  /**
   * {@return a copy placed at {@code line} of {@code source}, keeping the column and field path: a reader
   * that parses one line at a time (JSON Lines) reports the line of the whole input}
   *
   * @param source the name of the whole input
   * @param line the 1-based line in the whole input
   */
  public LedgerFormatException onLine(String source, long line) {
    return new LedgerFormatException(source, known(line), known(line) < 0 ? UNKNOWN : column,
        UNKNOWN, field, reason, getCause());
  }

  /**
   * {@return a copy whose field path is {@code prefix} followed by this one's, for readers that parse a
   * record inside a larger structure}
   *
   * @param prefix the path of the enclosing field, such as {@code attributions[3]}
   */
  public LedgerFormatException inField(String prefix) {
    String path = field.isEmpty() ? prefix : field.startsWith("[") ? prefix + field : prefix + "." + field;
    return new LedgerFormatException(source, line, column, byteOffset, path, reason, getCause());
  }

  /** {@return the file path or name of the input, such as {@code <stdin>}} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line of the problem, when known} */
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** {@return the 1-based column (in characters) of the problem, when known} */
  public OptionalLong column() {
    return column < 0 ? OptionalLong.empty() : OptionalLong.of(column);
  }

  /** {@return the 0-based byte offset of the problem, when known and no line is} */
  public OptionalLong byteOffset() {
    return byteOffset < 0 ? OptionalLong.empty() : OptionalLong.of(byteOffset);
  }

  /** {@return the path of the field at fault, such as {@code attributions[3].speaker}, when known} */
  public Optional<String> fieldPath() {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }

  private static long known(long position) {
    return position > 0 ? position : UNKNOWN;
  }

  private static String message(String source, long line, long column, long byteOffset, String field,
      String reason) {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    } else if (byteOffset >= 0) {
      out.append(": byte ").append(byteOffset);
    }
    out.append(": ");
    if (field != null && !field.isEmpty()) {
      out.append(field).append(": ");
    }
    return out.append(reason).toString();
  }

  private static String reason(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return ReadLimits.describe((StreamConstraintsException) t);
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
      return "unknown field \"" + unknown.getPropertyName() + "\"";
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      return String.valueOf(cause.getMessage());
    }
    return withoutPackages(e.getOriginalMessage());
  }

  /**
   * Jackson's {@code `dev.claimtrail.model.Speaker$Kind`} as {@code Speaker.Kind}, and its {@code
   * [Source: REDACTED (...); line: 1, column: 2]} as {@code line: 1, column: 2}.
   */
  private static String withoutPackages(String message) {
    Matcher m = QUALIFIED_NAME.matcher(SOURCE_LOCATION.matcher(message).replaceAll("$1"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace('$', '.')));
    }
    return m.appendTail(out).toString();
  }
}

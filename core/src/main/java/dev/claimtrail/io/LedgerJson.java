package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import dev.claimtrail.ledger.Ledger;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The claimtrail ledger as one JSON document: an envelope {@code {"format": "claimtrail-ledger",
 * "version": 1, ...}} that starts with the format tag and version, followed by one array per
 * record kind ({@code speakers}, {@code sources}, {@code documents}, {@code statements}, {@code
 * attributions}, {@code claims}). The layout is described in {@code docs/format.md}.
 *
 * <p>Reading is strict and streams the input: every problem (malformed JSON, a wrong format tag
 * or version, an unknown, missing or repeated field, an invalid value, a duplicate id, a reference
 * that resolves to nothing, a breached {@link ReadLimits limit}) throws {@link
 * LedgerFormatException} naming the source, line, column and field path; a ledger is returned only
 * when the whole input was read and validated. Problems of the file system throw {@link
 * UncheckedIOException}. Writing is deterministic: reading a written ledger and writing it again
 * gives the same bytes. Thread-safe.
 */
public final class LedgerJson {
  private static final String[] ENVELOPE = {"format", "version"};

  private LedgerJson() {}

  /**
   * Reads the ledger in {@code file} under the default {@link ReadLimits}, building it as {@link
   * Ledger.Builder#build()} does by default.
   *
   * @param file the file to read
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file) {
    return read(file, ReadLimits.defaults(), Ledger.builder());
  }

  /**
   * Reads the ledger in {@code file}, {@linkplain Ledger.Builder#executor building} it with
   * {@code executor}.
   *
   * @param file the file to read
   * @param executor runs the index-building task of a large ledger
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file, Executor executor) {
    return read(file, ReadLimits.defaults(), Ledger.builder().executor(checkNotNull(executor, "executor")));
  }

  /**
   * Reads the ledger in {@code file} under {@code limits}.
   *
   * @param file the file to read
   * @param limits the limits the input must keep
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file, ReadLimits limits) {
    return read(file, limits, Ledger.builder());
  }

  /** Reads the ledger in {@code file} under {@code limits} into {@code builder}. */
  static Ledger read(Path file, ReadLimits limits, Ledger.Builder builder) {
    checkNotNull(file, "file");
    checkNotNull(limits, "limits");
    String source = LedgerFormatException.sourceName(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, source, limits, (section, index, record, field) -> locate(file, section, index, field, record),
          builder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a ledger from {@code in}, naming it {@code source} in messages (such as {@code
   * <stdin>}); leaves {@code in} open.
   *
   * @param in the input to read to its end
   * @param source the name of the input in messages
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Ledger read(InputStream in, String source) {
    return read(in, source, ReadLimits.defaults());
  }

  /**
   * Reads a ledger from {@code in} under {@code limits}, naming it {@code source} in messages;
   * leaves {@code in} open.
   *
   * @param in the input to read to its end
   * @param source the name of the input in messages
   * @param limits the limits the input must keep
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Ledger read(InputStream in, String source, ReadLimits limits) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(limits, "limits");
    return read(in, source, limits, (section, index, record, field) -> record, Ledger.builder());
  }

  /**
   * Writes {@code ledger} to {@code file}, replacing it atomically (see {@link AtomicFiles}).
   *
   * @param ledger the ledger to write
   * @param file the file to create or replace
   * @throws java.io.UncheckedIOException if the file cannot be written, or a value would break a read
   *     limit (see {@link #write(Ledger, OutputStream)}); the file is then left as it was
   */
  public static void write(Ledger ledger, Path file) {
    checkNotNull(ledger, "ledger");
    checkNotNull(file, "file");
    AtomicFiles.write(file, out -> write(ledger, out));
  }

  /**
   * Writes {@code ledger} to {@code out} as UTF-8 and flushes it; leaves {@code out} open. A string
   * longer than {@link ReadLimits#MAX_STRING_LENGTH} characters, which no reader would read back,
   * is refused when it comes; a file written with {@link #write(Ledger, Path)} is then left as it
   * was.
   *
   * @param ledger the ledger to write
   * @param out where to write it
   * @throws IllegalArgumentException if a value would break a read limit, naming its place and the limit
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Ledger ledger, OutputStream out) {
    checkNotNull(ledger, "ledger");
    checkNotNull(out, "out");
    try (JsonGenerator g = JsonMapping.generator(out)) {
      g.setPrettyPrinter(JsonMapping.PRETTY.createInstance());
      g.writeStartObject();
      g.writeStringField("format", JsonMapping.FORMAT);
      g.writeNumberField("version", JsonMapping.VERSION);
      for (Section section : Section.values()) {
        g.writeArrayFieldStart(section.field);
        for (Object record : section.records(ledger)) {
          JsonMapping.MAPPER.writeValue(g, record);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (LimitedGenerator.Refusal e) {
      throw e.unchecked();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Ledger read(InputStream in, String source, ReadLimits limits, LedgerRecords.FieldLocator locator,
      Ledger.Builder builder) {
    JsonParser p;
    try {
      p = limits.jsonFactory().createParser(new Utf8InputStream(in, source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (p) {
      LedgerRecords records = new LedgerRecords(source, builder);
      readEnvelope(p, source, new RecordReader(source, limits), records);
      return records.build(locator, true);
    } catch (JacksonException e) {
      throw LedgerFormatException.of(source, e, p.currentLocation());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readEnvelope(JsonParser p, String source, RecordReader reader, LedgerRecords records)
      throws IOException {
    if (p.nextToken() == null) {
      throw LedgerFormatException.of(source, "empty input: expected a claimtrail ledger");
    }
    expect(p, source, p.currentToken() == JsonToken.START_OBJECT, "",
        "expected a JSON object (the ledger envelope)");
    for (String field : ENVELOPE) {
      p.nextToken();
      expect(p, source, p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals(field), "",
          "expected \"" + field + "\" as field " + (field.equals("format") ? 1 : 2) + " of the envelope");
      p.nextToken();
      checkHeader(p, source, field);
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Section section = Section.byField(name).orElseThrow(() -> LedgerFormatException.at(source,
          p.currentTokenLocation(), name, "unknown field \"" + name + "\" (expected one of "
              + Arrays.stream(Section.values()).map(s -> s.field).collect(Collectors.joining(", ")) + ")"));
      p.nextToken();
      expect(p, source, p.currentToken() == JsonToken.START_ARRAY, name, "expected an array of " + name);
      readRecords(p, source, section, reader, records);
    }
    if (p.nextToken() != null) {
      throw LedgerFormatException.at(source, p.currentTokenLocation(), "",
          "unexpected content after the end of the ledger");
    }
  }

  /** Checks the value of an envelope field: the format tag, or a version this code reads. */
  static void checkHeader(JsonParser p, String source, String field) throws IOException {
    if (field.equals("format")) {
      expect(p, source, p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals(JsonMapping.FORMAT),
          field, "not a claimtrail ledger: expected \"" + JsonMapping.FORMAT + "\", found " + shown(p));
    } else {
      expect(p, source, p.currentToken() == JsonToken.VALUE_NUMBER_INT, field,
          "expected an integer version, found " + shown(p));
      expect(p, source, p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == JsonMapping.VERSION,
          field, "unsupported version " + p.getText() + " (this reader reads version " + JsonMapping.VERSION + ")");
    }
  }

  private static void readRecords(JsonParser p, String source, Section section, RecordReader reader,
      LedgerRecords records) throws IOException {
    int index = records.count(section);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = section.field + "[" + index + "]";
      expect(p, source, p.currentToken() == JsonToken.START_OBJECT, path, "expected a " + section.tag + " object");
      JsonLocation start = p.currentTokenLocation();
      LedgerRecords.Place place = new LedgerRecords.Place(start.getLineNr(), start.getColumnNr());
      records.add(section, reader.read(p, section, place, path), place, path);
      index++;
    }
  }

  /** Throws at the parser's current token unless {@code condition} holds. */
  static void expect(JsonParser p, String source, boolean condition, String fieldPath, String reason) {
    if (!condition) {
      throw LedgerFormatException.at(source, p.currentTokenLocation(), fieldPath, reason);
    }
  }

  /** The current token as a message shows it. */
  static String shown(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
    return token == null ? "end of input" : token.isScalarValue() ? p.getText() : token.asString();
  }

  /** The exact place of a field, found by reading the file again; only done for a problem. */
  private static LedgerRecords.Place locate(Path file, Section section, int index, String field,
      LedgerRecords.Place record) {
    try {
      return locate(JsonMapping.MAPPER.getFactory().createParser(file.toFile()),
          JsonPointer.compile("/" + section.field + "/" + index + pointer(field))).orElse(record);
    } catch (IOException e) {
      return record;
    }
  }

  /** The JSON pointer of a field path such as {@code claimStances[1].claim}. */
  static String pointer(String fieldPath) {
    return ("/" + fieldPath).replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
  }

  /** Where {@code pointer} leads in the document {@code parser} reads; closes the parser. */
  static Optional<LedgerRecords.Place> locate(JsonParser parser, JsonPointer pointer) throws IOException {
    try (JsonParser p = new FilteringParserDelegate(parser, new JsonPointerBasedFilter(pointer),
        TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
      if (p.nextToken() == null) {
        return Optional.empty();
      }
      JsonLocation at = p.currentTokenLocation();
      return Optional.of(new LedgerRecords.Place(at.getLineNr(), at.getColumnNr()));
    }
  }
}

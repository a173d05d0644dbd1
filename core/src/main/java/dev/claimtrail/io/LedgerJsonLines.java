package dev.claimtrail.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.claimtrail.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The claimtrail ledger as JSON Lines, for ledgers too large to handle as one JSON text: a header
 * line {@code {"format":"claimtrail-ledger","version":1}}, then one record per line, each an
 * object whose first field is its type tag ({@code "type":"speaker"}, {@code "source"}, {@code
 * "document"}, {@code "statement"}, {@code "attribution"}, {@code "claim"}) followed by the same
 * fields as in {@link LedgerJson}. Records may come in any order; blank lines are ignored.
 *
 * <p>Reading and writing go line by line, never holding the text whole; a long input's records are
 * parsed on a second thread while the lines after them are read. Reading is as strict as
 * {@link LedgerJson}'s; its {@link LedgerFormatException}s name the line number, the column in the
 * line, and the field path inside the record, always for the first line at fault; text that is not
 * UTF-8 is refused, not replaced. A ledger is returned only when every line was read and the whole validated. Thread-safe.
 */
public final class LedgerJsonLines {
  private LedgerJsonLines() {}

  /**
   * Reads the ledger in {@code file} under the default {@link ReadLimits}, parsing a long file's
   * records on a thread of its own and building the ledger as {@link Ledger.Builder#build()} does
   * by default.
   *
   * @param file the file to read
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file) {
    return read(file, ReadLimits.defaults(), null);
  }

  /**
   * Reads the ledger in {@code file}, parsing a long file's records by tasks on {@code executor},
   * one at a time, and {@linkplain Ledger.Builder#executor building} the ledger with it. The
   * calling thread waits for those tasks, so the executor must have a thread besides it.
   *
   * @param file the file to read
   * @param executor runs the parsing and index-building tasks
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file, Executor executor) {
    return read(file, ReadLimits.defaults(), checkNotNull(executor, "executor"));
  }

  /**
   * Reads the ledger in {@code file} under {@code limits}.
   *
   * @param file the file to read
   * @param limits the limits each line must keep
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger read(Path file, ReadLimits limits) {
    return read(file, limits, null);
  }

  /** Reads the ledger in {@code file} under {@code limits}, with the tasks of a read on {@code executor} if given. */
  static Ledger read(Path file, ReadLimits limits, @Nullable Executor executor) {
    checkNotNull(file, "file");
    checkNotNull(limits, "limits");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, LedgerFormatException.sourceName(file), limits,
          (section, index, record, field) -> locate(file, limits, record, field), executor);
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
   * @param limits the limits each line must keep
   * @return the ledger, read whole and validated
   * @throws LedgerFormatException if the input is not a valid ledger, naming the place and field at fault
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static Ledger read(InputStream in, String source, ReadLimits limits) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(limits, "limits");
    return read(in, source, limits, (section, index, record, field) -> record, null);
  }

  private static Ledger read(InputStream in, String source, ReadLimits limits, LedgerRecords.FieldLocator locator,
      @Nullable Executor executor) {
    LineReader lines = new LineReader(in, source, limits.maxLineLength());
    LedgerRecords records = new LedgerRecords(source, executor == null ? Ledger.builder() : Ledger.builder().executor(executor));
    try (RecordLines recordLines = executor == null
        ? new RecordLines(source, records, limits) : new RecordLines(source, records, limits, executor)) {
      if (!nextContent(lines)) {
        throw LedgerFormatException.of(source, "empty input: expected a claimtrail ledger header line");
      }
      readHeader(lines.text(), source, lines.number());
      while (nextRecordLine(lines, recordLines)) {
        recordLines.add(lines);
      }
      recordLines.finish();
      return records.build(locator, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the next line with content; false at the end. A problem of that line is reported only
   * once every record line before it is parsed and added without one.
   */
  private static boolean nextRecordLine(LineReader lines, RecordLines recordLines) throws IOException {
    try {
      return nextContent(lines);
    } catch (LedgerFormatException e) {
      recordLines.finish();
      throw e;
    }
  }


  /**
   * Writes {@code ledger} to {@code file}, replacing it atomically (see {@link AtomicFiles}).
   *
   * @param ledger the ledger to write
   * @param file the file to create or replace
   * @throws java.io.UncheckedIOException if the file cannot be written, or a record would break a read
   *     limit (see {@link #write(Ledger, OutputStream)}); the file is then left as it was
   */
  public static void write(Ledger ledger, Path file) {
    checkNotNull(ledger, "ledger");
    checkNotNull(file, "file");
    AtomicFiles.write(file, out -> write(ledger, out));
  }

  /**
   * Writes {@code ledger} to {@code out} as UTF-8, one line at a time, and flushes it; leaves {@code
   * out} open. Each line is made whole before it is written, and a record that no reader would read
   * back is refused before its line is written: a line longer than {@link ReadLimits#MAX_LINE_LENGTH}
   * bytes (escapes counted, as the reader counts them) or a string longer than {@link
   * ReadLimits#MAX_STRING_LENGTH} characters. A file written with {@link #write(Ledger, Path)} is
   * then left as it was.
   *
   * @param ledger the ledger to write
   * @param out where to write it
   * @throws IllegalArgumentException if a record would break a read limit, naming the record and the limit
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Ledger ledger, OutputStream out) {
    checkNotNull(ledger, "ledger");
    checkNotNull(out, "out");
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
    try (JsonGenerator g = JsonMapping.generator(line)) {
      g.setRootValueSeparator(null);
      g.writeStartObject();
      g.writeStringField("format", JsonMapping.FORMAT);
      g.writeNumberField("version", JsonMapping.VERSION);
      g.writeEndObject();
      endLine(g, line, out);
      for (Section section : Section.values()) {
        for (Object record : section.records(ledger)) {
          JsonNode fields = JsonMapping.MAPPER.valueToTree(record);
          String named = section.tag + " '" + fields.path("id").asText() + "'";
          try {
            g.writeStartObject();
            g.writeStringField("type", section.tag);
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
              g.writeFieldName(field.getKey());
              g.writeTree(field.getValue());
            }
            g.writeEndObject();
            endLine(g, line, out);
          } catch (LimitedGenerator.Refusal e) {
            throw e.in(named).unchecked();
          }
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the line made in {@code line} to {@code out}, if a reader would read it back. */
  private static void endLine(JsonGenerator g, ByteArrayOutputStream line, OutputStream out) throws IOException {
    g.flush();
    if (line.size() > ReadLimits.MAX_LINE_LENGTH) {
      throw new LimitedGenerator.Refusal(String.format(
          "its line of %d bytes is longer than ReadLimits.MAX_LINE_LENGTH (%d), so no reader would read it "
              + "back; the .json form holds it", line.size(), ReadLimits.MAX_LINE_LENGTH));
    }
    line.write('\n');
    line.writeTo(out);
    line.reset();
  }

  /** The column of a field in the record's line, found by reading the file again; only done for a problem. */
  private static LedgerRecords.Place locate(Path file, ReadLimits limits, LedgerRecords.Place record, String field) {
    try (InputStream in = Files.newInputStream(file)) {
      LineReader lines = new LineReader(in, file.toString(), limits.maxLineLength());
      boolean more = lines.next();
      while (more && lines.number() < record.line()) {
        more = lines.next();
      }
      return !more ? record : LedgerJson.locate(
          JsonMapping.MAPPER.getFactory().createParser(lines.text()), JsonPointer.compile(LedgerJson.pointer(field)))
          .map(at -> new LedgerRecords.Place(record.line(), at.column()))
          .orElse(record);
    } catch (IOException e) {
      return record;
    }
  }

  /** Reads up to the next line that is not blank; false at the end of the input. */
  private static boolean nextContent(LineReader lines) throws IOException {
    while (lines.next()) {
      if (lines.length() > 0 && (lines.bytes()[0] == '{' || !lines.text().isBlank())) {
        return true;
      }
    }
    return false;
  }

  private static void readHeader(String line, String source, long number) throws IOException {
    try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(line)) {
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.START_OBJECT, "",
          "expected the header line {\"format\":\"" + JsonMapping.FORMAT + "\",\"version\":" + JsonMapping.VERSION + "}");
      for (String field : new String[] {"format", "version"}) {
        LedgerJson.expect(p, source, p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals(field), "",
            "expected \"" + field + "\" in the header line");
        p.nextToken();
        LedgerJson.checkHeader(p, source, field);
      }
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.END_OBJECT, "",
          "expected the end of the header line");
      LedgerJson.expect(p, source, p.nextToken() == null, "", "unexpected content after the header");
    } catch (JacksonException e) {
      throw LedgerFormatException.of(source, e).onLine(source, number);
    } catch (LedgerFormatException e) {
      throw e.onLine(source, number);
    }
  }
}

package dev.claimtrail.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The claimtrail ledger as JSON Lines, for ledgers too large to handle as one JSON text: a header
 * line {@code {"format":"claimtrail-ledger","version":1}}, then one record per line, each an
 * object whose first field is its type tag ({@code "type":"speaker"}, {@code "source"}, {@code
 * "document"}, {@code "statement"}, {@code "attribution"}, {@code "claim"}) followed by the same
 * fields as in {@link LedgerJson}. Records may come in any order; blank lines are ignored.
 *
 * <p>Reading and writing go line by line, never holding the text whole. Reading is as strict as
 * {@link LedgerJson}'s; its {@link LedgerFormatException}s name the line number, the column in the
 * line, and the field path inside the record; text that is not UTF-8 is refused, not replaced. A
 * ledger is returned only when every line was read and the whole validated. Thread-safe.
 */
public final class LedgerJsonLines {
  private LedgerJsonLines() {}

  /** Reads the ledger in {@code file}. */
  public static Ledger read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, LedgerFormatException.sourceName(file), (section, index, record, field) -> locate(file, record, field));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a ledger from {@code in}, naming it {@code source} in messages (such as {@code
   * <stdin>}); leaves {@code in} open.
   */
  public static Ledger read(InputStream in, String source) {
    return read(in, source, (section, index, record, field) -> record);
  }

  private static Ledger read(InputStream in, String source, LedgerRecords.FieldLocator locator) {
    LineReader lines = new LineReader(in, source);
    LedgerRecords records = new LedgerRecords(source);
    RecordReader reader = new RecordReader(source);
    try {
      String line = nextContent(lines);
      if (line == null) {
        throw LedgerFormatException.of(source, "empty input: expected a claimtrail ledger header line");
      }
      readHeader(line, source, lines.number());
      for (line = nextContent(lines); line != null; line = nextContent(lines)) {
        readRecord(line, source, lines.number(), reader, records);
      }
      return records.build(locator, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code ledger} to {@code file}, replacing it atomically (see {@link AtomicFiles}). */
  public static void write(Ledger ledger, Path file) {
    AtomicFiles.write(file, out -> write(ledger, out));
  }

  /** Writes {@code ledger} to {@code out} as UTF-8, one line at a time, and flushes it; leaves {@code out} open. */
  public static void write(Ledger ledger, OutputStream out) {
    try (JsonGenerator g = JsonMapping.generator(out)) {
      g.setRootValueSeparator(null);
      g.writeStartObject();
      g.writeStringField("format", JsonMapping.FORMAT);
      g.writeNumberField("version", JsonMapping.VERSION);
      g.writeEndObject();
      g.writeRaw('\n');
      for (Section section : Section.values()) {
        for (Object record : section.records(ledger)) {
          g.writeStartObject();
          g.writeStringField("type", section.tag);
          JsonNode fields = JsonMapping.MAPPER.valueToTree(record);
          for (Map.Entry<String, JsonNode> field : fields.properties()) {
            g.writeFieldName(field.getKey());
            g.writeTree(field.getValue());
          }
          g.writeEndObject();
          g.writeRaw('\n');
        }
      }
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The column of a field in the record's line, found by reading the file again; only done for a problem. */
  private static LedgerRecords.Place locate(Path file, LedgerRecords.Place record, String field) {
    try (InputStream in = Files.newInputStream(file)) {
      LineReader lines = new LineReader(in, file.toString());
      String line = lines.next();
      while (line != null && lines.number() < record.line()) {
        line = lines.next();
      }
      return line == null ? record : LedgerJson.locate(
          JsonMapping.MAPPER.getFactory().createParser(line), JsonPointer.compile(LedgerJson.pointer(field)))
          .map(at -> new LedgerRecords.Place(record.line(), at.column()))
          .orElse(record);
    } catch (IOException e) {
      return record;
    }
  }

  private static String nextContent(LineReader lines) throws IOException {
    String line = lines.next();
    while (line != null && line.isBlank()) {
      line = lines.next();
    }
    return line;
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

  private static void readRecord(String line, String source, long number, RecordReader reader,
      LedgerRecords records) throws IOException {
    LedgerRecords.Place place = new LedgerRecords.Place(number, 1);
    Section section;
    Object record;
    try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(line)) {
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.START_OBJECT, "", "expected a record object");
      LedgerJson.expect(p, source, p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("type"), "",
          "expected \"type\" as the first field of the record");
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw LedgerFormatException.at(source, p.currentTokenLocation(), "type",
            "expected the record type as a string, found " + LedgerJson.shown(p));
      }
      String tag = p.getText();
      section = Section.byTag(tag).orElseThrow(() -> LedgerFormatException.at(source, p.currentTokenLocation(),
          "type", "unknown record type \"" + tag + "\""));
      record = reader.read(p, section, place, "");
      LedgerJson.expect(p, source, p.nextToken() == null, "", "unexpected content after the record");
    } catch (JacksonException e) {
      throw LedgerFormatException.of(source, e).onLine(source, number);
    } catch (LedgerFormatException e) {
      throw e.onLine(source, number);
    }
    records.add(section, record, place, section.tag);
  }
}

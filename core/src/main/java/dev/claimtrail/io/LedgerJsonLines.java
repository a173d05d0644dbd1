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
      if (!nextContent(lines)) {
        throw LedgerFormatException.of(source, "empty input: expected a claimtrail ledger header line");
      }
      readHeader(lines.text(), source, lines.number());
      while (nextContent(lines)) {
        readRecord(lines, source, reader, records);
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

  /**
   * Reads the record on the current line. A line that starts with its record's brace is parsed from
   * its bytes; should that fail, the line is read again from its text, whose parser locates
   * problems in characters, so that a problem is always reported as from the text.
   */
  private static void readRecord(LineReader lines, String source, RecordReader reader, LedgerRecords records)
      throws IOException {
    long number = lines.number();
    LedgerRecords.Place place = new LedgerRecords.Place(number, 1);
    byte[] bytes = lines.bytes();
    int length = lines.length();
    Object record = null;
    Section section = null;
    // A first byte then a zero byte would be taken for UTF-16 by the byte parser's encoding detection.
    if (bytes[0] == '{' && (length == 1 || bytes[1] != 0)) {
      try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(bytes, 0, length)) {
        section = recordSection(p, source);
        record = reader.read(p, section, place, "");
        if (p.nextToken() != null) {
          record = null;
        }
      } catch (JacksonException | LedgerFormatException e) {
        record = null;
      }
    }
    if (record == null) {
      try (JsonParser p = JsonMapping.MAPPER.getFactory().createParser(lines.text())) {
        section = recordSection(p, source);
        record = reader.read(p, section, place, "");
        LedgerJson.expect(p, source, p.nextToken() == null, "", "unexpected content after the record");
      } catch (JacksonException e) {
        throw LedgerFormatException.of(source, e).onLine(source, number);
      } catch (LedgerFormatException e) {
        throw e.onLine(source, number);
      }
    }
    records.add(section, record, place, section.tag);
  }

  /** Reads a record's opening brace and type tag from {@code p}, leaving it on the tag. */
  private static Section recordSection(JsonParser p, String source) throws IOException {
    LedgerJson.expect(p, source, p.nextToken() == JsonToken.START_OBJECT, "", "expected a record object");
    LedgerJson.expect(p, source, p.nextToken() == JsonToken.FIELD_NAME && p.currentName().equals("type"), "",
        "expected \"type\" as the first field of the record");
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw LedgerFormatException.at(source, p.currentTokenLocation(), "type",
          "expected the record type as a string, found " + LedgerJson.shown(p));
    }
    String tag = p.getText();
    return Section.byTag(tag).orElseThrow(() -> LedgerFormatException.at(source, p.currentTokenLocation(),
        "type", "unknown record type \"" + tag + "\""));
  }
}

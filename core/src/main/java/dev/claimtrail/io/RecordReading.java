package dev.claimtrail.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/** Reads one record with the shared mapper and reports what is wrong with it at its place. */
final class RecordReading {
  private RecordReading() {}

  /**
   * Reads a record of {@code section} whose object starts at {@code place} and the parser's current
   * token; {@code path} is how messages name the record ({@code speakers[4]}, or empty).
   */
  static Object read(JsonParser p, String source, Section section, LedgerRecords.Place place, String path)
      throws IOException {
    try {
      return JsonMapping.MAPPER.readValue(p, section.type);
    } catch (JsonMappingException e) {
      LedgerFormatException problem = LedgerFormatException.of(source, e);
      boolean failedCheck = e.getCause() instanceof IllegalArgumentException
          || e.getCause() instanceof IllegalStateException;
      // A record that fails its own validation is reported where it starts, not where Jackson stopped.
      throw placed(problem, path, place, failedCheck && problem.fieldPath().isEmpty());
    } catch (JacksonException e) {
      throw placed(LedgerFormatException.of(source, e), path, place, false);
    }
  }

  /** The problem inside the record at {@code path}, moved to the record's start when asked or when Jackson knew no place. */
  private static LedgerFormatException placed(LedgerFormatException problem, String path,
      LedgerRecords.Place place, boolean atStart) {
    LedgerFormatException inRecord = path.isEmpty() ? problem : problem.inField(path);
    if (atStart || inRecord.line().isEmpty()) {
      return LedgerFormatException.at(inRecord.source(), place.line(), place.column(),
          inRecord.fieldPath().orElse(""), inRecord.reason()).causedBy(problem.getCause());
    }
    return inRecord;
  }
}

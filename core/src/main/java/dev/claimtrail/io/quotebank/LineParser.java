package dev.claimtrail.io.quotebank;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.WebOutlets;
import dev.claimtrail.io.quotebank.QuotebankLine.Candidate;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line of Quotebank JSON Lines with Jackson's streaming parser into a {@link
 * QuotebankLine}, checking the shape of every field. A problem is reported as a {@link
 * LedgerFormatException} at the line's number, the parser's column and the field's path.
 */
final class LineParser {
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  /** Quotebank writes "2020-01-16 01:00:00"; the ISO "T" separator and a missing seconds part are accepted too. */
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?");

  private final JsonFactory json;
  private final String source;
  private long line;
  @SuppressWarnings("NullAway.Init") // set by each parse before any other use
  private JsonParser parser;
  private String field = "";

  LineParser(JsonFactory json, String source) {
    this.json = json;
    this.source = source;
  }

  /** Parses {@code text}, line {@code number} of the source. */
  QuotebankLine parse(String text, long number) {
    this.line = number;
    this.field = "";
    try (JsonParser p = json.createParser(text)) {
      this.parser = p;
      QuotebankLine result = object();
      field = "";
      if (p.nextToken() != null) {
        throw problem("unexpected content after the record; a Quotebank line holds one JSON object");
      }
      return result;
    } catch (JacksonException e) {
      LedgerFormatException translated = LedgerFormatException.of(source, e).onLine(source, number);
      throw field.isEmpty() || translated.fieldPath().isPresent() ? translated : translated.inField(field);
    } catch (IOException e) {
      throw LedgerFormatException.atLine(source, number, field, "cannot read: " + e.getMessage()).causedBy(e);
    }
  }

  private QuotebankLine object() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw problem("expected a JSON object for the quotation");
    }
    String quoteId = null;
    String quotation = null;
    String speaker = null;
    List<String> qids = List.of();
    LocalDateTime date = null;
    OptionalLong occurrences = OptionalLong.empty();
    List<Candidate> probas = List.of();
    List<String> urls = null;
    Optional<String> phase = Optional.empty();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "quoteID":
          quoteId = identifier(value);
          break;
        case "quotation":
          quotation = text(value);
          break;
        case "speaker":
          speaker = text(value).strip();
          break;
        case "qids":
          qids = value == JsonToken.VALUE_NULL ? List.of() : qids(value);
          break;
        case "date":
          date = date(value);
          break;
        case "numOccurrences":
          occurrences = value == JsonToken.VALUE_NULL ? OptionalLong.empty() : OptionalLong.of(occurrences(value));
          break;
        case "probas":
          probas = value == JsonToken.VALUE_NULL ? List.of() : probas(value);
          break;
        case "urls":
          urls = urls(value);
          break;
        case "phase":
          phase = value == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(text(value));
          break;
        default:
          throw problem("unknown field; a Quotebank quotation has quoteID, quotation, speaker, qids, date, "
              + "numOccurrences, probas, urls and phase");
      }
    }
    field = "";
    String id = require(quoteId, "quoteID");
    String text = require(quotation, "quotation");
    String said = require(speaker, "speaker");
    LocalDateTime when = require(date, "date");
    List<String> found = require(urls, "urls");
    if (said.equals(QuotebankLine.NO_SPEAKER) && !qids.isEmpty()) {
      throw LedgerFormatException.atLine(source, line, "qids",
          "speaker is \"None\" (unknown) but Wikidata ids are given: " + qids);
    }
    return new QuotebankLine(id, text, said, qids, when, occurrences, probas, found, phase);
  }

  private <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw LedgerFormatException.atLine(source, line, name, "required field is missing");
    }
    return value;
  }

  private String text(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw problem("expected a string, found " + describe(token));
    }
    String text = parser.getText();
    if (text.isBlank()) {
      throw problem("must not be blank");
    }
    return text;
  }

  private String identifier(JsonToken token) throws IOException {
    String text = text(token);
    if (!text.strip().equals(text)) {
      throw problem("must not start or end with whitespace: \"" + text + "\"");
    }
    return text;
  }

  private List<String> qids(JsonToken token) throws IOException {
    expectArray(token);
    List<String> out = new ArrayList<>();
    String base = field;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      field = base + "[" + i + "]";
      String qid = text(parser.currentToken());
      if (!QID.matcher(qid).matches()) {
        throw problem("not a Wikidata item id (Q followed by digits): \"" + qid + "\"");
      }
      if (!out.contains(qid)) {
        out.add(qid);
      }
    }
    field = base;
    return out;
  }

  private LocalDateTime date(JsonToken token) throws IOException {
    String text = text(token);
    var m = DATE.matcher(text);
    if (!m.matches()) {
      throw problem("not a date of the form yyyy-MM-dd HH:mm:ss: \"" + text + "\"");
    }
    try {
      LocalDate day = LocalDate.parse(m.group(1));
      return m.group(2) == null ? day.atStartOfDay() : day.atTime(LocalTime.parse(m.group(2)));
    } catch (DateTimeParseException e) {
      throw problem("not a valid date: \"" + text + "\"");
    }
  }

  private long occurrences(JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw problem("expected a whole number, found " + describe(token));
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 1) {
      throw problem("must be a positive count: " + parser.getText());
    }
    return parser.getLongValue();
  }

  private List<Candidate> probas(JsonToken token) throws IOException {
    expectArray(token);
    List<Candidate> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String base = field;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      field = base + "[" + i + "]";
      expectArray(parser.currentToken());
      String entry = field;
      field = entry + "[0]";
      String name = text(parser.nextToken()).strip();
      if (!names.add(name)) {
        throw problem("speaker \"" + name + "\" is listed twice");
      }
      field = entry + "[1]";
      double probability = probability(parser.nextToken());
      field = entry;
      if (parser.nextToken() != JsonToken.END_ARRAY) {
        throw problem("expected a pair [speaker, probability]");
      }
      out.add(new Candidate(name, OptionalDouble.of(probability)));
    }
    field = base;
    return out;
  }

  /** Quotebank writes probabilities as strings ("0.9012"); numbers are accepted too. */
  private double probability(JsonToken token) throws IOException {
    double value;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      value = parser.getDoubleValue();
    } else if (token == JsonToken.VALUE_STRING) {
      try {
        value = Double.parseDouble(parser.getText().strip());
      } catch (NumberFormatException e) {
        throw problem("not a probability: \"" + parser.getText() + "\"");
      }
    } else {
      throw problem("expected a probability, found " + describe(token));
    }
    if (!(value >= 0 && value <= 1)) {
      throw problem("probability must lie in [0, 1]: " + parser.getText());
    }
    return value;
  }

  private List<String> urls(JsonToken token) throws IOException {
    expectArray(token);
    List<String> out = new ArrayList<>();
    String base = field;
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      field = base + "[" + i + "]";
      String url = identifier(parser.currentToken());
      if (WebOutlets.domain(url).isEmpty()) {
        throw problem("not an absolute http(s) URL with a host name: \"" + url + "\"");
      }
      if (!out.contains(url)) {
        out.add(url);
      }
    }
    field = base;
    if (out.isEmpty()) {
      throw problem("a quotation needs at least one URL where it was found");
    }
    return out;
  }

  private void expectArray(JsonToken token) {
    if (token != JsonToken.START_ARRAY) {
      throw problem("expected an array, found " + describe(token));
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the line";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  private LedgerFormatException problem(String reason) {
    return LedgerFormatException.at(source, line, parser.currentLocation().getColumnNr(), field, reason);
  }
}

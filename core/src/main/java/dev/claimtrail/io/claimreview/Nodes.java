package dev.claimtrail.io.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.model.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one JSON-LD node of a ClaimReview file, reporting a problem at the line the
 * node's top-level item starts on and at the JSON path of the value, such as {@code
 * [2].reviewRating.ratingValue}. Node references ({@code {"@id": ...}} alone) are resolved against
 * the nodes of the file that carry that {@code @id}.
 */
final class Nodes {
  private final String source;
  private final long line;
  private final Map<String, JsonNode> byId;

  Nodes(String source, long line, Map<String, JsonNode> byId) {
    this.source = source;
    this.line = line;
    this.byId = byId;
  }

  /** A problem with the value at {@code path}. */
  LedgerFormatException problem(String path, String reason) {
    return LedgerFormatException.atLine(source, line, path, reason);
  }

  /** {@code node}, or the node of the file it refers to when it is a bare {@code {"@id": ...}}. */
  JsonNode resolve(JsonNode node) {
    if (node.isObject() && node.size() == 1 && node.has("@id") && node.get("@id").isTextual()) {
      JsonNode target = byId.get(node.get("@id").asText());
      return target == null ? node : target;
    }
    return node;
  }

  /** Fails unless every field of the object at {@code path} is one of {@code known} or {@code ignored}. */
  void checkFields(JsonNode node, String path, Set<String> known, Set<String> ignored) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name) && !ignored.contains(name)) {
        throw problem(join(path, name), "unknown field; expected one of " + known
            + (ignored.isEmpty() ? "" : " (or, not imported, " + ignored + ")"));
      }
    }
  }

  /** The object at {@code path}, resolved; fails if the value is not an object. */
  Optional<JsonNode> object(JsonNode parent, String name, String path) {
    JsonNode value = present(parent, name);
    if (value == null) {
      return Optional.empty();
    }
    JsonNode resolved = resolve(value);
    if (!resolved.isObject()) {
      throw problem(join(path, name), "expected an object, found " + kind(resolved));
    }
    return Optional.of(resolved);
  }

  /**
   * The values at {@code name}, an object or an array of them (JSON-LD allows either), resolved;
   * strings are kept as they are for callers that accept a bare URL.
   */
  List<JsonNode> objects(JsonNode parent, String name) {
    JsonNode value = present(parent, name);
    List<JsonNode> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> out.add(resolve(v)));
    } else {
      out.add(resolve(value));
    }
    return out;
  }

  /** The non-blank text at {@code name}, if present; fails if it is not text. */
  Optional<String> text(JsonNode parent, String name, String path) {
    JsonNode value = present(parent, name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw problem(join(path, name), "expected text, found " + kind(value));
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      throw problem(join(path, name), "must not be blank");
    }
    return Optional.of(text);
  }

  /** The non-blank text at {@code name}; fails if it is missing. */
  String requiredText(JsonNode parent, String name, String path, String what) {
    return text(parent, name, path).orElseThrow(() -> problem(join(path, name), "required field is missing: " + what));
  }

  /** The texts at {@code name}, a text or an array of texts. */
  List<String> texts(JsonNode parent, String name, String path) {
    JsonNode value = present(parent, name);
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isTextual()) {
      out.add(text(parent, name, path).orElseThrow());
      return out;
    }
    if (!value.isArray()) {
      throw problem(join(path, name), "expected text or an array of texts, found " + kind(value));
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual() || item.asText().isBlank()) {
        throw problem(join(path, name) + "[" + i + "]", "expected non-blank text, found " + kind(item));
      }
      out.add(item.asText().strip());
    }
    return out;
  }

  /** The whole number at {@code name}, written as a number or as text ("5"). */
  Optional<Integer> wholeNumber(JsonNode parent, String name, String path) {
    JsonNode value = present(parent, name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.isNumber() || value.isTextual() ? value.asText().strip() : null;
    if (text == null) {
      throw problem(join(path, name), "expected a number, found " + kind(value));
    }
    try {
      return Optional.of(new BigDecimal(text).intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw problem(join(path, name), "not a whole number that fits an int: \"" + text + "\"");
    }
  }

  /**
   * The date at {@code name}: an ISO date ({@code 2024-05-02}), a date and time with or without an
   * offset ({@code 2024-05-02T10:30:00+02:00}, kept as written, to the minute), or a year or month.
   */
  Optional<PartialDate> date(JsonNode parent, String name, String path) {
    Optional<String> text = text(parent, name, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get();
    try {
      if (value.length() > 10 && value.charAt(10) == 'T' || value.length() > 10 && value.charAt(10) == ' ') {
        String iso = value.replace(' ', 'T');
        try {
          return Optional.of(PartialDate.of(OffsetDateTime.parse(iso).toLocalDateTime()));
        } catch (DateTimeParseException e) {
          return Optional.of(PartialDate.of(LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso)));
        }
      }
      return Optional.of(PartialDate.parseIso(value));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw problem(join(path, name), "not an ISO 8601 date: \"" + value + "\"");
    }
  }

  /** The {@code @type} names of a node. */
  List<String> types(JsonNode node, String path) {
    return texts(node, "@type", path);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static @Nullable JsonNode present(JsonNode parent, String name) {
    JsonNode value = parent.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "text";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

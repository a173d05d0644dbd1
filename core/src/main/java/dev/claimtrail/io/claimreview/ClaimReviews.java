package dev.claimtrail.io.claimreview;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.Utf8InputStream;
import dev.claimtrail.io.imports.ImportLog;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports schema.org {@code ClaimReview} JSON-LD as fact-checkers publish it (the markup Google's
 * Fact Check documentation describes): a single review object, an array of them, or a {@code
 * @graph} that holds them among other nodes. Each review becomes a review of the {@link
 * dev.claimtrail.model.Claim} it names (reviews of the same words are gathered on one claim), the
 * fact-checker an outlet, the review page and the works the claim appears in documents, the claim's
 * author a speaker, and the reviewed words a statement attributed to that author in each of those
 * documents, asserting the claim. docs/import.md gives the mapping field by field.
 *
 * <p>Nodes of other types serve only as targets of {@code {"@id": ...}} references. A bad review
 * fails the import with a {@link LedgerFormatException} naming the file, the line the review starts
 * on and the field, or with {@link ImportOptions#skipAndReport(Path)} is left out, counted and
 * reported; input that is not JSON, or holds no review at all, always fails. The document is read
 * under {@link ReadLimits}; a field given twice in one object is an error.
 */
public final class ClaimReviews {
  /** Makes JSON nodes; parsers come from the import's {@link ReadLimits}. */
  private static final ObjectMapper JSON = new ObjectMapper(ReadLimits.defaults().jsonFactory());
  private static final String TYPE = "ClaimReview";

  private ClaimReviews() {}

  /**
   * Imports every review in {@code file}, failing on the first bad one.
   *
   * @param file the file to import
   * @return the ledger of every review
   * @throws LedgerFormatException at the first bad review, or if the file cannot be read
   */
  public static Ledger read(Path file) {
    return read(file, ImportOptions.strict()).ledger();
  }

  /**
   * Imports the reviews in {@code file} as {@code options} say, and tells how many were imported and skipped.
   *
   * @param file the file to import
   * @param options whether a bad record fails the import or is skipped and reported
   * @return the ledger imported, with how many reviews were imported and skipped
   * @throws LedgerFormatException if the input cannot be read, or, when {@code options} are strict, at the first bad record
   */
  public static ImportResult read(Path file, ImportOptions options) {
    checkNotNull(file, "file");
    checkNotNull(options, "options");
    String source = LedgerFormatException.sourceName(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, options);
    } catch (IOException e) {
      throw LedgerFormatException.of(source, "cannot read: " + e).causedBy(e);
    }
  }

  /**
   * Imports the reviews in {@code in}, naming it {@code source} in problems, as {@code options}
   * say. The stream is read to its end and not closed.
   *
   * @param in the input to read to its end
   * @param source the name of the input in problems
   * @param options whether a bad record fails the import or is skipped and reported
   * @return the ledger imported, with how many reviews were imported and skipped
   * @throws LedgerFormatException if the input cannot be read, or, when {@code options} are strict, at the first bad record
   */
  public static ImportResult read(InputStream in, String source, ImportOptions options) {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkNotNull(options, "options");
    List<Item> items = items(in, source, options.readLimits());
    Map<String, JsonNode> byId = new HashMap<>();
    for (Item item : items) {
      JsonNode id = item.node.get("@id");
      if (id != null && id.isTextual()) {
        byId.putIfAbsent(id.asText(), item.node);
      }
    }
    ReviewImporter importer = new ReviewImporter();
    boolean anyReview = false;
    try (ImportLog log = ImportLog.open(options)) {
      for (Item item : items) {
        Nodes nodes = new Nodes(source, item.line, byId);
        if (!item.node.isObject()) {
          log.skip(nodes.problem(item.path, "expected a JSON-LD node (an object)"));
          anyReview = true;
          continue;
        }
        if (!isReview(item.node)) {
          continue;
        }
        anyReview = true;
        try {
          importer.add(item.node, item.path, nodes);
          log.imported();
        } catch (LedgerFormatException e) {
          log.skip(e);
        }
      }
      if (!anyReview) {
        throw LedgerFormatException.of(source, "no " + TYPE + " node found");
      }
      return log.finish(importer.finish());
    }
  }

  private static boolean isReview(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual() && t.asText().equals(TYPE)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && type.asText().equals(TYPE);
  }

  /** A top-level node of the input with the line it starts on and its JSON path. */
  private record Item(JsonNode node, long line, String path) {}

  private static List<Item> items(InputStream in, String source, ReadLimits limits) {
    List<Item> items = new ArrayList<>();
    JsonParser parser;
    try {
      parser = limits.jsonFactory().createParser(new Utf8InputStream(in, source));
      parser.setCodec(JSON);
    } catch (IOException e) {
      throw LedgerFormatException.of(source, "cannot read: " + e).causedBy(e);
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        elements(parser, "", items);
      } else if (first == JsonToken.START_OBJECT) {
        root(parser, items);
      } else {
        throw LedgerFormatException.at(source, parser.currentLocation(), "",
            first == null ? "empty input" : "expected a JSON-LD object or an array of them");
      }
      if (parser.nextToken() != null) {
        throw LedgerFormatException.at(source, parser.currentLocation(), "", "content after the JSON-LD document");
      }
      return items;
    } catch (JacksonException e) {
      throw LedgerFormatException.of(source, e, parser.currentLocation());
    } catch (IOException e) {
      throw LedgerFormatException.of(source, "cannot read: " + e).causedBy(e);
    }
  }

  /** Reads the elements of the array the parser is at; a node with its own {@code @graph} gives its nodes. */
  private static void elements(JsonParser parser, String path, List<Item> items) throws IOException {
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      long line = parser.currentLocation().getLineNr();
      JsonNode node = parser.readValueAsTree();
      add(node == null ? JSON.nullNode() : node, line, path + "[" + i + "]", items);
    }
  }

  /** Reads the root object field by field, so that the nodes of its {@code @graph} keep their lines. */
  private static void root(JsonParser parser, List<Item> items) throws IOException {
    long line = parser.currentLocation().getLineNr();
    ObjectNode root = JSON.createObjectNode();
    boolean graph = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("@graph") && value == JsonToken.START_ARRAY) {
        graph = true;
        elements(parser, "@graph", items);
      } else {
        JsonNode node = parser.readValueAsTree();
        root.set(name, node == null ? JSON.nullNode() : node);
      }
    }
    if (!graph || root.has("@type")) {
      items.add(new Item(root, line, ""));
    }
  }

  private static void add(JsonNode node, long line, String path, List<Item> items) {
    JsonNode graph = node.get("@graph");
    if (graph != null && graph.isArray()) {
      for (int i = 0; i < graph.size(); i++) {
        add(graph.get(i), line, path + ".@graph[" + i + "]", items);
      }
      if (!node.has("@type")) {
        return;
      }
    }
    items.add(new Item(node, line, path));
  }
}

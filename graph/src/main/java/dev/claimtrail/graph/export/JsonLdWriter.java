package dev.claimtrail.graph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * Writes a ledger or an {@link AttributionGraph} as JSON-LD with schema.org and W3C PROV-O terms:
 * statements as {@code schema:Quotation}s {@code prov:wasAttributedTo} their speakers, documents as
 * {@code schema:NewsArticle}s (or other creative works) with their {@code schema:publisher}, claims
 * and their {@code schema:ClaimReview}s, speakers and outlets as {@code schema:Person}s or {@code
 * schema:Organization}s and {@code prov:Agent}s; docs/graphs.md has the whole mapping. The document
 * is one object with an {@code @context} declaring the prefixes {@code schema}, {@code prov}, {@code
 * xsd} and {@code ct} and an {@code @graph} array of node objects, one per resource, each with its
 * {@code @id} (see {@link RecordIris}), {@code @type} and properties under compact IRIs; links are
 * {@code {"@id": ...}} objects, typed literals {@code {"@value": ..., "@type": ...}}. It describes
 * exactly the triples that {@link TurtleWriter} writes in Turtle. Written with Jackson.
 */
public final class JsonLdWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonLdWriter() {}

  /**
   * {@return the JSON-LD text of the whole {@code ledger}, with record IRIs under {@link RecordIris#DEFAULT_BASE}}
   *
   * @param ledger the ledger to write whole
   */
  public static String write(Ledger ledger) {
    return write(AttributionGraph.of(ledger));
  }

  /**
   * {@return the JSON-LD text of {@code graph}, with record IRIs under {@link RecordIris#DEFAULT_BASE}}
   *
   * @param graph the graph to write
   */
  public static String write(AttributionGraph graph) {
    StringWriter out = new StringWriter();
    write(graph, RecordIris.defaults(), out);
    return out.toString();
  }

  /**
   * Writes the JSON-LD of the whole {@code ledger} to {@code out}, with record IRIs under {@link
   * RecordIris#DEFAULT_BASE}; {@code out} is flushed but not closed. Throws {@link
   * UncheckedIOException} when writing fails.
   *
   * @param ledger the ledger to write whole
   * @param out where to write it; flushed, not closed
   */
  public static void write(Ledger ledger, Writer out) {
    write(AttributionGraph.of(ledger), RecordIris.defaults(), out);
  }

  /**
   * Writes the JSON-LD of {@code graph} to {@code out}, with record IRIs under {@link
   * RecordIris#DEFAULT_BASE}; {@code out} is flushed but not closed. Throws {@link
   * UncheckedIOException} when writing fails.
   *
   * @param graph the graph to write
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, Writer out) {
    write(graph, RecordIris.defaults(), out);
  }

  /**
   * Writes the JSON-LD of {@code graph} to {@code out}, with record IRIs from {@code iris}; {@code
   * out} is flushed but not closed. Throws {@link UncheckedIOException} when writing fails.
   *
   * @param graph the graph to write
   * @param iris the IRIs of the records
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, RecordIris iris, Writer out) {
    Model model = ProvModel.of(graph, iris);
    try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeObjectFieldStart("@context");
      for (Namespace prefix : Vocabulary.PREFIXES) {
        json.writeStringField(prefix.getPrefix(), prefix.getName());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("@graph");
      List<Statement> resource = new ArrayList<>();
      for (Statement triple : model) {
        if (!resource.isEmpty() && !resource.get(0).getSubject().equals(triple.getSubject())) {
          writeNode(resource, json);
          resource.clear();
        }
        resource.add(triple);
      }
      if (!resource.isEmpty()) {
        writeNode(resource, json);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the node object of the triples of one subject. */
  private static void writeNode(List<Statement> triples, JsonGenerator json) throws IOException {
    Resource subject = triples.get(0).getSubject();
    Map<IRI, List<Value>> byPredicate = new LinkedHashMap<>();
    triples.forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
    json.writeStartObject();
    json.writeStringField("@id", subject.stringValue());
    List<Value> types = byPredicate.remove(RDF.TYPE);
    if (types != null) {
      json.writeFieldName("@type");
      writeOneOrMany(types, json, (type, j) -> j.writeString(compact((IRI) type)));
    }
    for (Map.Entry<IRI, List<Value>> property : byPredicate.entrySet()) {
      json.writeFieldName(compact(property.getKey()));
      writeOneOrMany(property.getValue(), json, JsonLdWriter::writeValue);
    }
    json.writeEndObject();
  }

  private interface ValueWriter {
    void write(Value value, JsonGenerator json) throws IOException;
  }

  private static void writeOneOrMany(List<Value> values, JsonGenerator json, ValueWriter writer)
      throws IOException {
    if (values.size() == 1) {
      writer.write(values.get(0), json);
      return;
    }
    json.writeStartArray();
    for (Value value : values) {
      writer.write(value, json);
    }
    json.writeEndArray();
  }

  private static void writeValue(Value value, JsonGenerator json) throws IOException {
    if (value.isIRI()) {
      json.writeStartObject();
      json.writeStringField("@id", value.stringValue());
      json.writeEndObject();
      return;
    }
    Literal literal = (Literal) value;
    if (literal.getDatatype().equals(XSD.STRING)) {
      json.writeString(literal.getLabel());
    } else if (literal.getDatatype().equals(XSD.INTEGER)) {
      json.writeNumber(new BigInteger(literal.getLabel()));
    } else {
      json.writeStartObject();
      json.writeStringField("@value", literal.getLabel());
      json.writeStringField("@type", compact(literal.getDatatype()));
      json.writeEndObject();
    }
  }

  /** {@code iri} as a compact IRI ({@code schema:name}) when it lies in a declared namespace. */
  private static String compact(IRI iri) {
    for (Namespace prefix : Vocabulary.PREFIXES) {
      String name = iri.stringValue();
      if (name.startsWith(prefix.getName()) && name.length() > prefix.getName().length()) {
        return prefix.getPrefix() + ":" + name.substring(prefix.getName().length());
      }
    }
    return iri.stringValue();
  }
}

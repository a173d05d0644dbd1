package dev.claimtrail.graph.export;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Writes a ledger or an {@link AttributionGraph} as Turtle: the same schema.org and W3C PROV-O
 * triples that {@link JsonLdWriter} writes as JSON-LD (docs/graphs.md has the mapping), with the
 * prefixes {@code schema}, {@code prov}, {@code xsd} and {@code ct}, grouped by subject in graph
 * order. The syntax is written by Eclipse RDF4J's Rio Turtle writer.
 */
public final class TurtleWriter {
  private TurtleWriter() {}

  /**
   * {@return the Turtle text of the whole {@code ledger}, with record IRIs under {@link RecordIris#DEFAULT_BASE}}
   *
   * @param ledger the ledger to write whole
   */
  public static String write(Ledger ledger) {
    return write(AttributionGraph.of(ledger));
  }

  /**
   * {@return the Turtle text of {@code graph}, with record IRIs under {@link RecordIris#DEFAULT_BASE}}
   *
   * @param graph the graph to write
   */
  public static String write(AttributionGraph graph) {
    StringWriter out = new StringWriter();
    write(graph, RecordIris.defaults(), out);
    return out.toString();
  }

  /**
   * Writes the Turtle of the whole {@code ledger} to {@code out}, with record IRIs under {@link
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
   * Writes the Turtle of {@code graph} to {@code out}, with record IRIs under {@link
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
   * Writes the Turtle of {@code graph} to {@code out}, with record IRIs from {@code iris}; {@code
   * out} is flushed but not closed. Throws {@link UncheckedIOException} when writing fails.
   *
   * @param graph the graph to write
   * @param iris the IRIs of the records
   * @param out where to write it; flushed, not closed
   */
  public static void write(AttributionGraph graph, RecordIris iris, Writer out) {
    WriterConfig config = new WriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
    try {
      Rio.write(ProvModel.of(graph, iris), out, RDFFormat.TURTLE, config);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RDFHandlerException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
  }
}

package dev.claimtrail.cli;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.export.CytoscapeJsonWriter;
import dev.claimtrail.graph.export.DotWriter;
import dev.claimtrail.graph.export.GraphMlWriter;
import dev.claimtrail.graph.export.JsonLdWriter;
import dev.claimtrail.graph.export.TurtleWriter;
import dev.claimtrail.io.AtomicFiles;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats an attribution graph is written in, each with the file extension it goes by. */
enum GraphFormat {
  /** Graphviz DOT. */
  DOT("dot") {
    @Override
    void write(AttributionGraph graph, Writer out) {
      DotWriter.write(graph, out);
    }
  },
  /** GraphML, for Gephi, yEd, Cytoscape and networkx. */
  GRAPHML("graphml") {
    @Override
    void write(AttributionGraph graph, Writer out) {
      GraphMlWriter.write(graph, out);
    }
  },
  /** Cytoscape.js JSON elements. */
  JSON("json") {
    @Override
    void write(AttributionGraph graph, Writer out) {
      CytoscapeJsonWriter.write(graph, out);
    }
  },
  /** JSON-LD with schema.org and W3C PROV-O terms. */
  JSONLD("jsonld") {
    @Override
    void write(AttributionGraph graph, Writer out) {
      JsonLdWriter.write(graph, out);
    }
  },
  /** Turtle of the same schema.org and PROV-O triples as {@link #JSONLD}. */
  TURTLE("ttl") {
    @Override
    void write(AttributionGraph graph, Writer out) {
      TurtleWriter.write(graph, out);
    }
  };

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** Writes {@code graph} to {@code out} in this format. */
  abstract void write(AttributionGraph graph, Writer out);

  /**
   * Writes {@code graph} to {@code file} in this format, replacing it atomically; the directory must
   * exist. A failure names {@code file} and its reason (see {@link AtomicFiles}). Text that is not
   * Unicode (an unpaired surrogate an exporter let through) fails the write instead of becoming
   * {@code ?}.
   */
  void write(AttributionGraph graph, Path file) {
    AtomicFiles.write(file, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
      write(graph, writer);
      writer.flush();
    });
  }

  /** The extensions of the formats, for messages: ".dot, .graphml or .json". */
  static String extensions() {
    List<String> all = Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.toList());
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }

  /** The format whose extension {@code file} has, if any. */
  static Optional<GraphFormat> ofFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
  }
}

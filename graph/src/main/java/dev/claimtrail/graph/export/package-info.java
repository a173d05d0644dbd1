/**
 * Writers of an {@link dev.claimtrail.graph.AttributionGraph} (or of a whole ledger) in the formats
 * that drawing, analysis and linked-data tools read: Graphviz DOT ({@link
 * dev.claimtrail.graph.export.DotWriter}), GraphML ({@link dev.claimtrail.graph.export.GraphMlWriter},
 * for Gephi, yEd, Cytoscape, networkx), Cytoscape.js JSON ({@link
 * dev.claimtrail.graph.export.CytoscapeJsonWriter}), and RDF with schema.org and W3C PROV-O terms as
 * JSON-LD ({@link dev.claimtrail.graph.export.JsonLdWriter}) and Turtle ({@link
 * dev.claimtrail.graph.export.TurtleWriter}), whose records get the IRIs of {@link
 * dev.claimtrail.graph.export.RecordIris}. DOT and GraphML are written by JGraphT's exporters, the
 * JSON formats by Jackson, Turtle by Eclipse RDF4J's Rio; JSON-LD and Turtle are two serializations
 * of one set of triples.
 */
@NullMarked
package dev.claimtrail.graph.export;

import org.jspecify.annotations.NullMarked;

/**
 * Writers of an {@link dev.claimtrail.graph.AttributionGraph} in graph formats that drawing and
 * analysis tools read: Graphviz DOT ({@link dev.claimtrail.graph.export.DotWriter}), GraphML
 * ({@link dev.claimtrail.graph.export.GraphMlWriter}, for Gephi, yEd, Cytoscape, networkx) and
 * Cytoscape.js JSON ({@link dev.claimtrail.graph.export.CytoscapeJsonWriter}). DOT and GraphML are
 * written by JGraphT's exporters, the JSON by Jackson.
 */
package dev.claimtrail.graph.export;

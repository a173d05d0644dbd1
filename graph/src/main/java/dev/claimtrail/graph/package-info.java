/**
 * A graph view of a {@link dev.claimtrail.ledger.Ledger}: speakers, statements, claims, documents
 * and outlets as {@link dev.claimtrail.graph.Node}s, every reference between them as a typed
 * {@link dev.claimtrail.graph.Edge} ("said", "reported in", "published by", "via", stances toward
 * claims, "cites", ...), held in a JGraphT graph. {@link dev.claimtrail.graph.AttributionGraph} builds
 * the view and cuts depth-limited subgraphs from it; the formats that write it live in {@code
 * dev.claimtrail.graph.export} (DOT, GraphML, Cytoscape.js JSON, and JSON-LD and Turtle with
 * schema.org and PROV-O terms).
 */
@ValueStyle
@NullMarked
package dev.claimtrail.graph;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

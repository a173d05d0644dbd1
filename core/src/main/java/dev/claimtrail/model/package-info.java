/**
 * The immutable domain model: speakers, outlets, documents, statements, attributions and claims,
 * with their ids, partial dates, evidence spans and provenance.
 *
 * <p>Names: an outlet is {@link dev.claimtrail.model.Outlet}, as the rest of the library and its
 * formats call it, so that it does not clash with {@code javax.xml.transform.Source}.
 * {@link dev.claimtrail.model.Statement} and {@link dev.claimtrail.model.Document} keep the words
 * of the domain deliberately, although RDF4J and the DOM have types of the same simple names: a
 * program that uses both imports one of them by its package, and the graph exports of this
 * library, which use RDF4J, do so.
 *
 * <p>Every value validates itself on construction and names the offending field and value in its
 * message. Values that refer to each other do so by id; whether those ids resolve is checked by the
 * {@link dev.claimtrail.ledger.Ledger} that holds them. This package does no I/O and keeps no
 * indexes.
 */
@ValueStyle
@NullMarked
package dev.claimtrail.model;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

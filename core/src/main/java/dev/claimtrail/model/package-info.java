/**
 * The immutable domain model: speakers, sources (outlets), documents, statements, attributions and
 * claims, with their ids, partial dates, evidence spans and provenance.
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

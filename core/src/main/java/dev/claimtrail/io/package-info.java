/**
 * Ledger file formats and importers: the versioned JSON ledger, its streaming JSON Lines form, the
 * binary snapshot that opens faster, and readers of third-party dumps.
 *
 * <p>Every reader here reports bad input with one unchecked exception, {@link
 * dev.claimtrail.io.LedgerFormatException}, whose message names the source, the line and column
 * (or byte offset), the field path when known, and the reason, as in {@code
 * ledger.json:12:7: attributions[3].speaker: unknown speaker id "x"}. A reader either returns a
 * complete, valid result or throws; it never returns part of its input as if it were the whole.
 */
@NullMarked
package dev.claimtrail.io;

import org.jspecify.annotations.NullMarked;

/**
 * Fluent, immutable queries over a {@link dev.claimtrail.query.LedgerView} and their table-like
 * results.
 */
package dev.claimtrail.query;

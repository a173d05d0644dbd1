/**
 * What every claimtrail package shares: the root of the library's exceptions, {@link
 * dev.claimtrail.ClaimtrailException}. The packages below hold the rest: {@code model} the values,
 * {@code ledger} the indexed snapshot, {@code query} the queries, {@code text} quote matching,
 * {@code extract} extraction from article text, {@code io} the file formats and importers, {@code
 * eval} the scoring of extraction. The graph view and its exports ({@code dev.claimtrail.graph})
 * live in the {@code claimtrail-graph} artifact, so that core pulls in no graph or RDF library.
 */
@NullMarked
package dev.claimtrail;

import org.jspecify.annotations.NullMarked;

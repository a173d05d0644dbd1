/**
 * Runnable examples of the claimtrail library, each a class with a {@code main} method: building a
 * ledger by hand, querying the curated seed ledger, extracting an article, exporting a graph,
 * exporting linked data, and giving results to another program as typed rows. Their tests run
 * every one of them.
 */
@NullMarked
package dev.claimtrail.examples;

import org.jspecify.annotations.NullMarked;

/**
 * The importer of Quotebank's quotation-centric JSON Lines, {@link
 * dev.claimtrail.io.quotebank.Quotebank}: quotations, their speakers with Wikidata ids and
 * probabilities, and the articles they were found in, read as a stream.
 */
@NullMarked
package dev.claimtrail.io.quotebank;

import org.jspecify.annotations.NullMarked;

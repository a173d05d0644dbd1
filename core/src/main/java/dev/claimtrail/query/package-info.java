/**
 * Fluent, immutable queries over a {@link dev.claimtrail.query.LedgerView} and their table-like
 * results: the questions a ledger answers, each reached from {@link dev.claimtrail.ledger.Ledger}.
 *
 * <ul>
 *   <li>Who said this? {@code ledger.whoSaid("...")} ranks {@link dev.claimtrail.query.QuoteMatch}es
 *       of a quote, a part of it or another outlet's variant of it; {@code
 *       ledger.whoSaidExactly("...")} answers for the printed text alone, from the printed-text index.
 *   <li>What did this speaker say? {@code ledger.quotes().by("...").during("July 2024")} and the
 *       other steps of {@link dev.claimtrail.query.Quotes}.
 *   <li>Who reported it, and when first? {@code ledger.reportsOf("...")} gives {@link
 *       dev.claimtrail.query.Reports}; {@code ledger.outletsCitedBy(document)} the outlets a document
 *       names as its sources.
 *   <li>Through whom? {@code ledger.chain(attribution.id())}, {@code quotes().via("RT").chains()}
 *       and {@code quotes().secondHand().chains()} give {@link dev.claimtrail.query.Chain}s.
 *   <li>Who stands where on a claim? {@code ledger.standsOn("...")} gives {@link
 *       dev.claimtrail.query.Stands}.
 *   <li>Who is this? {@code ledger.whoIs("the finance minister", "August 2024")} resolves to {@link
 *       dev.claimtrail.query.Identity}s.
 *   <li>How many? {@code ledger.counts()} and {@code quotes().counts()} give {@link
 *       dev.claimtrail.query.Counts} by speaker, outlet, stance and month.
 * </ul>
 *
 * <p>A name means the speaker so named ({@code by("Quist")}); descriptions that mention it are
 * found only when asked for ({@code describedAs("Quist")}). Every step that names a record takes
 * its typed id ({@code SpeakerId}, {@code DocumentId}, ...), and the steps a person types at a
 * prompt also take it as a string. Dates are read by {@link
 * dev.claimtrail.model.PartialDate#parse(String)}.
 *
 * <p>Nothing here throws a checked exception; a name that matches nothing gives empty results, and
 * an id or date that cannot be read gives an {@link IllegalArgumentException} naming it. Every
 * result is immutable and deterministically ordered, and its {@code toString} prints a table that
 * fits a terminal, starting on a line of its own; {@link dev.claimtrail.query.Results#data()} gives
 * the same rows typed, with the ids of their records, for programs.
 */
@NullMarked
package dev.claimtrail.query;

import org.jspecify.annotations.NullMarked;

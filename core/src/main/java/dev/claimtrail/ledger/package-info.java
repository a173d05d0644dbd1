/**
 * The {@link dev.claimtrail.ledger.Ledger}: an immutable, indexed snapshot of speakers, outlets,
 * documents, statements, attributions and claims whose references all resolve.
 *
 * <h2>Structure</h2>
 *
 * <p>A ledger is a short list of immutable <em>segments</em>, as in a log-structured merge tree.
 * Each segment holds a batch of records in arrays and its own indexes over them, all keyed by the
 * record's ordinal in the segment:
 *
 * <ul>
 *   <li>per kind, an open-addressing table from id to ordinal (about one and a quarter ints per
 *       record, each slot tagged with bits of the id's hash so that probes rarely read a record);
 *   <li>for attributions, inverted lists by speaker, statement, document, claim and via, packed
 *       as gaps of variable length (one or two bytes per entry for most, plus a small table of
 *       the keys, which are the records' own id objects; a statement or document of the segment
 *       is numbered by its ordinal and needs no entry there), and the said-times sorted by first
 *       day (an int and two chars per dated attribution), once for the whole segment and once
 *       grouped by speaker as positions into the first (one int more), for range queries that
 *       honour date precision; and, for each attribution heard through another of the segment,
 *       that one's ordinal (two ints per second-hand attribution), so via chains are walked
 *       without hashing an id;
 *   <li>for documents, an inverted list by outlet; for speakers, by each word of their names;
 *   <li>for statements, sorted 32-bit hashes of their normalized text and of each pair of
 *       adjacent words, from {@link dev.claimtrail.text.QuoteFingerprint}, with packed lists of the
 *       statements carrying each, for who-said lookups that find variants, and one int per
 *       statement holding its pair counts, so that a lookup counts the pairs each statement shares
 *       with the quote and drops, unread, those that share too few to be any variant (these are
 *       built by a segment's first variant lookup, as few uses make one, unless read from a
 *       snapshot); and a tagged table of ordinals by their printed text ({@link String#hashCode()})
 *       for exact ones, whose attributions are then read off the list by statement at that ordinal,
 *       so an exact lookup never hashes an id.
 * </ul>
 *
 * <p>{@link dev.claimtrail.ledger.Ledger#toBuilder()} followed by {@code build()} validates and
 * indexes only the records added, puts them in a new segment and returns a new snapshot holding
 * the old segments plus the new one; the old snapshot is untouched and both share the old
 * segments. A record that replaces one of the same id marks the old one dead in the new snapshot
 * only (a short sorted list of ordinals per segment, copied on change). Then the newest segments
 * are merged while the older of the last two holds at most twice the records of the newer, so a
 * snapshot has O(log n) segments and every record is re-indexed O(log n) times over the growth of
 * a ledger; adding one record to a ledger of a million touches only the small newest segments.
 *
 * <p>Every index of a segment is arrays of ints, chars and bytes, so {@link
 * dev.claimtrail.ledger.IndexImage} writes them out as they are and reads them back in bulk: a
 * ledger saved as a snapshot opens with its indexes read, not built.
 *
 * <p>Lookups by id ask the segments from newest to oldest; index lookups read every segment, skip
 * dead ordinals and concatenate, which yields ledger order because segments are kept in order.
 * Nothing is written after construction, so readers need no locks.
 */
@NullMarked
package dev.claimtrail.ledger;

import org.jspecify.annotations.NullMarked;

/**
 * Article text to model: {@link dev.claimtrail.extract.Extractor} reads plain news text and what is
 * known of the document ({@link dev.claimtrail.extract.ArticleMetadata}) and returns a {@link
 * dev.claimtrail.ledger.Ledger} of the document, its statements (direct, partial and indirect
 * quotes), their speakers and their attributions, each with evidence spans into the text. {@link
 * dev.claimtrail.extract.BatchExtraction} extracts many articles into one ledger, going on past
 * those that fail and reporting each.
 *
 * <p>Extraction is rule-based and deterministic: a hand-written scanner finds words, quote marks
 * and sentences in one pass; lexicons shipped as resources under {@code dev/claimtrail/extract}
 * name the reporting verbs, titles, nationalities, capitals, role nouns, setting words and hedges.
 * Every step runs in time linear in the text, so hostile input cannot make it hang.
 */
@ValueStyle
package dev.claimtrail.extract;

import dev.claimtrail.internal.ValueStyle;

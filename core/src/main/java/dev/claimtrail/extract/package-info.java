/**
 * Article text to model: {@link dev.claimtrail.extract.Extractor} reads plain news text and what is
 * known of the document ({@link dev.claimtrail.extract.ArticleMetadata}) and returns a {@link
 * dev.claimtrail.ledger.Ledger} of the document, its statements (direct, partial and indirect
 * quotes), their speakers and their attributions, each with evidence spans into the text. {@link
 * dev.claimtrail.extract.BatchExtraction} extracts many articles into one ledger, going on past
 * those that fail and reporting each.
 *
 * <p>Extraction is rule-based and deterministic: a hand-written scanner finds words, quote marks
 * and sentences in one pass; every quote is a candidate that quote sieves, in the order {@code
 * quote-sieves.tsv} gives, attribute one after another, each recording its name as the
 * attribution's provenance rule and its measured precision as the confidence; reporting clauses
 * without quote marks give indirect statements. Lexicons shipped as resources under {@code
 * dev/claimtrail/extract} name the reporting verbs, titles, nationalities, capitals, role nouns,
 * setting words, hedges and the closed word classes the rules test. Every step runs in time
 * linear in the text, so hostile input cannot make it hang; {@code docs/extraction.md} describes
 * the pipeline and what each sieve is worth on annotated news.
 */
@ValueStyle
@NullMarked
package dev.claimtrail.extract;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

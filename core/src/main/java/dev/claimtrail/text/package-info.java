/**
 * Quote text as structure: verbatim segments, editorial insertions ("[the]") and elisions ("…"),
 * and the normalized form that variants of one quote share across outlets. {@link
 * dev.claimtrail.text.QuoteFingerprint} gives the hashes an index keeps of a quote, and how many
 * word pairs any variant must share with it; {@link dev.claimtrail.text.QuoteMatcher} decides
 * whether a quote is a variant of a searched text, and how closely. Text of ASCII and common
 * typography (curly quotes, dashes, ellipses) is normalized without compatibility folding, which
 * could change none of its words.
 *
 * <p>A leaf package: it depends on nothing else of claimtrail, so the model and every other package
 * may use it.
 */
@ValueStyle
@NullMarked
package dev.claimtrail.text;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Quote text as structure: verbatim segments, editorial insertions ("[the]") and elisions ("…"),
 * and the normalized form that variants of one quote share across outlets.
 *
 * <p>A leaf package: it depends on nothing else of claimtrail, so the model and every other package
 * may use it.
 */
@ValueStyle
package dev.claimtrail.text;

import dev.claimtrail.internal.ValueStyle;

/**
 * What the importers of third-party data share: {@link dev.claimtrail.io.imports.ImportOptions}
 * (fail on the first bad record, or skip it and report it), the {@link
 * dev.claimtrail.io.imports.ImportResult} of a bulk import with its counts, the {@link
 * dev.claimtrail.io.imports.ImportLog} that keeps those counts and writes the report, and {@link
 * dev.claimtrail.io.imports.WebOutlets}, which names the outlet of a web address. The importers
 * themselves live in {@code dev.claimtrail.io.quotebank} and {@code dev.claimtrail.io.claimreview}.
 */
@ValueStyle
@NullMarked
package dev.claimtrail.io.imports;

import dev.claimtrail.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;

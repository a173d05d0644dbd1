/**
 * The importer of schema.org {@code ClaimReview} JSON-LD, {@link
 * dev.claimtrail.io.claimreview.ClaimReviews}: fact-checkers' reviews of claims, the claims'
 * authors, and the works the claims appear in.
 */
@NullMarked
package dev.claimtrail.io.claimreview;

import org.jspecify.annotations.NullMarked;

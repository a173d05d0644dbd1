package dev.claimtrail.extract;

/**
 * What a {@link QuoteSieve} decides about a quote: the reporting clause that attributes it, or the
 * statement whose speaker and occasion it continues.
 */
sealed interface Decision permits Frame, Continuation, Unattributed {}

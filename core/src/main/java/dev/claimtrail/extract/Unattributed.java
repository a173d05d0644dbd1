package dev.claimtrail.extract;

/**
 * A quote that reads as speech but whose speaker no sieve could tell: it is kept under an unknown
 * speaker, with a low confidence, rather than lost.
 */
record Unattributed() implements Decision {}

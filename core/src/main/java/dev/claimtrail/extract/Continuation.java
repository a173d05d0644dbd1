package dev.claimtrail.extract;

/** A quote that goes on with the speaker, occasion and time of an earlier statement. */
record Continuation(Finding previous) implements Decision {}

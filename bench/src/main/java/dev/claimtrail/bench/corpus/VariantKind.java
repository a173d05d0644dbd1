package dev.claimtrail.bench.corpus;

/** The ways outlets print the same words differently, as the generator makes them. */
public enum VariantKind {
  /** An editor's word in square brackets: "[the]". */
  INSERTION,
  /** Words left out, marked "…", "..." or "[…]". */
  ELISION,
  /** Words cut from the start or the end. */
  TRUNCATION,
  /** Curly apostrophes and quote marks, other dashes, other case of the first letter. */
  TYPOGRAPHY
}

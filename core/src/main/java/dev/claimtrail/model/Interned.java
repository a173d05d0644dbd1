package dev.claimtrail.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * Canonical instances of the small values that many records repeat: partial dates, times said,
 * provenance. A ledger of millions of attributions holds a few thousand distinct dates; sharing
 * one instance of each keeps the rest off the heap. The instances are held weakly, so values no
 * record uses any more are collected. Thread-safe.
 */
final class Interned {
  private static final Interner<Object> VALUES = Interners.newWeakInterner();

  private Interned() {}

  /** The canonical instance equal to {@code value}. */
  @SuppressWarnings("unchecked")
  static <T> T of(T value) {
    return (T) VALUES.intern(value);
  }
}

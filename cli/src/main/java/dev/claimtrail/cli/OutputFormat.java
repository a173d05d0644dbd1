package dev.claimtrail.cli;

/** How a command prints its results on standard output. */
enum OutputFormat {
  /** An aligned table for people. */
  TABLE,
  /** One JSON document. */
  JSON,
  /** One JSON object per line. */
  JSONL,
  /** Comma-separated values with a header line (RFC 4180). */
  CSV
}

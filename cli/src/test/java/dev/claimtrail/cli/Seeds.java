package dev.claimtrail.cli;

import java.nio.file.Path;

/** The seed files of the project, as the tests of this module find them. */
final class Seeds {
  private Seeds() {}

  private static final Path DIRECTORY = Path.of("..", "seeds");

  /** The seed article's text. */
  static final Path ARTICLE = DIRECTORY.resolve("000_3345cdc3c9b6cfd0.txt");

  /** The curated ledger of the seed article. */
  static final Path LEDGER = DIRECTORY.resolve("000_3345cdc3c9b6cfd0.ledger.json");

  /** The id of the seed article's document in the curated ledger. */
  static final String DOCUMENT = "seed-3345cdc3c9b6cfd0";
}

package dev.claimtrail.io.quotebank;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One line of Quotebank's quotation-centric file, as read and checked by {@link LineParser}: every
 * required field present and every value of the right shape.
 */
record QuotebankLine(
    String quoteId,
    String quotation,
    String speaker,
    List<String> qids,
    LocalDateTime date,
    OptionalLong numOccurrences,
    List<Candidate> probas,
    List<String> urls,
    Optional<String> phase) {

  /** The name Quotebank gives the speaker when it found none. */
  static final String NO_SPEAKER = "None";

  /** A speaker Quotebank considered for the quotation, with its probability when given. */
  record Candidate(String name, OptionalDouble probability) {}
}

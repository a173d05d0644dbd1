package dev.claimtrail.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one article as the stages add them, indexed by the quote they attribute and by
 * the token of their cue, so that a later stage leaves alone what an earlier one decided.
 */
final class FindingBoard {
  final List<Finding> findings = new ArrayList<>();
  /** The finding of each quote, by the quote's index; null where none has one yet. */
  final Finding[] byQuote;
  /** The finding whose reporting verb stands at a token, by that token. */
  final Map<Integer, Finding> byCue = new HashMap<>();
  /** Speakers said to echo someone without words of their own, by the sentence that says so. */
  final Map<Integer, Entity> echoes = new HashMap<>();
  private final Quotes.Found quotes;

  FindingBoard(Quotes.Found quotes) {
    this.quotes = quotes;
    this.byQuote = new Finding[quotes.all().size()];
  }

  /** Whether token {@code k} lies inside a quote that has a speaker; scare quotes have none. */
  boolean attributedQuoteAt(int k) {
    int q = quotes.quoteAt(k);
    return q >= 0 && byQuote[q] != null && byQuote[q].speaker != null;
  }
}

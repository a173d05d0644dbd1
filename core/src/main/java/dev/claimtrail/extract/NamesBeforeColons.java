package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * The name that opens a line or a sentence and ends at a colon, as headlines, roundups and
 * transcripts print who speaks ({@code Smith: ...}, {@code Continued Smith: ...}), past the page's
 * own words before it; a name and an outlet after a comma ({@code Smith, Fox News: ...}) give the
 * name.
 */
final class NamesBeforeColons extends ArticleRules {
  NamesBeforeColons(Article article) {
    super(article);
  }

  /**
   * The name that runs from token {@code lo} to the colon at {@code colon}, as a frame without a
   * reporting verb; null when the words there are no name, or a pronoun.
   */
  @Nullable Frame nameBeforeColon(int lo, int colon) {
    int from = lo;
    while (from < colon - 1 && lex.layoutWords.contains(t.lower(from))) {
      from++;
    }
    int start = entities.phraseStartBefore(colon - 1, from);
    int end = colon;
    if (start > from && t.isPunct(start - 1, ',')) {
      end = start - 1;
      start = entities.phraseStartBefore(end - 1, from);
    }
    if (start != from) {
      return null;
    }
    Entities.Resolved r = entities.resolve(start, end);
    return r == null || r.pronoun() ? null : new Frame(r, -1, null, from, end, false, 0);
  }
}

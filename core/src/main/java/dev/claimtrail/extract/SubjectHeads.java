package dev.claimtrail.extract;

import org.jspecify.annotations.Nullable;

/**
 * The head of a subject whose last words modify it: "Ana Ruiz, a fellow at the Center for Trade,
 * said", "Voters in Iowa who watched the debate said", "Sen. Ana Ruiz, facing a challenge in Iowa,
 * said". The name right before the verb then stands in a prepositional phrase or a relative clause
 * and speaks no words of its own; the phrase that opens the clause does.
 */
final class SubjectHeads extends ArticleRules {
  /** Farthest back from the verb a head may open. */
  private static final int MAX_SUBJECT_TOKENS = 45;

  SubjectHeads(Article article) {
    super(article);
  }

  /**
   * The phrase that opens the clause of the verb at {@code c} and that the phrase starting at
   * {@code inner} modifies, when {@code inner} is the object of a preposition or of a verb in a
   * relative clause; null when {@code inner} is not so embedded or no head opens the clause.
   */
  Entities.@Nullable Resolved headOver(int inner, int c, int lo) {
    int s = clauseStart(c, lo, MAX_SUBJECT_TOKENS);
    if (s < 0 || s >= inner || !embedded(inner, s)) {
      return null;
    }
    int end = entities.phraseEndAfter(s, inner);
    if (end > s && end < inner && linksModifier(end)) {
      Entities.Resolved r = entities.resolve(s, end);
      return r == null || r.pronoun() ? null : r;
    }
    for (int b = s + 1; b < inner; b++) {
      if (linksModifier(b)) {
        Entities.Resolved r = entities.modifiedGroup(s, b);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * Whether the phrase at {@code inner} is the object of a preposition ("at the Center for Trade"),
   * of a participle ("delegates supporting Ruiz") or of a verb after "who", "which" or "that" ("who
   * watched the debate") within the clause that opens at {@code s}.
   */
  private boolean embedded(int inner, int s) {
    int k = inner;
    // the first of two names joined by "and": "of Leeds and York"
    if (t.is(k - 1, "and") && k - 2 > s && entities.runStart(k - 2) > s) {
      k = entities.runStart(k - 2);
    }
    if (Entities.isDeterminer(t.lower(k - 1)) && k - 1 > s) {
      k--;
    }
    if (followsPreposition(k) || k - 1 > s && participle(k - 1)) {
      return true;
    }
    for (int r = k - 1; r > s && k - r <= 4; r--) {
      if (isRelative(r)) {
        return true;
      }
      if (!t.isWord(r)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code k}, right after a head, opens a modifier of it: a comma or a
   * parenthesis of an aside, a preposition, a relative pronoun or a participle.
   */
  private boolean linksModifier(int k) {
    String w = t.lower(k);
    return t.isPunct(k, ',') || t.isPunct(k, '(') || lex.prepositions.contains(w) || isRelative(k)
        || participle(k);
  }

  /** Whether token {@code k} is a lower-case word in "-ing" or "-ed" ("supporting", "conducted"). */
  private boolean participle(int k) {
    String w = t.lower(k);
    return t.isWord(k) && !t.isCapitalized(k) && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
  }

  private boolean isRelative(int k) {
    return t.is(k, "who") || t.is(k, "which") || t.is(k, "that") || t.is(k, "whose");
  }
}

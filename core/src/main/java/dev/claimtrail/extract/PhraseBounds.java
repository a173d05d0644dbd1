package dev.claimtrail.extract;

/**
 * Where a speaker phrase begins before a reporting verb or ends after one. A speaker phrase is a
 * pronoun, a name run with a "the" before it, a description headed by a role noun ("the
 * state-owned news outlet"), an unnamed source tied to whom it is close to ("staff members close to
 * the minister", "people familiar with the matter"), or one of these followed by a clause saying
 * the source is unnamed ("who asked not to be named").
 */
final class PhraseBounds {
  private final Tokens t;
  private final Lexicon lex;
  private final EntityIndex index;

  PhraseBounds(Tokens t, Lexicon lex, EntityIndex index) {
    this.t = t;
    this.lex = lex;
    this.index = index;
  }

  /**
   * The start of the speaker phrase that ends with token {@code j}, at or after {@code lo}, or -1
   * when no speaker phrase ends there.
   */
  int phraseStartBefore(int j, int lo) {
    if (j < lo || !t.isWord(j)) {
      return -1;
    }
    int a;
    String w = t.lower(j);
    if (lex.pronouns.containsKey(w)) {
      return j;
    }
    Lexicon.Phrase<String> anonymity = Lexicon.phraseEndingAt(t, j, lex.anonymityByLastWord);
    if (anonymity != null) {
      int head = j - anonymity.words().length;
      return head > lo && lex.isRoleNoun(t.lower(head)) ? phraseStartBefore(head, lo) : -1;
    }
    if (index.runStart(j) >= 0 && index.runEnd(j) == j + 1) {
      a = Math.max(lo, index.runStart(j));
      if (t.is(a - 1, "the") && a - 1 >= lo) {
        a--;
      }
      if (t.is(a - 1, "of") && a - 2 >= lo && index.runStart(a - 2) >= lo && index.isPersonRun(a - 2)) {
        return index.runStart(a - 2);
      }
      a = descriptionBeforeLink(a, lo);
      return a;
    }
    if (lex.isRoleNoun(w) && !t.isPossessive(j)) {
      a = descriptionStart(j, lo);
      return descriptionBeforeLink(a, lo);
    }
    int object = plainObjectStart(j, lo);
    a = object < 0 ? -1 : descriptionBeforeLink(object, lo);
    return a < object ? a : -1;
  }

  /**
   * The start of "the matter" ending at token {@code j}: "the" and up to three words of lower case
   * that are no function words, as in "people familiar with the matter"; -1 otherwise.
   */
  private int plainObjectStart(int j, int lo) {
    for (int k = j; k >= lo && j - k < 3 && t.isWord(k) && !t.isCapitalized(k) && !t.isPossessive(k)
        && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null && !lex.isAuxiliary(t.lower(k)); k--) {
      if (t.is(k - 1, "the") && k - 1 >= lo) {
        return k - 1;
      }
    }
    return -1;
  }

  /** The start of "the state-owned news outlet" given its head noun at {@code head}. */
  private int descriptionStart(int head, int lo) {
    int a = head;
    for (int k = head - 1; k >= lo && head - k <= 6; k--) {
      String w = t.lower(k);
      if (!t.isWord(k) || lex.cueAt(t, k) != null) {
        break;
      }
      if (lex.isDeterminer(w)) {
        a = k;
        break;
      }
      if (lex.functionWords.contains(w) || lex.isAuxiliary(w)) {
        break;
      }
      a = k;
    }
    return a;
  }

  /** Extends a phrase starting at {@code a} back over "staff members close to". */
  private int descriptionBeforeLink(int a, int lo) {
    for (String[] link : lex.anonymousLinks) {
      int linkStart = a - link.length;
      if (linkStart - 1 >= lo && Lexicon.matches(t, linkStart, link) && t.isWord(linkStart - 1)
          && lex.isRoleNoun(t.lower(linkStart - 1))) {
        return descriptionStart(linkStart - 1, lo);
      }
    }
    return a;
  }

  /** The end (exclusive) of the speaker phrase starting at token {@code a}, or -1. */
  int phraseEndAfter(int a, int hi) {
    if (a >= hi || !t.isWord(a)) {
      return -1;
    }
    String w = t.lower(a);
    if (lex.pronouns.containsKey(w)) {
      return a + 1;
    }
    int k = a;
    if (lex.isDeterminer(w)) {
      k++;
    }
    int end = -1;
    while (k < hi && k - a <= 12) {
      if (index.runStart(k) >= 0) {
        k = index.runEnd(k);
        end = k;
        if (t.isPossessive(k - 1)) {
          return -1;
        }
      } else if (t.isWord(k) && lex.isRoleNoun(t.lower(k)) && !t.isPossessive(k)) {
        k++;
        end = k;
      } else if (t.isWord(k) && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null
          && !lex.isAuxiliary(t.lower(k)) && end < 0) {
        k++;
      } else {
        break;
      }
      String[] link = lex.anonymousLinkAt(t, k);
      if (link != null && end == k && k + link.length < hi) {
        int inner = phraseEndAfter(k + link.length, hi);
        if (inner < 0) {
          inner = plainObjectEnd(k + link.length, hi);
        }
        if (inner > 0) {
          return inner;
        }
      }
      int named = nameAfterModifiers(k, hi);
      if (end == k && named > k) {
        k = named;
        continue;
      }
      if (end == k && (k >= hi || !t.isWord(k) || index.runStart(k) < 0 && !lex.isRoleNoun(t.lower(k)))) {
        break;
      }
    }
    Lexicon.Phrase<String> anonymity = end > a && lex.isRoleNoun(t.lower(end - 1))
        ? Lexicon.phraseStartingAt(t, end, lex.anonymityByFirstWord) : null;
    return anonymity != null && end + anonymity.words().length <= hi ? end + anonymity.words().length : end;
  }

  /**
   * The first token of a person's name that follows up to three words of lower case after a name
   * ending before {@code k}, as in "Harbor Party strategist Ana Roe"; -1 when none follows.
   */
  private int nameAfterModifiers(int k, int hi) {
    int m = k;
    while (m < hi && m - k < 3 && t.isWord(m) && !t.isCapitalized(m) && !lex.functionWords.contains(t.lower(m))
        && !lex.isDeterminer(t.lower(m)) && lex.cueAt(t, m) == null && !lex.isAuxiliary(t.lower(m))) {
      m++;
    }
    return m > k && m < hi && index.runStart(m) == m && index.runEnd(m) <= hi && index.isPersonRun(index.runEnd(m) - 1)
        ? m : -1;
  }

  /**
   * The end of a short definite object such as "the matter" or "the negotiations" starting at
   * {@code a}, as unnamed sources are "familiar with" it; -1 when none ends before punctuation.
   */
  private int plainObjectEnd(int a, int hi) {
    if (!t.is(a, "the")) {
      return -1;
    }
    int k = a + 1;
    while (k < hi && k - a <= 3 && t.isWord(k) && !t.isCapitalized(k)
        && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null
        && !lex.isAuxiliary(t.lower(k))) {
      k++;
    }
    return k > a + 1 && (k >= hi || !t.isWord(k) || lex.cueAt(t, k) != null || lex.isAuxiliary(t.lower(k)))
        ? k : -1;
  }
}

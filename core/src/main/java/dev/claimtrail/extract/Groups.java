package dev.claimtrail.extract;

import dev.claimtrail.model.Speaker;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Plural subjects that speak as one group: "Workers at the Ashford plant said", "farm groups who
 * say", "Patients interviewed by the paper said". Each group is an entity of its own, keyed by its
 * words, and "They" opening the next sentence refers back to it.
 */
final class Groups {
  /** Most words of a relative clause or participle phrase that modifies a group. */
  private static final int MAX_MODIFIER_WORDS = 12;
  private final Tokens t;
  private final Lexicon lex;
  private final Quotes.Found quotes;
  private final Sentences sentences;
  private final EntityIndex index;

  Groups(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences, EntityIndex index) {
    this.t = t;
    this.lex = lex;
    this.quotes = quotes;
    this.sentences = sentences;
    this.index = index;
  }

  /**
   * The group that "They" at token {@code at} stands for when it opens a sentence: the plural
   * subject of the sentence before ("Water managers in the valley were cautious. They said …");
   * null when that sentence opens otherwise.
   */
  @Nullable Entity groupBefore(int at) {
    int s = sentences.of(at);
    if (s == 0 || sentences.start(s) != at) {
      return null;
    }
    int from = sentences.start(s - 1);
    int end = groupEnd(from, at);
    return end < 0 ? null : group(from, end).entity();
  }

  /**
   * A plural subject that opens a sentence at {@code from} and ends at {@code to}, before its verb:
   * "Workers at the Ashford plant" said; null when {@code [from, to)} is none.
   */
  Entities.@Nullable Resolved groupSubject(int from, int to) {
    return isGroupSubject(from, to) ? group(from, to) : null;
  }

  /**
   * The group named by the plural noun phrase {@code [from, to)} that a modifier follows ("the
   * cities" of "the cities of Leeds and York"; "Legislative leaders" of "Legislative leaders in
   * Ohio"): an optional "the" and up to five words, the last a plural noun; null otherwise.
   */
  Entities.@Nullable Resolved modifiedGroup(int from, int to) {
    int k = t.is(from, "the") ? from + 1 : from;
    if (k >= to || to - k > 5 || !isPluralNoun(to - 1)) {
      return null;
    }
    for (; k < to; k++) {
      if (!t.isWord(k) || quotes.inside(k) || lex.functionWords.contains(t.lower(k)) && !joinsModifiers(k, from)
          || lex.isAuxiliary(t.lower(k)) || lex.cueAt(t, k) != null) {
        return null;
      }
    }
    return group(from, to);
  }

  /** Whether {@code [from, to)} is a plural subject that opens a sentence, as {@link #groupSubject} reads it. */
  boolean isGroupSubject(int from, int to) {
    return from < to && groupEnd(from, to) == to;
  }

  /**
   * The start of a plural noun of common words that ends at {@code head} ("farm groups" in "with
   * farm groups who say"; a verb in "-ing" before it is no part of it), at or after {@code lo}; -1
   * when {@code head} is no plural noun.
   */
  int pluralNounStart(int head, int lo) {
    if (!t.isWord(head) || t.isCapitalized(head) || !isPluralNoun(head)) {
      return -1;
    }
    int a = head;
    while (a - 1 >= lo && head - a < 2 && t.isWord(a - 1) && !t.isCapitalized(a - 1) && !t.isPossessive(a - 1)
        && !lex.functionWords.contains(t.lower(a - 1)) && !lex.isDeterminer(t.lower(a - 1))
        && !lex.isAuxiliary(t.lower(a - 1)) && lex.cueAt(t, a - 1) == null && !t.lower(a - 1).endsWith("ing")) {
      a--;
    }
    return a;
  }

  /** The group named by the words {@code [from, to)}, made one if it is new. */
  Entities.Resolved group(int from, int to) {
    String mention = t.words(from, to - 1);
    String key = "~" + mention.toLowerCase(Locale.ROOT);
    Entity e = index.known(key);
    if (e == null) {
      e = new Entity(index.nextOrder(), Speaker.Kind.GROUP, mention);
      index.register(e, key);
      index.addMention(to - 1, e);
    }
    return new Entities.Resolved(e, mention, false);
  }

  /**
   * The end of a plural noun phrase starting at {@code from}, with one prepositional modifier
   * ("Billing clerks at the hospital") or participle with its agent ("Patients interviewed by the
   * paper"), when an auxiliary or a reporting verb follows it, at {@code limit} at the latest; -1
   * otherwise. Names of people are not groups, so the head must be a common noun.
   */
  private int groupEnd(int from, int limit) {
    int k = from;
    if (t.is(k, "the")) {
      k++;
    }
    int head = -1;
    while (k < limit && k - from < 5 && t.isWord(k) && !quotes.inside(k)
        && (!lex.functionWords.contains(t.lower(k)) || joinsModifiers(k, from))
        && !lex.isAuxiliary(t.lower(k)) && lex.cueAt(t, k) == null && !participleWithAgent(k)
        && !(head >= 0 && opensModifier(k))) {
      head = k++;
    }
    if (head < 0 || !isPluralNoun(head) || head > from && index.runStart(head) >= 0 && index.runStart(head) != from) {
      return -1;
    }
    boolean byAgent = participleWithAgent(k);
    if (Lexicon.isOneOf(t, k, lex.groupPrepositions) || byAgent) {
      int m = byAgent ? k + 2 : k + 1;
      while (m < limit && m - k < 7 && t.isWord(m) && !lex.isAuxiliary(t.lower(m)) && lex.cueAt(t, m) == null) {
        m++;
      }
      k = m > k + 1 ? m : -1;
    }
    if (k > 0 && k < limit && opensModifier(k) && wordsOnly(k, limit)) {
      k = limit;
    }
    return k > 0 && k <= limit && (lex.isAuxiliary(t.lower(k)) || lex.cueAt(t, k) != null) ? k : -1;
  }

  /**
   * Whether "and" or "or" at {@code k} joins two words before the head of a plural noun phrase
   * that starts at {@code from} ("Current and former officials", "Democrats and Republicans").
   */
  private boolean joinsModifiers(int k, int from) {
    return k > from && (t.is(k, "and") || t.is(k, "or")) && t.isWord(k + 1)
        && !lex.functionWords.contains(t.lower(k + 1));
  }

  /**
   * Whether token {@code k}, after the head of a plural noun phrase, opens a clause or phrase that
   * modifies it: "who spoke with reporters", "that oppose the bill", "briefed on the move",
   * "clamoring to block the nomination"; a form in "-ed" before an object is a finite verb.
   */
  private boolean opensModifier(int k) {
    String w = t.lower(k);
    if (t.is(k, "who") || t.is(k, "that")) {
      return true;
    }
    if (!t.isWord(k) || t.isCapitalized(k) || w.length() <= 4 || lex.isAuxiliary(w) || lex.cueAt(t, k) != null) {
      return false;
    }
    // a form in "-ed" is a participle only before its preposition: "briefed on", not "declined to"
    return w.endsWith("ing") && !w.endsWith("thing")
        || w.endsWith("ed") && lex.prepositions.contains(t.lower(k + 1)) && !t.is(k + 1, "to");
  }

  /** Whether {@code [from, to)} holds only words and numbers, outside quotes, and not too many. */
  private boolean wordsOnly(int from, int to) {
    if (to - from > MAX_MODIFIER_WORDS) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER || quotes.inside(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} is a past participle followed by its agent: "interviewed by". */
  boolean participleWithAgent(int i) {
    return t.isWord(i) && t.lower(i).endsWith("ed") && t.is(i + 1, "by");
  }

  private boolean isPluralNoun(int i) {
    String w = t.lower(i);
    if (t.isCapitalized(i) && i != sentences.start(sentences.of(i))) {
      return false;
    }
    return lex.roleNouns.get(w) == Lexicon.RoleKind.ANONYMOUS
        || lex.looksPlural(w);
  }
}

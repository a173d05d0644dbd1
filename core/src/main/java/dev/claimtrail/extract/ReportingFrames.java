package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.extract.WordClasses.WordClass;

import dev.claimtrail.model.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Finds reporting clauses around a quote or a clause: the speaker phrase and the reporting verb
 * after it ({@code "...," he said}, {@code "...," said the minister}) or before it ({@code X told
 * Y: "..."}), with the speaker described between commas ({@code ..., Ana Ruiz, the port's
 * director, said}), a group named after what it said ({@code ..., currency traders said}), a
 * participle governed by the clause before it ({@code ..., adding that}), a verb joined by "and"
 * or "but" ({@code The bank held rates but said}), {@code according to X}, and a name before or
 * after a colon. Passive verbs ("was told") do not report.
 */
final class ReportingFrames extends ArticleRules {
  private static final int MAX_CUE_DISTANCE = 40;
  /** Most tokens of an aside between a speaker and the verb ("X, speaking on condition of ..., said"). */
  static final int MAX_ASIDE = 30;
  /** Most words of a group that speaks named right after a comma ("..., currency traders said"). */
  private static final int MAX_GROUP_WORDS = 6;
  /** Farthest a verb that attributes only the quote it governs ("called") may stand from it. */
  private static final int MAX_QUOTE_ONLY_DISTANCE = 8;

  private final FindingBoard board;
  private final SubjectHeads heads;
  private final LeadingNames leadingNames;

  ReportingFrames(Article article, FindingBoard board) {
    super(article);
    this.board = board;
    this.heads = new SubjectHeads(article);
    this.leadingNames = new LeadingNames(article);
  }

  /**
   * The comma that closes a description set off by commas after a name, the first of them at
   * {@code comma} ("Huw Pill, the bank's chief economist,"), or -1 when there is none: a few words
   * without a quote, a reporting verb or the end of a sentence among them.
   */
  int appositiveEnd(int comma, int hi) {
    if (!t.isPunct(comma, ',')) {
      return -1;
    }
    for (int k = comma + 1; k < hi && k - comma <= StatementContext.MAX_SETTING; k++) {
      if (t.isPunct(k, ',')) {
        return k > comma + 1 ? k : -1;
      }
      if (t.kind(k) == Tokens.QUOTE || Sentences.endsSentence(t, k) || lex.cueAt(t, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /** The reporting clause whose cue is the nearest one at or before token {@code last}. */
  @Nullable Frame frameBefore(int last, int lo) {
    for (int c = last; c >= lo && last - c < MAX_CUE_DISTANCE; c--) {
      if (quotes.inside(c)) {
        return null;
      }
      Lexicon.Cue cue = lex.cueAt(t, c);
      if (cue == null || !acceptCue(c, cue) || cue.quoteOnly() && last - c > MAX_QUOTE_ONLY_DISTANCE) {
        continue;
      }
      Frame f = subjectBefore(c, cue, lo);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  boolean acceptCue(int c, Lexicon.Cue cue) {
    if (coordinated(c, cue)) {
      return true;
    }
    if (cue.participle()) {
      return t.isPunct(c - 1, ',') || t.is(c - 1, "as") || presented(c) != null || progressive(c);
    }
    int next = c + cue.words().length;
    if (cue.stance() == Stance.ASKS && (t.is(next, "not") || t.is(next, "to") || t.is(next, "for"))) {
      return false;
    }
    int prev = c - 1;
    while (prev >= 0 && isAdverb(prev)) {
      prev--;
    }
    String before = t.lower(prev);
    if (Entities.isDeterminer(before) && !quantityAlone(prev) || t.isPossessive(prev)) {
      return false;
    }
    if (!cue.baseForm() && lex.beForms.contains(before) && t.lower(c).endsWith("d")) {
      return false;
    }
    return !cue.baseForm() || words.is(WordClass.MODAL, before) || pluralSubjectBefore(prev);
  }

  /**
   * Whether token {@code i} ends a plural subject, so that a base-form cue after it is the present
   * tense ("critics say", "Officials say", "farm groups who say", "they warn", "Ana Ruiz and Tom
   * Reyes say", "Voters in Iowa say", "those surveyed say"); not in a headline, whose verbs are all in the present.
   */
  private boolean pluralSubjectBefore(int i) {
    if (i < 0) {
      return false;
    }
    int last = sentences.end(sentences.of(i)) - 1;
    if (!Sentences.endsSentence(t, last) && !(t.kind(last) == Tokens.QUOTE && Sentences.endsSentence(t, last - 1))) {
      return false;
    }
    String w = t.lower(i);
    return w.equals("who") || w.equals("they") || t.is(i - 1, "those") || coordinatedNames(i) || share(i)
        || t.isWord(i) && (!t.isCapitalized(i) || i == sentenceStartOf(i) || !entities.isPersonRun(i))
        && lex.looksPlural(w) && !Entities.isAuxiliary(w)
        || entities.isGroupSubject(sentenceStartOf(i), i + 1);
  }

  /**
   * Whether token {@code i} ends a share of people, which takes a plural verb: "36 percent", "42%",
   * "six in 10", "most".
   */
  private boolean share(int i) {
    return i > 0 && t.is(i, "percent") && t.kind(i - 1) == Tokens.NUMBER || t.isShareNumber(i)
        || words.is(WordClass.QUANTITY, t.lower(i)) && !t.is(i, "one");
  }

  /** Whether token {@code i} ends the second of two names joined by "and" ("Ana Ruiz and Tom Reyes"). */
  private boolean coordinatedNames(int i) {
    int start = entities.runStart(i);
    return start > 1 && t.is(start - 1, "and") && entities.runStart(start - 2) >= 0;
  }

  /**
   * Whether the participle at {@code c} follows a form of "be", adverbs aside, so that it is the
   * verb of its own clause: "Ruiz is describing as", "he was telling reporters".
   */
  private boolean progressive(int c) {
    int k = c - 1;
    while (k >= 0 && isAdverb(k)) {
      k--;
    }
    return k >= 0 && lex.beForms.contains(t.lower(k));
  }

  /** Whether the cue at {@code c} is a finite verb joined by "and" or "but" to the clause before it. */
  boolean coordinated(int c, Lexicon.Cue cue) {
    return (t.is(c - 1, "and") || t.is(c - 1, "but")) && !cue.baseForm() && !cue.participle();
  }

  /** The speaker phrase before cue {@code c}, skipping auxiliaries, adverbs and times. */
  @Nullable Frame subjectBefore(int c, Lexicon.Cue cue, int lo) {
    Entities.Resolved shown = cue.participle() ? presented(c) : null;
    if (shown != null) {
      Lexicon.Cue asserts = t.is(c + 1, "why") || t.is(c + 1, "how")
          ? new Lexicon.Cue(cue.words(), Stance.ASSERTS, false, false, true, false) : cue;
      return new Frame(shown, c, asserts, c - 1, c + cue.words().length, false, confidence(shown) - 0.1);
    }
    if (cue.participle() && !progressive(c)) {
      return t.is(c - 1, "as") ? quotedAs(c, cue, lo) : governed(c, cue, lo);
    }
    if (coordinated(c, cue)) {
      return governed(c, cue, lo);
    }
    int j = c - 1;
    while (j >= lo && c - j < 10) {
      TimeExpressions.Expression time = times.at(j);
      if (time != null && time.end() == j + 1) {
        j = time.phraseStart() - 1;
      } else if (t.isWord(j) && (Entities.isAuxiliary(t.lower(j)) || isAdverb(j))) {
        j--;
      } else {
        break;
      }
    }
    if (j < lo) {
      return null;
    }
    if (t.is(j, "who") || t.is(j, "which") || t.is(j, "that")) {
      int k = j - 1;
      if (k >= lo && (t.isPunct(k, ',') || t.isPunct(k, '–') || t.isPunct(k, '—'))) {
        k--;
      }
      if (t.is(j, "that") && k == j - 1) {
        return null;
      }
      int start = entities.phraseStartBefore(k, lo);
      Entities.Resolved r = start < 0 ? null : entities.resolve(start, k + 1);
      if (r == null && t.is(j, "who")) {
        start = entities.pluralNounStart(k, lo);
        r = start < 0 ? null : entities.group(start, k + 1);
      }
      return r == null || r.pronoun() ? null : new Frame(r, c, cue, start, c + cue.words().length,
          false, confidence(r) - 0.05);
    }
    if (t.isPunct(j, ',')) {
      Frame tagged = taggedName(j, c, cue, lo);
      if (tagged != null) {
        return tagged;
      }
      int p = j - 1;
      while (p >= lo && j - p < MAX_ASIDE && !t.isPunct(p, ',')) {
        p--;
      }
      // a long aside must open like one: "speaking on condition of anonymity because ...", "who ...",
      // or a description: "a pollster who advises ...", "chair of the committee that ..."
      boolean aside = j - p < 10 || t.lower(p + 1).endsWith("ing") || t.is(p + 1, "who")
          || t.is(p + 1, "whose") || Entities.isDeterminer(t.lower(p + 1)) || lex.isRoleNoun(t.lower(p + 1))
          || verbless(p + 1, j);
      if (p > lo && t.isPunct(p, ',') && aside) {
        Frame named = appositiveName(p, j, c, cue, lo);
        if (named != null) {
          return named;
        }
        int tag = tagBefore(p - 1, lo);
        int end = tag >= 0 ? tag : p;
        int start = entities.phraseStartBefore(end - 1, lo);
        Entities.Resolved head = start < 0 ? null : heads.headOver(start, c, lo);
        if (head != null) {
          return new Frame(head, c, cue, head.from(), c + cue.words().length, false, confidence(head) - 0.05);
        }
        Entities.Resolved r = start < 0 ? null : entities.resolve(start, end);
        // a phrase that is itself set off by a comma describes the name opening the clause
        Frame leading = r == null || t.isPunct(start - 1, ',') ? leadingNames.before(j, c, cue, lo) : null;
        if (leading != null) {
          return leading;
        }
        if (r != null && !r.pronoun()) {
          return new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r) - 0.05);
        }
      }
      return leadingNames.before(j, c, cue, lo);
    }
    int inner = entities.phraseStartBefore(j, lo);
    int start = inner;
    Entities.Resolved r = inner < 0 || agentOfParticiple(inner) || followsPreposition(inner) ? null
        : entities.resolve(inner, j + 1);
    if (r == null) {
      start = Math.max(lo, sentenceStartOf(j));
      r = entities.groupSubject(start, j + 1);
    }
    Entities.Resolved head = inner >= 0 && (r == null || start == inner) ? heads.headOver(inner, c, lo) : null;
    if (head != null) {
      r = head;
      start = head.from();
    }
    if (r == null) {
      // "..., currency traders said", "After the vote, lawmakers said" or "..., but lawyers for the
      // city said": a group right after a comma
      start = j;
      while (start > lo && j - start < MAX_GROUP_WORDS && !t.isPunct(start - 1, ',')) {
        start--;
      }
      boolean afterComma = start > lo && t.isPunct(start - 1, ',');
      if (t.is(start, "but") || t.is(start, "and")) {
        start++;
      }
      r = afterComma ? entities.groupSubject(start, j + 1) : null;
    }
    return r == null ? leadingNames.before(j, c, cue, lo)
        : new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r));
  }

  /**
   * "Sen. Ana Ruiz (D-Ore.), said": the name that opens the sentence before a tag in parentheses
   * that the comma at {@code j}, right before the verb at {@code c}, follows; null when no name
   * stands there.
   */
  private @Nullable Frame taggedName(int j, int c, Lexicon.Cue cue, int lo) {
    int tag = tagBefore(j - 1, lo);
    int start = tag > lo ? entities.phraseStartBefore(tag - 1, lo) : -1;
    Entities.Resolved r = start < 0 || start != Math.max(lo, sentenceStartOf(j)) ? null : entities.resolve(start, tag);
    return r == null || r.pronoun() ? null
        : new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r) - 0.05);
  }

  /**
   * Whether the phrase at {@code start} is the agent of a participle before it ("Patients
   * interviewed by the Courier said"), so that the subject, not the agent, speaks.
   */
  private boolean agentOfParticiple(int start) {
    return !t.isCapitalized(start - 2) && entities.participleWithAgent(start - 2);
  }

  /**
   * "The company's chief executive, Laura Kim, said": a person's name set off by commas after a
   * description of their role speaks, with the whole subject as the mention. The name is the
   * tokens between the commas at {@code p} and {@code j}; the description runs from the start of
   * the sentence or the comma before it ("The port will close, its director, Ana Ruiz, said") and
   * holds a role or title word.
   */
  private @Nullable Frame appositiveName(int p, int j, int c, Lexicon.Cue cue, int lo) {
    int from = Math.max(lo, sentenceStartOf(p));
    for (int k = p - 1; k > from; k--) {
      if (t.isPunct(k, ',')) {
        from = k + 1;
        break;
      }
    }
    Entities.Resolved r = entities.appositiveName(from, p, j);
    return r == null ? null : new Frame(r, c, cue, from, c + cue.words().length, false, confidence(r) - 0.05);
  }

  /**
   * "Listen to X explaining why ...", "Watch X describing how ...": the speaker a recording
   * presents, named right before the participle at {@code c}; null otherwise.
   */
  private Entities.@Nullable Resolved presented(int c) {
    if (entities.mentionAt(c - 1) == null) {
      return null;
    }
    int lo = Math.max(0, c - ContextCarrying.MAX_SUBJECT_OFFSET);
    int start = entities.phraseStartBefore(c - 1, lo);
    if (start < 2 || !words.is(WordClass.PRESENTING, t.lower(start - 2)) || !t.is(start - 1, "to")
        && !words.is(WordClass.PRESENTING, t.lower(start - 1))) {
      return start >= 1 && words.is(WordClass.PRESENTING, t.lower(start - 1))
          ? entities.resolve(start, c) : null;
    }
    return entities.resolve(start, c);
  }

  /** "quoted X as saying": X speaks. */
  private @Nullable Frame quotedAs(int c, Lexicon.Cue cue, int lo) {
    int start = entities.phraseStartBefore(c - 2, lo);
    Entities.Resolved r = start < 0 ? null : entities.resolve(start, c - 1);
    return r == null ? null
        : new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r) - 0.05);
  }

  /**
   * ", adding that ...", ", saying ...": the participle speaks for the subject of the clause before
   * the comma, with that clause's stance when it board.echoes someone ("echoed X, noting that ...").
   */
  private @Nullable Frame governed(int c, Lexicon.Cue cue, int lo) {
    int from = Math.max(lo, sentenceStartOf(c));
    for (int k = c - 2; k >= from && c - k < MAX_CUE_DISTANCE; k--) {
      Finding governing = board.byCue.get(k);
      if (governing != null && governing.speaker != null) {
        Entities.Resolved r = new Entities.Resolved(governing.speaker, governing.mention, false);
        return participleFrame(c, cue, governing.stance, k, r, governing.confidence);
      }
      Lexicon.Cue main = quotes.inside(k) ? null : lex.cueAt(t, k);
      if (main != null && !main.participle() && acceptCue(k, main)) {
        Frame frame = subjectBefore(k, main, from);
        if (frame != null) {
          return participleFrame(c, cue, main.stance(), frame.start(), frame.speaker(), frame.confidence());
        }
      }
    }
    // "The bank kept rates unchanged but said ...": no report before, so the sentence's subject speaks
    int end = from == sentenceStartOf(c) ? entities.phraseEndAfter(from, c) : -1;
    Entities.Resolved subject = end > from ? entities.resolve(from, end) : null;
    return subject == null || subject.pronoun() || end >= c - 1 ? null
        : participleFrame(c, cue, Stance.SAYS, from, subject, confidence(subject) - 0.05);
  }

  private Frame participleFrame(int c, Lexicon.Cue cue, Stance governing, int start,
      Entities.Resolved speaker, double confidence) {
    Lexicon.Cue words = governing == Stance.ECHOES && cue.participle()
        ? new Lexicon.Cue(cue.words(), Stance.ECHOES, false, false, true, false) : cue;
    return new Frame(speaker, c, words, start, c + cue.words().length, false, confidence - 0.05);
  }

  /** "According to X, ..." or "..., according to X" within tokens {@code [lo, hi)}. */
  @Nullable Frame accordingTo(int lo, int hi) {
    for (int k = lo; k + 2 < hi; k++) {
      if (t.is(k, "according") && t.is(k + 1, "to") && !quotes.inside(k)) {
        int end = entities.phraseEndAfter(k + 2, hi);
        if (end > k + 2) {
          Entities.Resolved r = entities.resolve(k + 2, end);
          if (r != null) {
            return new Frame(r, k, ACCORDING_TO, k, end, false, confidence(r) - 0.05);
          }
        }
      }
    }
    return null;
  }

  /** "..., said the minister": a cue after a comma, its subject after it. */
  @Nullable Frame inverted(int c, Lexicon.Cue cue, int to) {
    int subject = c + cue.words().length;
    int end = entities.phraseEndAfter(subject, to);
    Entities.Resolved r = end > subject ? entities.resolve(subject, end) : null;
    return r == null || r.pronoun() ? null : new Frame(r, c, cue, c, end, true, confidence(r));
  }

  static final Lexicon.Cue ACCORDING_TO =
      new Lexicon.Cue(new String[] {"according", "to"}, Stance.SAYS, false, false, false, false);

  static double confidence(Entities.Resolved r) {
    if (r.pronoun()) {
      return 0.75;
    }
    return verifyNotNull(r.mention()).equalsIgnoreCase(r.entity().name) ? 0.9 : 0.85;
  }
}

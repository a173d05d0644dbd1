package dev.claimtrail.extract;

import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that turn quotes and reporting clauses into {@link Finding}s. A quote is attributed by
 * the reporting clause after it ({@code "...," he said}) or before it ({@code X told Y: "..."},
 * {@code X said that ... "..."}); a quote without one continues the speaker of the quote before it
 * when it opens a sentence, and is taken for scare quotes otherwise. Reporting clauses without
 * quote marks ({@code X urged both sides to ...}, {@code according to X, ...}) give indirect
 * statements. Reporting clauses inside a quote or inside another reported clause give
 * attributions known through the outer one. Settings and dates stated once for a speaker carry
 * over to that speaker's later statements that state none, as does the time of a sentence that
 * opens with the speaker and reports nothing ("X defended the plan on Thursday."); a statement
 * that names an occasion dated earlier ("at that rally", "before the vote") takes its date; an
 * echo without words ("X echoed those concerns.") makes X's statement in the next sentence an
 * echo. "According to figures published by X" makes X speak; passive verbs ("was told") do not
 * report. A speaker may be described between commas before the verb ("..., Ana Ruiz, the port's
 * director, said"), be a group or an unnamed source named after what it said ("..., currency
 * traders said", "..., people familiar with the matter said"), or be the subject of a sentence
 * whose reporting verb is joined by "and" or "but" to another ("The bank held rates but said").
 */
final class AttributionFinder {
  private static final int MAX_CUE_DISTANCE = 40;
  private static final int MAX_COMPLEMENT = 250;
  /** Most tokens of an aside between a speaker and the verb ("X, speaking on condition of ..., said"). */
  private static final int MAX_ASIDE = 30;
  /** Most words of a group that speaks named right after a comma ("..., currency traders said"). */
  private static final int MAX_GROUP_WORDS = 6;
  /** Most tokens of a reporting clause that splits a quote in two. */
  private static final int MAX_SPLIT_CLAUSE = 30;
  /** Most tokens of an occasion's description ("in an interview with the state broadcaster X"). */
  private static final int MAX_SETTING = 12;
  /** Deepest chain of reports within reports that is followed; real text rarely nests three. */
  private static final int MAX_DEPTH = 4;
  /** Farthest from the start of its sentence that a subject whose occasion is dated may begin. */
  private static final int MAX_SUBJECT_OFFSET = 8;
  /** Most occasions of one sentence looked at for a statement's date; real sentences name one. */
  private static final int MAX_OCCASIONS_TRIED = 4;
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas",
      "as", "since", "if", "when", "after", "before", "because", "whilst");
  private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "during", "at", "on",
      "following", "after", "via", "through", "while", "with", "from", "before", "ahead");
  private static final Set<String> ATTACHMENTS = Set.of("with", "to", "in", "on", "at", "by", "for",
      "of");
  private static final Set<String> LEADS_TO_THAT = Set.of("throughout", "in", "on", "at", "during",
      "over", "after", "before", "again", "also", "recently", "last", "this", "earlier", "previously",
      "once", "then", "later", "publicly", "privately", "today", "yesterday", "repeatedly");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were",
      "are", "will", "would", "could", "can", "did", "does", "do", "may", "might", "must", "should",
      "shall");
  /** Farthest a verb that attributes only the quote it governs ("called") may stand from it. */
  private static final int MAX_QUOTE_ONLY_DISTANCE = 8;
  /** Verbs that present a recording of someone speaking: "Listen to X explaining why ...". */
  private static final Set<String> PRESENTING = Set.of("listen", "watch", "hear", "see");
  /** Forms of "be" that make a reporting verb after them passive: "was told", "were asked". */
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been",
      "being", "be");
  private static final Set<String> MODALS = Set.of("did", "will", "would", "could", "can", "may",
      "might", "must", "should", "does", "do", "to");

  private final Tokens t;
  private final Lexicon lex;
  private final Quotes.Found quotes;
  private final Sentences sentences;
  private final Entities entities;
  private final TimeExpressions times;
  private final CandidateGuard guard;
  private final List<Finding> findings = new ArrayList<>();
  private final Finding[] byQuote;
  private final Map<Integer, Finding> byCue = new HashMap<>();
  /** Speakers said to echo someone without words of their own, by the sentence that says so. */
  private final Map<Integer, Entity> echoes = new HashMap<>();

  AttributionFinder(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences,
      Entities entities, TimeExpressions times, CandidateGuard guard) {
    this.t = t;
    this.guard = guard;
    this.lex = lex;
    this.quotes = quotes;
    this.sentences = sentences;
    this.entities = entities;
    this.times = times;
    this.byQuote = new Finding[quotes.all().size()];
  }

  /** Runs every rule and returns the findings in text order. */
  List<Finding> run() {
    int q = 0;
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentences.start(s);
      int end = sentences.end(s);
      for (; q < byQuote.length && quotes.all().get(q).open() < end; q++) {
        if (byQuote[q] == null) {
          int candidate = q;
          guard.run(() -> attributeQuote(candidate));
        }
      }
      guard.run(() -> reportedClauses(start, end, null, true));
    }
    guard.run(this::continueQuotes);
    for (q = 0; q < byQuote.length; q++) {
      Finding outer = byQuote[q];
      if (outer != null && outer.kind == Statement.Kind.DIRECT_QUOTE && outer.speaker != null) {
        Quotes.Quote quote = quotes.all().get(q);
        Sentences inner = Sentences.split(t, quote.open() + 1, quotes.lastToken(q) + 1, null);
        for (int s = 0; s < inner.count(); s++) {
          int start = inner.start(s);
          int end = inner.end(s);
          guard.run(() -> reportedClauses(start, end, outer, false));
        }
      }
    }
    findings.sort(Comparator.comparingInt(Finding::position));
    guard.run(this::nest);
    guard.run(this::carryContext);
    guard.run(this::dateByOccasion);
    guard.run(this::carryEchoes);
    return findings;
  }

  // ---------------------------------------------------------------- quotes

  private void attributeQuote(int qi) {
    Quotes.Quote q = quotes.all().get(qi);
    int lastPart = lastParagraph(qi);
    int s = sentences.of(q.open());
    int lo = sentences.start(s);
    if (qi > 0 && quotes.after(qi - 1) > lo && quotes.after(qi - 1) <= q.open()) {
      lo = quotes.after(qi - 1);
    }
    int after = quotes.after(lastPart);
    int hi = sentences.end(sentences.of(quotes.all().get(lastPart).open()));
    if (lastPart + 1 < byQuote.length && quotes.all().get(lastPart + 1).open() < hi) {
      hi = quotes.all().get(lastPart + 1).open();
    }
    Finding f = new Finding();
    f.firstToken = q.open() + 1;
    addParts(f, qi, lastPart);
    boolean preHasWords = false;
    for (int k = lo; k < q.open(); k++) {
      preHasWords |= t.kind(k) == Tokens.WORD || t.kind(k) == Tokens.NUMBER;
    }
    int last = q.open() - 1;
    boolean introduced = false;
    Frame frame = null;
    if (!preHasWords || last < lo) {
      frame = frameAfter(after, hi);
      if (frame == null && t.isPunct(after, ':') && (q.open() == 0 || t.breaksBefore(q.open()) > 0)) {
        frame = speakerAfterColon(after + 1, hi);
      }
    } else if (t.isPunct(last, ':') || t.isPunct(last, ',')) {
      frame = frameBefore(last - 1, lo);
      if (frame == null && t.isPunct(last, ':')) {
        frame = headlineSpeaker(lo, last);
      }
      if (frame == null) {
        frame = accordingTo(lo, last);
      }
      introduced = frame != null;
      if (frame == null) {
        frame = frameAfter(after, hi);
      }
    } else {
      frame = frameBefore(last, lo);
      if (frame == null) {
        frame = accordingTo(lo, hi);
      }
      if (frame == null) {
        frame = frameAfter(after, hi);
      }
    }
    boolean sentenceLike = startsLikeSentence(q.contentStart());
    f.kind = (!preHasWords || introduced) && sentenceLike
        ? Statement.Kind.DIRECT_QUOTE : Statement.Kind.PARTIAL_QUOTE;
    if (frame == null) {
      return;
    }
    apply(f, frame);
    f.confidence = frame.confidence();
    if (frame.after()) {
      int next = splitContinuation(lastPart, frame);
      if (next >= 0) {
        fillContext(f, frame, frame.cueEnd(), quotes.all().get(next).open());
        addParts(f, next, lastParagraph(next));
      } else {
        fillContext(f, frame, frame.cueEnd(), hi);
      }
    } else {
      fillContext(f, frame, frame.cueEnd(), q.open());
      contextBefore(f, lo, frame.start());
      if (f.said == null && frame.cue() > frame.start() && frame.cueWords().participle()) {
        // ", citing "..."" speaks on the occasion of the clause it hangs on: "announced last week"
        contextIn(f, frame.start(), frame.cue());
      }
    }
    findings.add(f);
  }

  /** The last quote of the paragraphs that quote {@code qi} opens (itself when it has one). */
  private int lastParagraph(int qi) {
    int last = qi;
    while (last + 1 < byQuote.length && quotes.all().get(last + 1).continuesPrevious()) {
      last++;
    }
    return last;
  }

  /** Makes quotes {@code [from, to]} parts of {@code f}. */
  private void addParts(Finding f, int from, int to) {
    for (int q = from; q <= to; q++) {
      Quotes.Quote quote = quotes.all().get(q);
      f.parts.add(new int[] {quote.contentStart(), quote.contentEnd()});
      f.endToken = quotes.lastToken(q) + 1;
      byQuote[q] = f;
    }
  }

  /**
   * The quote that goes on with quote {@code q} after its reporting clause, as in {@code "...," she
   * said, "..."} or {@code "...," she said. "..."}: quote {@code q} ends with a comma, the next one
   * opens right after the clause, nothing else is reported between them and the next quote has no
   * reporting clause of its own. -1 when there is none.
   */
  private int splitContinuation(int q, Frame frame) {
    if (q + 1 >= byQuote.length || byQuote[q + 1] != null) {
      return -1;
    }
    Quotes.Quote quote = quotes.all().get(q);
    boolean comma = t.text().charAt(quote.contentEnd() - 1) == ','
        || t.isPunct(quotes.after(q), ',');
    int open = quotes.all().get(q + 1).open();
    if (!comma || open < frame.end() || open - frame.end() > MAX_SPLIT_CLAUSE
        || t.breaksBefore(open) >= 2 || !(t.isPunct(open - 1, ',') || t.isPunct(open - 1, '.'))) {
      return -1;
    }
    for (int k = frame.cueEnd(); k < open - 1; k++) {
      if (t.kind(k) == Tokens.QUOTE || lex.cueAt(t, k) != null || Sentences.endsSentence(t, k)) {
        return -1;
      }
    }
    int next = lastParagraph(q + 1);
    int nextAfter = quotes.after(next);
    int nextEnd = sentences.end(sentences.of(quotes.all().get(next).open()));
    return nextAfter < nextEnd && frameAfter(nextAfter, nextEnd) != null ? -1 : q + 1;
  }

  private boolean startsLikeSentence(int offset) {
    char c = t.text().charAt(offset);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || c == '…' || c == '.'
        || c == '\'' || c == '‘';
  }

  /** A reporting clause: speaker, cue, and the tokens it spans. */
  record Frame(Entities.Resolved speaker, int cue, Lexicon.Cue cueWords, int start, int end,
      boolean after, double confidence) {
    int cueEnd() {
      return cue < 0 ? end : cue + cueWords.words().length;
    }
  }

  /** The reporting clause that starts at token {@code i}, right after a quote. */
  private Frame frameAfter(int i, int hi) {
    int k = i;
    while (k < hi && k - i < 2 && (t.isPunct(k, ',') || t.isPunct(k, '–') || t.isPunct(k, '—'))) {
      k++;
    }
    if (k >= hi) {
      return null;
    }
    Lexicon.Cue cue = lex.cueAt(t, k);
    if (cue != null && !cue.baseForm()) {
      int subject = k + cue.words().length;
      int end = entities.phraseEndAfter(subject, hi);
      if (end > subject) {
        Entities.Resolved r = entities.resolve(subject, end);
        if (r != null) {
          return new Frame(r, k, cue, i, end, true, confidence(r));
        }
      }
      return null;
    }
    int end = entities.phraseEndAfter(k, hi);
    if (end <= k) {
      return null;
    }
    int c = verbAfter(end, hi);
    cue = lex.cueAt(t, c);
    double lessSure = 0;
    if (cue == null) {
      // "...," Huw Pill, the bank's chief economist, said: the speaker's description set off by commas
      int appositiveEnd = appositiveEnd(end, hi);
      c = appositiveEnd < 0 ? c : verbAfter(appositiveEnd + 1, hi);
      cue = appositiveEnd < 0 ? null : lex.cueAt(t, c);
      lessSure = 0.05;
    }
    if (cue == null || cue.baseForm() && !Entities.isAuxiliary(t.lower(c - 1))) {
      return null;
    }
    Entities.Resolved r = entities.resolve(k, end);
    return r == null ? null
        : new Frame(r, c, cue, i, c + cue.words().length, true, confidence(r) - lessSure);
  }

  /** The first token at or after {@code k} past a few auxiliaries, adverbs and times: where a verb may stand. */
  private int verbAfter(int k, int hi) {
    int c = k;
    while (c < hi && c - k < 4 && (t.isWord(c) && (Entities.isAuxiliary(t.lower(c)) || isAdverb(c))
        || times.at(c) != null)) {
      c++;
    }
    return c;
  }

  /**
   * The comma that closes a description set off by commas after a name, the first of them at
   * {@code comma} ("Huw Pill, the bank's chief economist,"), or -1 when there is none: a few words
   * without a quote, a reporting verb or the end of a sentence among them.
   */
  private int appositiveEnd(int comma, int hi) {
    if (!t.isPunct(comma, ',')) {
      return -1;
    }
    for (int k = comma + 1; k < hi && k - comma <= MAX_SETTING; k++) {
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
  private Frame frameBefore(int last, int lo) {
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

  private boolean acceptCue(int c, Lexicon.Cue cue) {
    if (coordinated(c, cue)) {
      return true;
    }
    if (cue.participle()) {
      return t.isPunct(c - 1, ',') || t.is(c - 1, "as") || presented(c) != null;
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
    if (Entities.isDeterminer(before) || t.isPossessive(prev)) {
      return false;
    }
    if (!cue.baseForm() && PASSIVE_AUXILIARIES.contains(before) && t.lower(c).endsWith("d")) {
      return false;
    }
    return !cue.baseForm() || MODALS.contains(before) || pluralSubjectBefore(prev);
  }

  /**
   * Whether token {@code i} ends a plural subject, so that a base-form cue after it is the present
   * tense ("critics say", "farm groups who say", "they warn"); not in a headline, whose verbs are
   * all in the present.
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
    return w.equals("who") || w.equals("they")
        || t.isWord(i) && !t.isCapitalized(i) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        && !w.endsWith("us") && !w.endsWith("is") && !lex.functionWords.contains(w) && !Entities.isAuxiliary(w);
  }

  /** Whether the cue at {@code c} is a finite verb joined by "and" or "but" to the clause before it. */
  private boolean coordinated(int c, Lexicon.Cue cue) {
    return (t.is(c - 1, "and") || t.is(c - 1, "but")) && !cue.baseForm() && !cue.participle();
  }

  private boolean isAdverb(int i) {
    String w = t.lower(i);
    return t.isWord(i) && w.length() > 4 && w.endsWith("ly") && !t.isCapitalized(i)
        || lex.hedges.containsKey(w) && lex.hedges.get(w).get(0).words().length == 1;
  }

  /** The speaker phrase before cue {@code c}, skipping auxiliaries, adverbs and times. */
  private Frame subjectBefore(int c, Lexicon.Cue cue, int lo) {
    Entities.Resolved shown = cue.participle() ? presented(c) : null;
    if (shown != null) {
      Lexicon.Cue asserts = t.is(c + 1, "why") || t.is(c + 1, "how")
          ? new Lexicon.Cue(cue.words(), Stance.ASSERTS, false, false, true, false) : cue;
      return new Frame(shown, c, asserts, c - 1, c + cue.words().length, false, confidence(shown) - 0.1);
    }
    if (cue.participle()) {
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
      int p = j - 1;
      while (p >= lo && j - p < MAX_ASIDE && !t.isPunct(p, ',')) {
        p--;
      }
      // a long aside must open like one: "speaking on condition of anonymity because ...", "who ..."
      boolean aside = j - p < 10 || t.lower(p + 1).endsWith("ing") || t.is(p + 1, "who");
      if (p > lo && t.isPunct(p, ',') && aside) {
        Frame named = appositiveName(p, j, c, cue, lo);
        if (named != null) {
          return named;
        }
        int start = entities.phraseStartBefore(p - 1, lo);
        Entities.Resolved r = start < 0 ? null : entities.resolve(start, p);
        if (r != null && !r.pronoun()) {
          return new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r) - 0.05);
        }
      }
      return null;
    }
    int start = entities.phraseStartBefore(j, lo);
    Entities.Resolved r = start < 0 || agentOfParticiple(start) ? null : entities.resolve(start, j + 1);
    if (r == null) {
      start = Math.max(lo, sentenceStartOf(j));
      r = entities.groupSubject(start, j + 1);
    }
    if (r == null) {
      // "..., currency traders said" or "After the vote, lawmakers said": a group right after a comma
      start = j;
      while (start > lo && j - start < MAX_GROUP_WORDS && !t.isPunct(start - 1, ',')) {
        start--;
      }
      r = start > lo && t.isPunct(start - 1, ',') ? entities.groupSubject(start, j + 1) : null;
    }
    return r == null ? null : new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r));
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
   * the sentence and holds a role or title word.
   */
  private Frame appositiveName(int p, int j, int c, Lexicon.Cue cue, int lo) {
    Entities.Resolved r = entities.appositiveName(Math.max(lo, sentenceStartOf(p)), p, j);
    return r == null ? null : new Frame(r, c, cue, Math.max(lo, sentenceStartOf(p)), c + cue.words().length,
        false, confidence(r) - 0.05);
  }

  /**
   * "Listen to X explaining why ...", "Watch X describing how ...": the speaker a recording
   * presents, named right before the participle at {@code c}; null otherwise.
   */
  private Entities.Resolved presented(int c) {
    if (entities.mentionAt(c - 1) == null) {
      return null;
    }
    int start = entities.phraseStartBefore(c - 1, Math.max(0, c - MAX_SUBJECT_OFFSET));
    if (start < 2 || !PRESENTING.contains(t.lower(start - 2)) || !t.is(start - 1, "to")
        && !PRESENTING.contains(t.lower(start - 1))) {
      return start >= 1 && PRESENTING.contains(t.lower(start - 1)) ? entities.resolve(start, c) : null;
    }
    return entities.resolve(start, c);
  }

  /** "quoted X as saying": X speaks. */
  private Frame quotedAs(int c, Lexicon.Cue cue, int lo) {
    int start = entities.phraseStartBefore(c - 2, lo);
    Entities.Resolved r = start < 0 ? null : entities.resolve(start, c - 1);
    return r == null ? null
        : new Frame(r, c, cue, start, c + cue.words().length, false, confidence(r) - 0.05);
  }

  /**
   * ", adding that ...", ", saying ...": the participle speaks for the subject of the clause before
   * the comma, with that clause's stance when it echoes someone ("echoed X, noting that ...").
   */
  private Frame governed(int c, Lexicon.Cue cue, int lo) {
    int from = Math.max(lo, sentenceStartOf(c));
    for (int k = c - 2; k >= from && c - k < MAX_CUE_DISTANCE; k--) {
      Finding governing = byCue.get(k);
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

  /**
   * ""...": Riverside residents demand answers": a quote that opens a line, a colon and the
   * speaker, as headlines print them, with no reporting verb.
   */
  private Frame speakerAfterColon(int k, int hi) {
    int end = entities.phraseEndAfter(k, hi);
    Entities.Resolved r = end > k ? entities.resolve(k, end) : null;
    return r == null || r.pronoun() ? null : new Frame(r, -1, null, k, end, true, 0.7);
  }

  /** "Name: ..." at the start of a line, as headlines print who speaks. */
  private Frame headlineSpeaker(int lo, int colon) {
    if (t.breaksBefore(lo) == 0 && lo > 0) {
      return null;
    }
    int start = entities.phraseStartBefore(colon - 1, lo);
    if (start != lo) {
      return null;
    }
    Entities.Resolved r = entities.resolve(start, colon);
    return r == null || r.pronoun() ? null : new Frame(r, -1, null, lo, colon, false, 0.7);
  }

  /** "According to X, ..." or "..., according to X" within tokens {@code [lo, hi)}. */
  private Frame accordingTo(int lo, int hi) {
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

  private static final Lexicon.Cue ACCORDING_TO =
      new Lexicon.Cue(new String[] {"according", "to"}, Stance.SAYS, false, false, false, false);

  private static double confidence(Entities.Resolved r) {
    if (r.pronoun()) {
      return 0.75;
    }
    return r.mention().equalsIgnoreCase(r.entity().name) ? 0.9 : 0.85;
  }

  private void apply(Finding f, Frame frame) {
    f.speaker = frame.speaker().entity();
    f.mention = frame.speaker().mention();
    f.speaker.speaks = true;
    if (frame.cue() >= 0) {
      f.cueToken = frame.cue();
      f.cue = t.words(cueStart(frame.cue()), cueEnd(frame) - 1);
      f.stance = frame.cueWords().stance() == Stance.SAYS && t.is(frame.cue() - 1, "repeatedly")
          ? Stance.REITERATES : frame.cueWords().stance();
      byCue.putIfAbsent(frame.cue(), f);
      if (frame.cueWords() == ACCORDING_TO) {
        f.hedges.add("according to");
      }
    }
    hedgesIn(f, frame.start(), frame.end());
    if (frame.cue() >= 0 && !frame.after()) {
      hedgesIn(f, frame.start(), frame.cue());
    }
  }

  /**
   * The token past the cue as printed: a verb of writing takes the medium it names right after it
   * ("wrote on social media").
   */
  private int cueEnd(Frame frame) {
    int end = frame.cueEnd();
    if (!t.is(end, "on") || frame.after() && frame.end() > end) {
      return end;
    }
    FoundSetting medium = settingIn(end, Math.min(t.size(), end + 4));
    return medium != null && medium.start() == end && medium.kind() == Setting.Kind.SOCIAL_MEDIA
        ? medium.end() : end;
  }

  /**
   * The first token of the cue whose verb is at {@code c}: the auxiliary before it and the adverbs
   * between them belong to the cue as printed ("has repeatedly said"); adverbs alone do not.
   */
  private int cueStart(int c) {
    int start = c;
    for (int k = c - 1; k >= 0 && c - k <= 3 && t.isWord(k)
        && (Entities.isAuxiliary(t.lower(k)) || isAdverb(k)); k--) {
      if (AUXILIARIES.contains(t.lower(k))) {
        start = k;
      }
    }
    return start;
  }

  private void hedgesIn(Finding f, int from, int to) {
    for (int k = Math.max(0, from - 1); k < to; k++) {
      Lexicon.Phrase<String> hedge = Lexicon.phraseStartingAt(t, k, lex.hedges);
      if (hedge != null && !f.hedges.contains(hedge.value())) {
        f.hedges.add(hedge.value());
      }
    }
  }

  /** Fills time, setting and addressee from the tokens after the cue, up to {@code hi}. */
  private void fillContext(Finding f, Frame frame, int from, int hi) {
    if (frame.cueWords() != null && frame.cueWords().takesAddressee()
        && frame.cueWords().stance() == Stance.SAYS) {
      int end = addresseeEnd(from, hi);
      if (end > from) {
        f.addressee = t.words(from, end - 1);
        from = end;
      }
    }
    hedgesIn(f, from, Math.min(hi, from + 12));
    contextIn(f, from, hi);
  }

  /** The time stated within an occasion's words or right after them ("released on Aug. 18"). */
  private TimeReference timeOf(FoundSetting setting, int hi) {
    TimeExpressions.Expression e = times.firstIn(setting.start(), Math.min(hi, setting.end() + 4));
    return e == null || e.kind() == TimeExpressions.Kind.YEAR ? null : times.resolve(e).orElse(null);
  }

  private void contextIn(Finding f, int from, int hi) {
    if (f.setting == null) {
      f.setting = settingIn(from, hi);
    }
    if (f.said == null) {
      TimeExpressions.Expression e = times.firstIn(from, hi);
      while (e != null && (e.kind() == TimeExpressions.Kind.YEAR || times.isBound(e))) {
        e = times.firstIn(e.end(), hi);
      }
      if (e != null) {
        f.said = times.resolve(e).orElse(null);
      }
    }
    f.ownContext = f.setting != null || f.said != null;
  }

  /** Time and setting stated before the speaker ("Last month, X told ..."). */
  private void contextBefore(Finding f, int lo, int subjectStart) {
    int from = Math.max(lo, subjectStart - 30);
    if (subjectStart > from) {
      contextIn(f, from, subjectStart);
    }
  }

  private int addresseeEnd(int from, int hi) {
    int k = from;
    while (k < hi && k - from < 9 && t.isWord(k) && !t.is(k, "that") && times.at(k) == null
        && lex.cueAt(t, k) == null && !(SETTING_PREPOSITIONS.contains(t.lower(k))
        && !t.is(k, "in") && !t.is(k, "at")) && !t.is(k, "about") && !t.is(k, "to")) {
      k++;
    }
    return k;
  }

  /** The first occasion described within tokens {@code [from, hi)}, or null. */
  private FoundSetting settingIn(int from, int hi) {
    for (int k = from; k < hi; k++) {
      Lexicon.Phrase<Setting.Kind> p = Lexicon.phraseEndingAt(t, k, lex.settingWords);
      if (p == null || quotes.inside(k)) {
        continue;
      }
      int trigger = k - p.words().length + 1;
      if (p.words().length == 1 && p.words()[0].length() == 1 && !t.isCapitalized(k)) {
        continue;
      }
      int d = trigger;
      int m = trigger - 1;
      while (m >= from && trigger - m <= 5 && (t.isWord(m) || t.kind(m) == Tokens.NUMBER)
          && !SETTING_PREPOSITIONS.contains(t.lower(m))) {
        String w = t.lower(m);
        if (Entities.isDeterminer(w)) {
          d = m;
          m--;
          break;
        }
        if (lex.functionWords.contains(w) || lex.cueAt(t, m) != null) {
          break;
        }
        d = m;
        m--;
      }
      if (m < from || !SETTING_PREPOSITIONS.contains(t.lower(m))) {
        continue;
      }
      int e = k + 1;
      if (e < hi && t.isWord(e) && ATTACHMENTS.contains(t.lower(e))) {
        int npEnd = nounPhraseEnd(e + 1, hi);
        if (npEnd > e + 1) {
          e = npEnd;
        }
      }
      Entity outlet = null;
      String place = null;
      for (int j = d; j < e; j++) {
        Entity mentioned = entities.mentionAt(j);
        if (mentioned != null && mentioned.kind == dev.claimtrail.model.Speaker.Kind.MEDIA_OUTLET) {
          outlet = mentioned;
        } else if (mentioned != null && place == null && j > k
            && mentioned.kind == dev.claimtrail.model.Speaker.Kind.COUNTRY) {
          place = t.words(entities.runStart(j), j);
        }
      }
      return new FoundSetting(p.value(), t.words(d, e - 1), outlet, place, m, e);
    }
    return null;
  }

  private int nounPhraseEnd(int from, int hi) {
    int k = from;
    int end = from;
    while (k < hi && k - from < 10) {
      if (entities.runStart(k) >= 0) {
        k = entities.runEnd(k);
        end = k;
        continue;
      }
      if (!t.isWord(k)) {
        break;
      }
      String w = t.lower(k);
      if (Entities.isDeterminer(w) && !w.equals("that")) {
        k++;
        continue;
      }
      if (lex.functionWords.contains(w) || lex.cueAt(t, k) != null || Entities.isAuxiliary(w)
          || w.endsWith("ed") && w.indexOf('-') < 0 || times.at(k) != null) {
        break;
      }
      k++;
      end = k;
    }
    return end;
  }

  // ---------------------------------------------------------------- continued quotes

  private void continueQuotes() {
    Finding previous = null;
    int previousQuote = -1;
    for (int q = 0; q < byQuote.length; q++) {
      Finding f = byQuote[q];
      Quotes.Quote quote = quotes.all().get(q);
      if (f != null && f.speaker != null) {
        if (f.kind == Statement.Kind.DIRECT_QUOTE) {
          previous = f;
          previousQuote = q;
        }
        continue;
      }
      if (f == null || previous == null) {
        continue;
      }
      boolean adjacent = q - previousQuote <= 2
          && sentences.of(quote.open()) - sentences.of(quotes.all().get(previousQuote).open()) <= 2;
      if ((quote.continuesPrevious() || f.kind == Statement.Kind.DIRECT_QUOTE && adjacent)
          && !spokenBetween(previous, f)) {
        f.speaker = previous.speaker;
        f.mention = null;
        f.setting = previous.setting;
        f.said = previous.said;
        f.addressee = previous.addressee;
        f.confidence = 0.65;
        f.kind = Statement.Kind.DIRECT_QUOTE;
        findings.add(f);
        previous = f;
        previousQuote = q;
      }
    }
  }

  private boolean spokenBetween(Finding previous, Finding next) {
    for (int k = previous.endToken; k < next.firstToken; k++) {
      Finding spoken = byCue.get(k);
      if (spoken != null && spoken.kind == Statement.Kind.INDIRECT && spoken.speaker != previous.speaker
          || !quotes.inside(k) && lex.cueAt(t, k) != null && spoken == null
          && entities.phraseStartBefore(k - 1, Math.max(0, k - 8)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- reported clauses

  /**
   * Indirect statements of tokens {@code [from, to)}: a speaker, a reporting verb and what follows
   * it. Inside a quote ({@code via} set), only named speakers count.
   */
  private void reportedClauses(int from, int to, Finding via, boolean outsideQuotes) {
    List<Finding> open = new ArrayList<>();
    for (int token = from; token < to; token++) {
      final int c = token;
      if (outsideQuotes && quotes.inside(c)) {
        continue;
      }
      open.removeIf(o -> o.endToken <= c);
      Finding enclosing = via;
      for (Finding o : open) {
        if (o.holds(c)) {
          enclosing = o;
        }
      }
      if (t.is(c, "according") && t.is(c + 1, "to") && depth(enclosing) < MAX_DEPTH) {
        Finding f = according(c, from, to, enclosing, outsideQuotes);
        if (f != null) {
          open.add(f);
        }
        continue;
      }
      Lexicon.Cue cue = lex.cueAt(t, c);
      if (cue == null || cue.quoteOnly() || byCue.containsKey(c) || !acceptCue(c, cue)) {
        continue;
      }
      Frame frame = subjectBefore(c, cue, from);
      if (frame == null && t.isPunct(c - 1, ',') && !cue.baseForm() && !cue.participle()) {
        frame = inverted(c, cue, to);
      }
      if (frame == null || via != null && frame.speaker().pronoun()) {
        continue;
      }
      if (cue.stance() == Stance.ECHOES && !cue.participle() && outsideQuotes) {
        echoes.putIfAbsent(sentences.of(c), frame.speaker().entity());
      }
      if (depth(enclosing) >= MAX_DEPTH) {
        continue;
      }
      Finding f = frame.after() ? null : reported(frame, from, to, outsideQuotes);
      if (f == null) {
        f = trailing(frame, from, to);
      }
      if (f == null) {
        continue;
      }
      f.via = enclosing;
      byCue.put(c, f);
      findings.add(f);
      open.add(f);
    }
  }

  private static int depth(Finding f) {
    int depth = 0;
    for (Finding v = f; v != null && depth <= MAX_DEPTH; v = v.via) {
      depth++;
    }
    return depth;
  }

  private Finding reported(Frame frame, int from, int to, boolean outsideQuotes) {
    Lexicon.Cue cue = frame.cueWords();
    if (cue.stance() == Stance.ECHOES && !cue.participle()) {
      return null;
    }
    int k = frame.cueEnd();
    Finding f = new Finding();
    apply(f, frame);
    f.confidence = frame.confidence() - 0.1;
    // time and setting right after the verb: "said on Thursday that", "wrote on social media that"
    int statementStart = k;
    String addressee = null;
    if (cue.takesAddressee() && cue.stance() == Stance.SAYS) {
      int end = addresseeEnd(k, to);
      if (end > k) {
        addressee = t.words(k, end - 1);
        statementStart = end;
      } else {
        return null;
      }
    }
    statementStart = pastContext(statementStart, to);
    int that = thatAhead(statementStart, to);
    if (that >= 0) {
      statementStart = that + 1;
    } else if (cue.stance() == Stance.SAYS && !cue.takesAddressee() && cue.words().length == 1
        && !startsClause(statementStart)) {
      return null;
    } else if (addressee != null && !t.is(statementStart, "to") && !startsClause(statementStart)) {
      return null;
    }
    boolean subordinate = frame.start() > from && SUBORDINATORS.contains(t.lower(frame.start() - 1));
    int end = statementStart;
    int limit = Math.min(to, statementStart + MAX_COMPLEMENT);
    while (end < limit) {
      if (t.isPunct(end, ';') || t.isPunct(end, '(')
          || (t.isPunct(end, '–') || t.isPunct(end, '—')) && t.start(end) > 0
          && Character.isWhitespace(t.text().charAt(t.start(end) - 1))
          || (!outsideQuotes || !quotes.inside(end))
          && (subordinate && t.isPunct(end, ',') || clauseBreak(end, limit))) {
        break;
      }
      end++;
    }
    while (end > statementStart && t.kind(end - 1) == Tokens.PUNCT) {
      end--;
    }
    // a time or an occasion at the end belongs to the report, not to what was said
    boolean trimmed = true;
    while (trimmed && end > statementStart) {
      trimmed = false;
      TimeExpressions.Expression time = times.at(end - 1);
      if (time != null && time.end() == end && time.kind() != TimeExpressions.Kind.YEAR
          && time.kind() != TimeExpressions.Kind.RECENT
          && time.phraseStart() > statementStart && !times.isBound(time) && !toCome(time, statementStart)) {
        f.said = times.resolve(time).orElse(null);
        end = time.phraseStart();
        trimmed = true;
      }
      FoundSetting tail = settingEndingAt(statementStart, end);
      if (tail != null) {
        f.setting = tail;
        if (f.said == null) {
          f.said = timeOf(tail, end);
        }
        end = tail.start();
        trimmed = true;
      }
      while (end > statementStart && t.kind(end - 1) == Tokens.PUNCT) {
        end--;
      }
    }
    if (end <= statementStart) {
      return null;
    }
    for (int q = statementStart; q < end; q++) {
      if (t.kind(q) == Tokens.QUOTE && outsideQuotes) {
        int inside = quotes.quoteAt(q + 1);
        if (inside >= 0 && byQuote[inside] != null && byQuote[inside].cueToken == frame.cue()) {
          return null;
        }
      }
    }
    f.kind = Statement.Kind.INDIRECT;
    f.parts.add(new int[] {t.start(statementStart), t.end(end - 1)});
    f.firstToken = statementStart;
    f.endToken = end;
    f.addressee = addressee;
    if (cue.takesAddressee() && cue.stance() != Stance.SAYS) {
      int obj = statementStart;
      while (obj < end && !t.is(obj, "to") && !t.is(obj, "of") && obj - statementStart < 8) {
        obj++;
      }
      if (obj < end && obj > statementStart) {
        f.addressee = t.words(statementStart, obj - 1);
      }
    }
    contextIn(f, frame.cueEnd(), statementStart);
    TimeExpressions.Expression between = times.firstIn(frame.start(), frame.cue());
    if (f.said == null && between != null && between.kind() != TimeExpressions.Kind.YEAR
        && !times.isBound(between) && !relativeClauseBefore(frame.start(), between.phraseStart())) {
      f.said = times.resolve(between).orElse(null);
    }
    contextIn(f, Math.max(Math.max(from, frame.start() - 30), sentenceStartOf(frame.start())),
        frame.start());
    f.ownContext = f.setting != null || f.said != null;
    return f;
  }

  private static boolean isOffset(TimeExpressions.Expression e) {
    return e.kind() == TimeExpressions.Kind.WEEK_OFFSET || e.kind() == TimeExpressions.Kind.MONTH_OFFSET
        || e.kind() == TimeExpressions.Kind.YEAR_OFFSET;
  }

  /**
   * Whether {@code time}, which ends a reported clause that starts at {@code statementStart}, is
   * when something still to come happens: "later this year", or "next week" and "on Sunday" after
   * words of what is to come ({@link #futureIn}).
   */
  private boolean toCome(TimeExpressions.Expression time, int statementStart) {
    return t.is(time.phraseStart() - 1, "later")
        || (time.value() >= 0 && isOffset(time) || time.kind() == TimeExpressions.Kind.WEEKDAY)
        && futureIn(statementStart, time.phraseStart());
  }

  /**
   * Whether tokens {@code [from, to)} speak of what is still to come ("would visit"), so that a
   * time after them ("this week") is when it happens, not when it was said.
   */
  private boolean futureIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, "would") || t.is(k, "will") || t.is(k, "could")) {
        return true;
      }
    }
    return false;
  }

  /** The first token at or after {@code k} past the times and occasions that start there. */
  private int pastContext(int k, int to) {
    while (k < to) {
      TimeExpressions.Expression time = times.at(k);
      FoundSetting setting = time == null ? settingIn(k, Math.min(to, k + MAX_SETTING)) : null;
      if (time != null && time.phraseStart() == k) {
        k = time.end();
      } else if (setting != null && setting.start() == k) {
        k = setting.end();
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * Whether the reported clause ends before token {@code k}, the reporter's own words following:
   * ", while ...", ", adding that ..." (a new cue), "but declined to ...", "in 2022 that collapsed"
   * (a clause about the time named), or a last ", which ..." aside that runs to {@code limit}.
   */
  private boolean clauseBreak(int k, int limit) {
    if (t.isPunct(k, ',')) {
      Lexicon.Cue cue = lex.cueAt(t, k + 1);
      if (cue != null && cue.participle()
          || Lexicon.phraseStartingAt(t, k + 1, lex.breaksAfterComma) != null) {
        return true;
      }
      if (reportingClauseEnds(k, limit)) {
        return true;
      }
      if (t.is(k + 1, "which") || t.is(k + 1, "who")) {
        int j = k + 2;
        while (j < limit && !t.isPunct(j, ',') && t.kind(j) != Tokens.QUOTE) {
          j++;
        }
        return j == limit;
      }
      return false;
    }
    if (Lexicon.phraseStartingAt(t, k, lex.clauseBreaks) != null) {
      return true;
    }
    Lexicon.Cue joined = lex.cueAt(t, k + 1);
    if (joined != null && coordinated(k + 1, joined)) {
      return true;
    }
    TimeExpressions.Expression time = times.at(k - 1);
    String next = t.lower(k + 1);
    return t.is(k, "that") && time != null && time.end() == k
        && (AUXILIARIES.contains(next) || next.endsWith("ed") && !t.isCapitalized(k + 1));
  }

  /**
   * Whether the comma at {@code k} opens a reporting clause that ends the sentence at {@code limit}
   * (", the Financial Times reported."), whose report the words before it are.
   */
  private boolean reportingClauseEnds(int k, int limit) {
    Frame frame = frameAfter(k + 1, limit);
    if (frame == null) {
      return false;
    }
    int end = pastContext(frame.end(), limit);
    while (end < limit && t.kind(end) == Tokens.PUNCT) {
      end++;
    }
    return end >= limit;
  }

  /** "..., said the minister": a cue after a comma, its subject after it. */
  private Frame inverted(int c, Lexicon.Cue cue, int to) {
    int subject = c + cue.words().length;
    int end = entities.phraseEndAfter(subject, to);
    Entities.Resolved r = end > subject ? entities.resolve(subject, end) : null;
    return r == null || r.pronoun() ? null : new Frame(r, c, cue, c, end, true, confidence(r));
  }

  /**
   * A paraphrase that its reporting clause follows: "Prices will rise, the minister said." or
   * "..., said the minister, an economist." The clause must end the sentence, with nothing after
   * the verb but an addressee, times, an occasion or an appositive of an inverted subject.
   */
  private Finding trailing(Frame frame, int from, int to) {
    int comma = frame.after() ? frame.cue() - 1 : frame.start() - 1;
    boolean quoteEndsWithComma = comma > from && t.kind(comma) == Tokens.QUOTE && quotes.inside(comma - 1)
        && t.isPunct(comma - 1, ',');
    if (comma <= from || !t.isPunct(comma, ',') && !quoteEndsWithComma || t.kind(from) == Tokens.QUOTE
        || frame.cue() < 0 || frame.cueWords().participle() || comma - from > MAX_COMPLEMENT) {
      return null;
    }
    Lexicon.Cue cue = frame.cueWords();
    int k = frame.after() ? frame.end() : frame.cueEnd();
    String addressee = null;
    if (!frame.after() && cue.takesAddressee()) {
      int end = addresseeEnd(k, to);
      if (end > k) {
        addressee = t.words(k, end - 1);
        k = end;
      }
    }
    k = pastContext(k, to);
    if (frame.after() && t.isPunct(k, ',')) {
      int appositiveEnd = Math.min(to, k + MAX_SETTING);
      while (k < appositiveEnd && !Sentences.endsSentence(t, k) && lex.cueAt(t, k) == null
          && t.kind(k) != Tokens.QUOTE) {
        k++;
      }
    }
    while (k < to && Sentences.endsSentence(t, k)) {
      k++;
    }
    int end = quoteEndsWithComma ? comma + 1 : comma;
    while (end > from && t.kind(end - 1) == Tokens.PUNCT) {
      end--;
    }
    if (k < to || end <= from) {
      return null;
    }
    Finding f = new Finding();
    apply(f, frame);
    f.confidence = frame.confidence() - 0.15;
    f.kind = Statement.Kind.INDIRECT;
    f.parts.add(new int[] {t.start(from), t.end(end - 1)});
    f.firstToken = from;
    f.endToken = end;
    f.addressee = addressee;
    contextIn(f, frame.after() ? frame.end() : frame.cueEnd(), to);
    return f;
  }

  /** The "that" opening the reported clause within a few words of {@code from}, or -1. */
  private int thatAhead(int from, int to) {
    if (!t.is(from, "that") && !LEADS_TO_THAT.contains(t.lower(from)) && !isAdverb(from)
        || t.is(from, "that") && (from + 2 >= to || t.kind(from + 2) == Tokens.PUNCT)) {
      return -1;
    }
    for (int k = from; k < to && k - from < 8; k++) {
      if (t.is(k, "that")) {
        return k;
      }
      if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER || lex.cueAt(t, k) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a relative clause opens within tokens {@code [from, to)}: a time in ", who proposed the
   * cuts in January," dates that clause, not the words reported.
   */
  private boolean relativeClauseBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isPunct(k, ',') && (t.is(k + 1, "who") || t.is(k + 1, "which") || t.is(k + 1, "whose"))) {
        return true;
      }
    }
    return false;
  }

  private int sentenceStartOf(int token) {
    return sentences.start(sentences.of(token));
  }

  private FoundSetting settingEndingAt(int from, int end) {
    for (int k = end - 1; k >= from && end - k < 14; k--) {
      if (SETTING_PREPOSITIONS.contains(t.lower(k))) {
        FoundSetting s = settingIn(k, end);
        if (s != null && s.start() == k && s.end() == end) {
          return s;
        }
      }
    }
    return null;
  }

  private boolean startsClause(int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower(i);
    return lex.pronouns.containsKey(w) || w.equals("i") || w.equals("we") || w.equals("the")
        || w.equals("why") || w.equals("how")
        || w.equals("there") || w.equals("this") || w.equals("its") || w.equals("his")
        || w.equals("her") || w.equals("their") || entities.runStart(i) >= 0 || verbAhead(i);
  }

  /** Whether an auxiliary follows within a few words of {@code i}: "said workers were ...". */
  private boolean verbAhead(int i) {
    for (int k = i + 1; k <= i + 4 && t.isWord(k); k++) {
      if (AUXILIARIES.contains(t.lower(k))) {
        return true;
      }
      if (lex.functionWords.contains(t.lower(k))) {
        return false;
      }
    }
    return false;
  }

  private Finding according(int c, int from, int to, Finding via, boolean outsideQuotes) {
    if (byCue.containsKey(c)) {
      return null;
    }
    DocumentAuthor author = documentAuthor(c + 2, to);
    int end = author != null ? author.end() : entities.phraseEndAfter(c + 2, to);
    if (end <= c + 2) {
      return null;
    }
    Entities.Resolved r = author != null ? author.speaker() : entities.resolve(c + 2, end);
    if (r == null) {
      return null;
    }
    int statementStart;
    int statementEnd;
    if (t.isPunct(end, ',') && c == from) {
      // "According to Sarah Hewin, an economist at the bank, ...": her role is no part of what she said
      int roleEnd = appositiveEnd(end, to);
      statementStart = roleEnd >= 0 && namesRole(end + 1, roleEnd) ? roleEnd + 1 : end + 1;
      statementEnd = to;
    } else if (c > from && t.isPunct(c - 1, ',')) {
      statementStart = from;
      statementEnd = c - 1;
    } else {
      return null;
    }
    while (statementEnd > statementStart && t.kind(statementEnd - 1) == Tokens.PUNCT) {
      statementEnd--;
    }
    if (statementEnd <= statementStart || statementEnd - statementStart > MAX_COMPLEMENT) {
      return null;
    }
    for (int q = statementStart; q < statementEnd; q++) {
      if (outsideQuotes && attributedQuoteAt(q)) {
        return null;
      }
    }
    Finding f = new Finding();
    apply(f, new Frame(r, c, ACCORDING_TO, c, end, false, confidence(r)));
    if (author != null && author.time() != null) {
      f.said = author.time();
      f.ownContext = true;
    }
    f.confidence = confidence(r) - 0.15;
    f.kind = Statement.Kind.INDIRECT;
    f.parts.add(new int[] {t.start(statementStart), t.end(statementEnd - 1)});
    f.firstToken = statementStart;
    f.endToken = statementEnd;
    f.via = via;
    byCue.put(c, f);
    findings.add(f);
    return f;
  }

  /** Whether tokens {@code [from, to)} hold a title or a noun of someone's role ("an economist at"). */
  private boolean namesRole(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.lowerStem(k);
      if (lex.titleWords.containsKey(w) || lex.roleNouns.containsKey(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} lies inside a quote that has a speaker; scare quotes have none. */
  private boolean attributedQuoteAt(int k) {
    int q = quotes.quoteAt(k);
    return q >= 0 && byQuote[q] != null && byQuote[q].speaker != null;
  }

  /** The author of a document that speaks, the token after its name and the time it appeared. */
  private record DocumentAuthor(Entities.Resolved speaker, int end, TimeReference time) {}

  /**
   * "figures published by X earlier this month", "an analysis released on Wednesday by X", "figures
   * from X" starting at token {@code from}: the document speaks for X, as of the time named between.
   * Null when no document is named or the agent only holds it ("a filing seen by the paper").
   */
  private DocumentAuthor documentAuthor(int from, int to) {
    int limit = Math.min(to, from + MAX_SETTING);
    boolean document = false;
    Boolean authored = null;
    int k = from;
    for (; k < limit && !t.is(k, "by") && !t.is(k, "from"); k++) {
      if (!t.isWord(k) && times.at(k) == null) {
        return null;
      }
      document |= lex.documentNouns.contains(t.lower(k));
      Boolean agent = lex.documentAgents.get(t.lower(k));
      authored = agent != null ? agent : authored;
    }
    if (!document || k >= limit || Boolean.FALSE.equals(authored)) {
      return null;
    }
    int end = entities.phraseEndAfter(k + 1, to);
    Entities.Resolved r = end > k + 1 ? entities.resolve(k + 1, end) : null;
    if (r == null || r.pronoun()) {
      return null;
    }
    TimeExpressions.Expression e = times.firstIn(from, k);
    TimeReference time = e == null || times.isBound(e) ? null : times.resolve(e).orElse(null);
    return new DocumentAuthor(r, end, time);
  }

  // ---------------------------------------------------------------- nesting

  /**
   * Links a statement whose reporting clause lies inside another speaker's indirect statement to
   * that statement, the innermost one: "The paper reported that X had told investors "..."" gives
   * X's quote a via-link to the paper's report.
   */
  private void nest() {
    List<Finding> reports = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind == Statement.Kind.INDIRECT && f.speaker != null) {
        reports.add(f);
      }
    }
    if (reports.isEmpty()) {
      return;
    }
    reports.sort(Comparator.comparingInt((Finding f) -> f.endToken - f.firstToken).reversed());
    Finding[] innermost = new Finding[t.size()];
    for (Finding r : reports) {
      for (int k = r.firstToken; k < r.endToken; k++) {
        innermost[k] = r;
      }
    }
    for (Finding f : findings) {
      if (f.via != null || f.cueToken < 0 || f.speaker == null) {
        continue;
      }
      Finding r = innermost[f.cueToken];
      if (r != null && r != f && r.speaker != f.speaker && r.holds(f.firstToken)
          && depth(r) < MAX_DEPTH && !reaches(r, f)) {
        f.via = r;
      }
    }
  }

  /** Whether {@code f} is {@code target} or reports through it. */
  private static boolean reaches(Finding f, Finding target) {
    int depth = 0;
    for (Finding v = f; v != null && depth <= MAX_DEPTH; v = v.via, depth++) {
      if (v == target) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- carried context

  /**
   * Gives statements that state no occasion and no time those last stated for the same speaker
   * (or, before any, the first one stated in the next sentences), as reports state the occasion
   * once and quote from it in the sentences around.
   */
  private void carryContext() {
    Map<Entity, List<CarriedContext>> bySpeaker = new java.util.IdentityHashMap<>();
    int fi = 0;
    for (int s = 0; s < sentences.count(); s++) {
      int from = sentences.start(s);
      int to = sentences.end(s);
      boolean spoken = false;
      while (fi < findings.size() && findings.get(fi).firstToken < to) {
        Finding f = findings.get(fi++);
        if (f.via == null && f.setting != null && f.speaker != null) {
          bySpeaker.computeIfAbsent(f.speaker, e -> new ArrayList<>())
              .add(new CarriedContext(f.firstToken, s, f.setting, f.said, false));
        }
        spoken = true;
      }
      if (spoken) {
        continue;
      }
      FoundSetting setting = settingIn(from, to);
      Entity subject = setting == null ? null : entities.firstMentionIn(from, setting.start());
      if (subject == null && setting != null && setting.start() == from) {
        subject = subjectAfter(setting.end(), to);
      }
      if (subject != null) {
        bySpeaker.computeIfAbsent(subject, e -> new ArrayList<>())
            .add(new CarriedContext(from, s, setting, timeOf(setting, to), false));
      } else if (setting == null) {
        occasionOfSubject(from, to, s, bySpeaker);
      }
    }
    for (Finding f : findings) {
      List<CarriedContext> contexts = f.speaker == null ? null : bySpeaker.get(f.speaker);
      if (f.via != null || f.ownContext || contexts == null) {
        continue;
      }
      int lo = 0;
      int hi = contexts.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (contexts.get(mid).token() <= f.firstToken) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      CarriedContext chosen = hi >= 0 ? contexts.get(hi) : null;
      if (chosen == null && lo < contexts.size() && !contexts.get(lo).forwardOnly()
          && contexts.get(lo).sentence() - sentences.of(f.firstToken) <= 2) {
        chosen = contexts.get(lo);
      }
      if (chosen != null) {
        f.setting = chosen.setting() != null ? chosen.setting() : f.setting;
        if (f.said == null) {
          f.said = chosen.time();
        }
      }
    }
  }

  /**
   * Dates a statement by an occasion its sentence names that an earlier sentence dated: "X made
   * the line the centrepiece of a campaign rally in 2021. At that rally she told supporters ...",
   * "the 2022 talks ... talks that ..., who advised ... to "..."", "voted on Wednesday ... said
   * before the vote". A statement in the present perfect ("has said") is not dated so, as it may
   * come long after the occasion it speaks of, nor by an occasion named in its own words.
   */
  private void dateByOccasion() {
    Map<String, TimeReference> dated = new HashMap<>();
    List<Integer> named = new ArrayList<>();
    List<TimeReference> namedTimes = new ArrayList<>();
    int fi = 0;
    for (int s = 0; s < sentences.count(); s++) {
      int from = sentences.start(s);
      int to = sentences.end(s);
      named.clear();
      namedTimes.clear();
      for (int k = from; k < to; k++) {
        String occasion = occasionAt(k);
        if (occasion != null && dated.containsKey(occasion) && timeOfOccasion(k) == null) {
          named.add(k);
          namedTimes.add(dated.get(occasion));
        }
      }
      for (; fi < findings.size() && findings.get(fi).firstToken < to; fi++) {
        Finding f = findings.get(fi);
        if (f.said == null && f.via == null && f.speaker != null && !presentPerfect(f)) {
          for (int n = 0; n < named.size() && n < MAX_OCCASIONS_TRIED; n++) {
            if (!f.holds(named.get(n))) {
              f.said = namedTimes.get(n);
              break;
            }
          }
        }
      }
      for (int k = from; k < to; k++) {
        String occasion = occasionAt(k);
        TimeReference time = occasion == null ? null : timeOfOccasion(k);
        if (time != null) {
          dated.put(occasion, time);
        }
      }
    }
  }

  private boolean presentPerfect(Finding f) {
    return f.cue != null && (f.cue.startsWith("has ") || f.cue.startsWith("have "));
  }

  /**
   * The word of the occasion named at token {@code k}, outside quotes: a noun that describes an
   * occasion ("rally", "talks") or a verb made of one ("voted" for "vote"); null otherwise.
   */
  private String occasionAt(int k) {
    if (quotes.inside(k) || !t.isWord(k)) {
      return null;
    }
    Lexicon.Phrase<Setting.Kind> p = Lexicon.phraseEndingAt(t, k, lex.settingWords);
    if (p != null && p.words().length == 1) {
      return p.words()[0];
    }
    String w = t.lower(k);
    for (String stem : new String[] {w.endsWith("ed") ? w.substring(0, w.length() - 2) : null,
        w.endsWith("d") ? w.substring(0, w.length() - 1) : null}) {
      List<Lexicon.Phrase<Setting.Kind>> nouns = stem == null ? null : lex.settingWords.get(stem);
      if (nouns != null && nouns.stream().anyMatch(n -> n.words().length == 1)) {
        return stem;
      }
    }
    return null;
  }

  /**
   * The time given to the occasion named at token {@code k}: a time right after it ("a rally in
   * 2021", "voted on Wednesday") or a year or date before it ("the 2022 talks", "a July 24
   * visit"). Null when none.
   */
  private TimeReference timeOfOccasion(int k) {
    TimeExpressions.Expression after = times.firstIn(k + 1, k + 4);
    if (after == null) {
      TimeExpressions.Expression number = times.firstIn(k + 1, k + 6);
      after = number != null && t.kind(k + 1) == Tokens.NUMBER ? number : null;
    }
    if (after != null && !times.isBound(after)) {
      return times.resolve(after).orElse(null);
    }
    TimeExpressions.Expression before = times.at(k - 1);
    if (before != null && before.end() == k && !times.isBound(before)) {
      return times.resolve(before).orElse(null);
    }
    for (int j = k - 1; j >= 0 && k - j <= 3 && (t.isWord(j) || t.kind(j) == Tokens.NUMBER); j--) {
      int year = t.kind(j) == Tokens.NUMBER && t.end(j) - t.start(j) == 4 ? Integer.parseInt(t.text(j)) : -1;
      if (year >= 1000 && year <= 2999) {
        return TimeReference.builder().date(dev.claimtrail.model.PartialDate.ofYear(year))
            .phrase(t.words(j, k)).build();
      }
    }
    return null;
  }

  /**
   * "X echoed those concerns on Tuesday. She said ...": the first statement X makes in the next
   * sentence, without a stance of its own beyond saying, echoes too.
   */
  private void carryEchoes() {
    if (echoes.isEmpty()) {
      return;
    }
    for (Finding f : findings) {
      int cueSentence = sentences.of(f.cueToken >= 0 ? f.cueToken : f.firstToken);
      Entity echoing = echoes.get(cueSentence - 1);
      if (echoing != null && echoing == f.speaker && f.via == null && f.stance == Stance.SAYS) {
        f.stance = Stance.ECHOES;
        echoes.remove(cueSentence - 1);
      }
    }
  }

  /**
   * "X defended the plan in parliament on Thursday." reports no words but dates what X does there:
   * the time of a sentence that opens with a speaker and reports nothing carries to that
   * speaker's statements after it (never before it, as the occasion may come later), so that
   * "Speaking for an hour, X said: ..." is dated. A year alone ("in 2019") names no occasion.
   */
  private void occasionOfSubject(int from, int to, int sentence, Map<Entity, List<CarriedContext>> bySpeaker) {
    TimeExpressions.Expression e = times.firstIn(from, to);
    while (e != null && (e.kind() == TimeExpressions.Kind.YEAR || times.isBound(e) || quotes.inside(e.start()))) {
      e = times.firstIn(e.end(), to);
    }
    if (e == null) {
      return;
    }
    int subjectEnd = Math.min(e.phraseStart(), from + MAX_SUBJECT_OFFSET);
    Entity subject = null;
    for (int k = from; k < subjectEnd && subject == null; k++) {
      Entity mentioned = entities.mentionAt(k);
      subject = mentioned != null && mentioned.speaks ? mentioned : null;
    }
    TimeReference time = times.resolve(e).orElse(null);
    if (subject != null && time != null) {
      bySpeaker.computeIfAbsent(subject, k -> new ArrayList<>())
          .add(new CarriedContext(from, sentence, null, time, true));
    }
  }

  /**
   * The speaker that an occasion opening its sentence introduces, named or a pronoun after the
   * comma and a time: "In an interview on Thursday, she was asked ...". Null when there is none.
   */
  private Entity subjectAfter(int k, int to) {
    TimeExpressions.Expression time = times.at(k);
    int start = time != null && time.phraseStart() == k ? time.end() : k;
    if (!t.isPunct(start, ',')) {
      return null;
    }
    int end = entities.phraseEndAfter(start + 1, to);
    Entities.Resolved r = end > start + 1 ? entities.resolve(start + 1, end) : null;
    return r == null ? null : r.entity();
  }

  /** An occasion and time stated for a speaker at a token of a sentence. */
  private record CarriedContext(int token, int sentence, FoundSetting setting, TimeReference time,
      boolean forwardOnly) {}

}

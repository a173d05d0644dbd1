package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Context that one statement lends another: a statement whose reporting clause lies inside
 * another's indirect statement is known through it; occasions and dates stated once for a speaker
 * carry to that speaker's later statements that state none, as does the time of a sentence that
 * opens with the speaker and reports nothing ("X defended the plan on Thursday."); a statement that
 * names an occasion dated earlier ("at that rally") takes its date; an echo without words ("X
 * echoed those concerns.") makes X's statement in the next sentence an echo.
 */
final class ContextCarrying extends ArticleRules {
  /** Farthest from the start of its sentence that a subject whose occasion is dated may begin. */
  static final int MAX_SUBJECT_OFFSET = 8;
  /** Most occasions of one sentence looked at for a statement's date; real sentences name one. */
  private static final int MAX_OCCASIONS_TRIED = 4;

  private final FindingBoard board;
  private final StatementContext context;

  ContextCarrying(Article article, FindingBoard board, StatementContext context) {
    super(article);
    this.board = board;
    this.context = context;
  }

  /**
   * Links a statement whose reporting clause lies inside another speaker's indirect statement to
   * that statement, the innermost one: "The paper reported that X had told investors "..."" gives
   * X's quote a via-link to the paper's report.
   */
  void nest() {
    List<Finding> reports = new ArrayList<>();
    for (Finding f : board.findings) {
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
    for (Finding f : board.findings) {
      if (f.via != null || f.cueToken < 0 || f.speaker == null) {
        continue;
      }
      Finding r = innermost[f.cueToken];
      if (r != null && r != f && r.speaker != f.speaker && r.holds(f.firstToken)
          && Finding.depth(r) < Finding.MAX_DEPTH && !reaches(r, f)) {
        f.via = r;
      }
    }
  }

  /** Whether {@code f} is {@code target} or reports through it. */
  private static boolean reaches(Finding f, Finding target) {
    int depth = 0;
    for (Finding v = f; v != null && depth <= Finding.MAX_DEPTH; v = v.via, depth++) {
      if (v == target) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives statements that state no occasion and no time those last stated for the same speaker
   * (or, before any, the first one stated in the next sentences), as reports state the occasion
   * once and quote from it in the sentences around.
   */
  void carryContext() {
    Map<Entity, List<CarriedContext>> bySpeaker = new IdentityHashMap<>();
    int fi = 0;
    for (int s = 0; s < sentences.count(); s++) {
      int from = sentences.start(s);
      int to = sentences.end(s);
      boolean spoken = false;
      while (fi < board.findings.size() && board.findings.get(fi).firstToken < to) {
        Finding f = board.findings.get(fi++);
        if (f.via == null && f.setting != null && f.speaker != null) {
          bySpeaker.computeIfAbsent(f.speaker, e -> new ArrayList<>())
              .add(new CarriedContext(f.firstToken, s, f.setting, f.said, false));
        }
        spoken = true;
      }
      if (spoken) {
        continue;
      }
      FoundSetting setting = context.settingIn(from, to);
      Entity subject = setting == null ? null : entities.firstMentionIn(from, setting.start());
      if (subject == null && setting != null && setting.start() == from) {
        subject = subjectAfter(setting.end(), to);
      }
      if (subject != null) {
        bySpeaker.computeIfAbsent(subject, e -> new ArrayList<>())
            .add(new CarriedContext(from, s, setting, context.timeOf(verifyNotNull(setting), to), false));
      } else if (setting == null) {
        occasionOfSubject(from, to, s, bySpeaker);
      }
    }
    for (Finding f : board.findings) {
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
  void dateByOccasion() {
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
      for (; fi < board.findings.size() && board.findings.get(fi).firstToken < to; fi++) {
        Finding f = board.findings.get(fi);
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
  private @Nullable String occasionAt(int k) {
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
  private @Nullable TimeReference timeOfOccasion(int k) {
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
        return TimeReference.builder().date(PartialDate.ofYear(year))
            .phrase(t.words(j, k)).build();
      }
    }
    return null;
  }

  /**
   * "X echoed those concerns on Tuesday. She said ...": the first statement X makes in the next
   * sentence, without a stance of its own beyond saying, board.echoes too.
   */
  void carryEchoes() {
    if (board.echoes.isEmpty()) {
      return;
    }
    for (Finding f : board.findings) {
      int cueSentence = sentences.of(f.cueToken >= 0 ? f.cueToken : f.firstToken);
      Entity echoing = board.echoes.get(cueSentence - 1);
      if (echoing != null && echoing == f.speaker && f.via == null && f.stance == Stance.SAYS) {
        f.stance = Stance.ECHOES;
        board.echoes.remove(cueSentence - 1);
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
  private @Nullable Entity subjectAfter(int k, int to) {
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
  private record CarriedContext(int token, int sentence, @Nullable FoundSetting setting, @Nullable TimeReference time,
      boolean forwardOnly) {}
}

package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.extract.WordClasses.WordClass;

import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.TimeReference;
import org.jspecify.annotations.Nullable;

/**
 * What a reporting clause says of its statement besides the speaker: the cue as printed with its
 * stance, hedges, the addressee, and the occasion and time stated around the verb or before the
 * speaker ("in an interview with X released on Aug. 18", "Last month, X told ...").
 */
final class StatementContext extends ArticleRules {
  /** Most tokens of an occasion's description ("in an interview with the state broadcaster X"). */
  static final int MAX_SETTING = 12;

  private final FindingBoard board;

  StatementContext(Article article, FindingBoard board) {
    super(article);
    this.board = board;
  }

  void apply(Finding f, Frame frame) {
    f.speaker = frame.speaker().entity();
    f.mention = frame.speaker().mention();
    printedMention(f, frame.speaker());
    f.speaker.speaks = true;
    entities.noteSpeaker(frame.speaker());
    if (frame.cue() >= 0) {
      f.cueToken = frame.cue();
      f.cue = t.words(cueStart(frame.cue()), cueEnd(frame) - 1);
      f.stance = verifyNotNull(frame.cueWords()).stance() == Stance.SAYS && t.is(frame.cue() - 1, "repeatedly")
          ? Stance.REITERATES : frame.cueWords().stance();
      board.byCue.putIfAbsent(frame.cue(), f);
      if (frame.cueWords() == ReportingFrames.ACCORDING_TO) {
        f.hedges.add("according to");
      }
    }
    hedgesIn(f, frame.start(), frame.end());
    if (frame.cue() >= 0 && !frame.after()) {
      hedgesIn(f, frame.start(), frame.cue());
    }
  }

  /** Keeps where the mention of {@code speaker} is printed, when its tokens print its words. */
  private void printedMention(Finding f, Entities.Resolved speaker) {
    if (speaker.from() < 0 || speaker.mention() == null) {
      return;
    }
    int start = t.start(speaker.from());
    int end = t.end(speaker.to() - 1);
    String printed = t.text().substring(start, end);
    if (Tokens.collapseSpace(printed).equals(Tokens.collapseSpace(speaker.mention()))) {
      f.mentionStart = start;
      f.mentionEnd = end;
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
      if (lex.finiteVerbs.contains(t.lower(k))) {
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
  void fillContext(Finding f, Frame frame, int from, int hi) {
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
  @Nullable TimeReference timeOf(FoundSetting setting, int hi) {
    TimeExpressions.Expression e = times.firstIn(setting.start(), Math.min(hi, setting.end() + 4));
    return e == null || e.kind() == TimeExpressions.Kind.YEAR ? null : times.resolve(e).orElse(null);
  }

  void contextIn(Finding f, int from, int hi) {
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
  void contextBefore(Finding f, int lo, int subjectStart) {
    int from = Math.max(lo, subjectStart - 30);
    if (subjectStart > from) {
      contextIn(f, from, subjectStart);
    }
  }

  int addresseeEnd(int from, int hi) {
    int k = from;
    while (k < hi && k - from < 9 && t.isWord(k) && !t.is(k, "that") && times.at(k) == null
        && lex.cueAt(t, k) == null && !(words.is(WordClass.SETTING_PREPOSITION, t.lower(k))
        && !t.is(k, "in") && !t.is(k, "at")) && !t.is(k, "about") && !t.is(k, "to")) {
      k++;
    }
    return k;
  }

  /** The first occasion described within tokens {@code [from, hi)}, or null. */
  @Nullable FoundSetting settingIn(int from, int hi) {
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
          && !words.is(WordClass.SETTING_PREPOSITION, t.lower(m))) {
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
      if (m < from || !words.is(WordClass.SETTING_PREPOSITION, t.lower(m))) {
        continue;
      }
      int e = k + 1;
      if (e < hi && t.isWord(e) && words.is(WordClass.ATTACHMENT, t.lower(e))) {
        int npEnd = nounPhraseEnd(e + 1, hi);
        if (npEnd > e + 1) {
          e = npEnd;
        }
      }
      Entity outlet = null;
      String place = null;
      for (int j = d; j < e; j++) {
        Entity mentioned = entities.mentionAt(j);
        if (mentioned != null && mentioned.kind == Speaker.Kind.MEDIA_OUTLET) {
          outlet = mentioned;
        } else if (mentioned != null && place == null && j > k
            && mentioned.kind == Speaker.Kind.COUNTRY) {
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

  @Nullable FoundSetting settingEndingAt(int from, int end) {
    for (int k = end - 1; k >= from && end - k < 14; k--) {
      if (words.is(WordClass.SETTING_PREPOSITION, t.lower(k))) {
        FoundSetting s = settingIn(k, end);
        if (s != null && s.start() == k && s.end() == end) {
          return s;
        }
      }
    }
    return null;
  }

  /** The first token at or after {@code k} past the times and occasions that start there. */
  int pastContext(int k, int to) {
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
}

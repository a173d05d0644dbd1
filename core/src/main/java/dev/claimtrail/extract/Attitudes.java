package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Stance;
import java.util.HashSet;
import java.util.Set;

/**
 * What verbs of attitude report. Beliefs report a clause ("thinks prices will rise"); findings
 * report what follows "that" ("investigators found that ..."), and without "that" only when a
 * document finds ("polls show a tight race"; "a patient found a visit she never made" is no
 * finding). Support, opposition and wanting
 * report their object ("endorsed the mayor"), which ends before a comma or a word of {@code
 * object-ends.txt}, the when and where of the stand following it; they never report the words
 * before them.
 */
final class Attitudes extends ArticleRules {
  /** Most tokens of the when and where of a stand after its object ("during a May 4 visit to Japan"). */
  private static final int MAX_OCCASION = 12;
  private static final Set<Stance> OBJECT_STANCES = Set.of(Stance.SUPPORTS, Stance.OPPOSES, Stance.WANTS);
  private static final Set<String> OBJECT_ENDS = load();

  Attitudes(Article article) {
    super(article);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String[] f : LexiconFiles.rows("object-ends.txt", 1)) {
      words.add(f[0]);
    }
    return Set.copyOf(words);
  }

  /**
   * Whether what {@code cue} reports must be a clause, not an object: "said", "insisted", "added"
   * and "thinks" report "said prices would rise", not "said goodbye", "maintained a lead" or
   * "continues to struggle".
   */
  static boolean reportsOnlyClauses(Lexicon.Cue cue) {
    return (cue.stance() == Stance.SAYS || cue.stance() == Stance.ASSERTS || cue.stance() == Stance.ADDS)
        && !cue.takesAddressee() && cue.words().length == 1 || cue.stance() == Stance.BELIEVES;
  }

  /**
   * Whether {@code cue} reports an attitude (a belief, a wish, support or opposition, a finding)
   * rather than speech. Inside another statement an attitude is part of what that
   * statement says ("she said he wants a recount"), not a statement of its own.
   */
  static boolean isAttitude(Lexicon.Cue cue) {
    return reportsObject(cue) || cue.stance() == Stance.BELIEVES || cue.stance() == Stance.FINDS;
  }

  /** Whether {@code cue} reports its object ("endorsed X"), never the words before it. */
  static boolean reportsObject(Lexicon.Cue cue) {
    return OBJECT_STANCES.contains(cue.stance());
  }

  /**
   * Whether {@code frame}, whose verb is followed by no "that", reports what follows: always, but
   * for a verb of finding, whose subject must name a document ("a new poll", "the figures").
   */
  boolean reportsWithoutThat(Frame frame) {
    if (verifyNotNull(frame.cueWords()).stance() != Stance.FINDS) {
      return true;
    }
    for (int k = frame.start(); k < frame.cue(); k++) {
      if (lex.documentNouns.contains(t.lowerStem(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an object that started before token {@code k} ends right before it. */
  boolean objectEndsBefore(int k) {
    return t.isPunct(k, ',') || t.isWord(k) && OBJECT_ENDS.contains(t.lower(k));
  }

  /** The end of the words from {@code k}, after an object, that say when and where the stand was taken. */
  int occasionEnd(int k, int to) {
    int end = k;
    while (end < to && end - k < MAX_OCCASION && !t.isPunct(end, ',') && !Sentences.endsSentence(t, end)) {
      end++;
    }
    return end;
  }
}

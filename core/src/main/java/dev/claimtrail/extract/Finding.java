package dev.claimtrail.extract;

import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement found in the text with what is known of its attribution, before it becomes model
 * records. Character ranges index the text; token ranges the {@link Tokens}.
 */
final class Finding {
  /** Deepest chain of reports within reports that is followed; real text rarely nests three. */
  static final int MAX_DEPTH = 4;

  @SuppressWarnings("NullAway.Init") // set by the rule that makes the finding
  Statement.Kind kind;
  /** Character ranges {start, end} of the statement's words, in text order. */
  final List<int[]> parts = new ArrayList<>();
  /** Tokens of the statement, for nesting: the first and the one past the last. */
  int firstToken;
  int endToken;
  @Nullable Entity speaker;
  @Nullable String mention;
  /** The characters {@code [start, end)} that print {@link #mention}, or -1 when unknown. */
  int mentionStart = -1;
  int mentionEnd = -1;
  /** The first token of the cue, or -1 without one. */
  int cueToken = -1;
  @Nullable String cue;
  Stance stance = Stance.SAYS;
  @Nullable TimeReference said;
  @Nullable FoundSetting setting;
  @Nullable String addressee;
  final List<String> hedges = new ArrayList<>();
  @Nullable Finding via;
  double confidence;
  /** The rule that decided the speaker: a quote sieve's name, or the kind of reported clause. */
  @SuppressWarnings("NullAway.Init") // set by the rule that makes the finding
  String rule;
  /** Whether setting and time came from this finding's own words. */
  boolean ownContext;

  /** The offset of the statement's first character. */
  int position() {
    return parts.get(0)[0];
  }

  /** Whether token {@code i} lies within this statement's tokens. */
  boolean holds(int i) {
    return i >= firstToken && i < endToken;
  }

  /** How many reports {@code f} is known through, itself included; 0 for null. */
  static int depth(@Nullable Finding f) {
    int depth = 0;
    for (Finding v = f; v != null && depth <= MAX_DEPTH; v = v.via) {
      depth++;
    }
    return depth;
  }
}

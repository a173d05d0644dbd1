package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a speaker phrase to the entity that speaks: a pronoun to the entity it refers back to
 * (or "They" to the group the sentence before opened with), "X of Y" to the person X, an unnamed
 * source tied to someone ("staff members close to X") to a description affiliated with X, a name
 * run to its entity, and a role description to what {@link Descriptions} makes of it. A name set
 * off by commas after a description of its role ("the agency's director, Maya Lund,") is read by
 * {@link #appositiveName}.
 */
final class SpeakerResolver {
  private final Tokens t;
  private final Lexicon lex;
  private final Quotes.Found quotes;
  private final EntityIndex index;
  private final Groups groups;
  private final Descriptions descriptions;
  private final Antecedents antecedents;

  SpeakerResolver(Tokens t, Lexicon lex, Quotes.Found quotes, EntityIndex index, Groups groups,
      Descriptions descriptions, Antecedents antecedents) {
    this.t = t;
    this.lex = lex;
    this.quotes = quotes;
    this.index = index;
    this.groups = groups;
    this.descriptions = descriptions;
    this.antecedents = antecedents;
  }

  /**
   * The entity the speaker phrase {@code [a, b)} refers to at token {@code a}, creating one for a
   * new name or unnamed source; null when the phrase names no speaker.
   */
  Entities.@Nullable Resolved resolve(int a, int b) {
    if (a < 0 || b <= a) {
      return null;
    }
    String mention = t.words(a, b - 1);
    Lexicon.Phrase<String> anonymity = Lexicon.phraseEndingAt(t, b - 1, lex.anonymityByLastWord);
    if (anonymity != null && b - anonymity.words().length > a) {
      int end = b - anonymity.words().length;
      Lexicon.RoleKind kind = lex.roleNouns.get(t.lower(end - 1));
      return kind == Lexicon.RoleKind.PERSON || kind == Lexicon.RoleKind.ANONYMOUS
          ? descriptions.describe(a, end, mention, null, null) : resolve(a, end);
    }
    for (int k = a + 1; k < b - 1; k++) {
      if (t.is(k, "of") && index.runStart(k - 1) >= a && index.isPersonRun(k - 1)) {
        return new Entities.Resolved(verifyNotNull(index.mentionAt(k - 1)), mention, false);
      }
    }
    String head = t.lower(b - 1);
    Character pronoun = lex.pronouns.get(head);
    if (pronoun != null && b - a == 1) {
      Entity group = pronoun == 'p' ? groups.groupBefore(a) : null;
      Entity e = group != null ? group : antecedents.referent(a, pronoun);
      return e == null ? null : new Entities.Resolved(e, mention, true);
    }
    int link = -1;
    String[] linkWords = null;
    for (int k = a + 1; k < b - 1 && link < 0; k++) {
      String[] l = lex.anonymousLinkAt(t, k);
      if (l != null && t.isWord(k - 1) && lex.isRoleNoun(t.lower(k - 1))
          && (index.runStart(k - 1) < 0 || index.runStart(k - 1) == k - 1 && index.runEnd(k - 1) == k)) {
        link = k;
        linkWords = l;
      }
    }
    if (link > 0) {
      Entities.Resolved target = resolve(link + verifyNotNull(linkWords).length, b);
      return descriptions.describe(a, link, mention, target == null ? null : target.entity(), String.join(" ", linkWords));
    }
    if (index.runStart(b - 1) >= 0) {
      int rs = Math.max(a, index.runStart(b - 1));
      Entity e = index.entityOfRun(rs, b);
      if (e != null) {
        return new Entities.Resolved(e, mention, false);
      }
      if (rs > a && !lex.isRoleNoun(head)) {
        return null;
      }
    }
    if (lex.isRoleNoun(head) && !heldBy(b)) {
      return descriptions.describe(a, b, mention, null, null);
    }
    return null;
  }

  /**
   * Whether a document's description ending before token {@code b} goes on to say who merely has
   * it ("a filing seen by the Courier"): such a document speaks for nobody.
   */
  private boolean heldBy(int b) {
    return lex.documentNouns.contains(t.lower(b - 1)) && Boolean.FALSE.equals(lex.documentAgents.get(t.lower(b)))
        && t.is(b + 1, "by");
  }

  /**
   * The one named by the name run {@code (p, j)} set off by commas after a description that starts
   * at {@code from}: a person's role ("Its director, Ana Ruiz"), or any description that opens with
   * a determiner ("The contractor, Brandt Rail"); null when the tokens are no such pair. A gendered
   * title in the description ("spokeswoman") gives the person's gender.
   */
  Entities.@Nullable Resolved appositiveName(int from, int p, int j) {
    if (index.runStart(p + 1) != p + 1 || index.runEnd(p + 1) != j || p - from > 12 || p <= from) {
      return null;
    }
    Entity person = index.mentionAt(j - 1);
    if (person == null) {
      return null;
    }
    char gender = 0;
    boolean role = false;
    for (int k = from; k < p; k++) {
      if (quotes.inside(k) || reportingVerbAt(k) || t.kind(k) == Tokens.QUOTE) {
        return null;
      }
      String w = t.lowerStem(k);
      Lexicon.TitleWord title = lex.titleWords.get(w);
      if (title != null && title.kind() != Lexicon.TitleKind.PART && title.kind() != Lexicon.TitleKind.HONORIFIC
          || lex.roleNouns.get(w) == Lexicon.RoleKind.PERSON || lex.roleNouns.get(w) == Lexicon.RoleKind.LEADER) {
        role = true;
        gender = title != null && title.gender() != 0 ? title.gender() : gender;
      }
    }
    boolean described = Entities.isDeterminer(t.lower(from)) || t.is(from, "one") && t.is(from + 1, "of");
    if (!role && !(described && plainWords(from + 1, p))
        || role && !person.isPerson()) {
      return null;
    }
    if (gender != 0 && person.gender == 0) {
      person.gender = gender;
    }
    return new Entities.Resolved(person, t.words(from, j - 1), false);
  }

  /** Whether tokens {@code [from, to)} are all words or numbers, none of them a verb of reporting. */
  private boolean plainWords(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER || reportingVerbAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a reporting verb stands at {@code k}: a cue that no determiner or number makes a noun. */
  private boolean reportingVerbAt(int k) {
    return lex.cueAt(t, k) != null && !Entities.isDeterminer(t.lower(k - 1)) && t.kind(k - 1) != Tokens.NUMBER;
  }
}

package dev.claimtrail.extract;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The entities of one text and the places they are mentioned, and the speaker phrases that name
 * them. A {@link NameReader} first reads every run of capitalized words into an {@link
 * EntityIndex}; {@link PhraseBounds} then finds where a speaker phrase begins or ends around a
 * reporting verb, {@link SpeakerResolver} resolves the phrase to its entity (pronouns, names,
 * role descriptions and unnamed sources, with {@link Descriptions}), and {@link Groups} makes
 * groups of plural subjects ("Bus drivers in the city"). This class holds these parts for one
 * text and is what the attribution rules ask.
 */
final class Entities {
  /**
   * A resolved speaker phrase: the entity, the words naming it, and the tokens {@code [from, to)}
   * that print them (-1 when the words are not printed in one piece).
   */
  record Resolved(Entity entity, @Nullable String mention, boolean pronoun, int from, int to) {
    Resolved(Entity entity, @Nullable String mention, boolean pronoun) {
      this(entity, mention, pronoun, -1, -1);
    }

    /** This phrase, printed at tokens {@code [from, to)} unless it already says where. */
    Resolved printedAt(int from, int to) {
      return this.from >= 0 ? this : new Resolved(entity, mention, pronoun, from, to);
    }
  }

  private final EntityIndex index;
  private final PhraseBounds bounds;
  private final Groups groups;
  private final SpeakerResolver resolver;
  private final Antecedents antecedents;

  Entities(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences) {
    this.index = new EntityIndex(t, lex, quotes, sentences);
    new NameReader(t, lex, sentences, index).read();
    this.bounds = new PhraseBounds(t, lex, index);
    this.groups = new Groups(t, lex, quotes, sentences, index);
    this.antecedents = new Antecedents(t, lex, quotes, sentences, index);
    this.resolver = new SpeakerResolver(t, lex, quotes, index, groups, new Descriptions(t, lex, index),
        antecedents);
  }

  /** Every entity, in the order first met. */
  List<Entity> all() {
    return index.all();
  }

  /** Whether the name run that ends at token {@code last} names a person. */
  boolean isPersonRun(int last) {
    return index.isPersonRun(last);
  }

  /** The first token of the name run holding token {@code i}, or -1. */
  int runStart(int i) {
    return index.runStart(i);
  }

  /** The token just past the name run holding token {@code i}; only when {@link #runStart} ≥ 0. */
  int runEnd(int i) {
    return index.runEnd(i);
  }

  /**
   * The start of the speaker phrase that ends with token {@code j}, at or after {@code lo}, or -1
   * when no speaker phrase ends there.
   */
  int phraseStartBefore(int j, int lo) {
    return bounds.phraseStartBefore(j, lo);
  }

  /** The end (exclusive) of the speaker phrase starting at token {@code a}, or -1. */
  int phraseEndAfter(int a, int hi) {
    return bounds.phraseEndAfter(a, hi);
  }

  /** Whether the lower-case word {@code w} is a determiner of the standard lexicon. */
  static boolean isDeterminer(String w) {
    return Lexicon.standard().isDeterminer(w);
  }

  /** Whether the lower-case word {@code w} is an auxiliary of the standard lexicon. */
  static boolean isAuxiliary(String w) {
    return Lexicon.standard().isAuxiliary(w);
  }

  /**
   * The entity the speaker phrase {@code [a, b)} refers to at token {@code a}, creating one for a
   * new name or unnamed source; null when the phrase names no speaker.
   */
  @Nullable Resolved resolve(int a, int b) {
    return printedAt(resolver.resolve(a, b), a, b);
  }

  /**
   * The person named by the name run {@code (p, j)} set off by commas after a description of their
   * role that starts at {@code from} ("Its director, Ana Ruiz"); null when the tokens are no such
   * pair.
   */
  @Nullable Resolved appositiveName(int from, int p, int j) {
    return printedAt(resolver.appositiveName(from, p, j), from, j);
  }

  /**
   * A plural subject that opens a sentence at {@code from} and ends at {@code to}, before its verb:
   * "Workers at the Ashford plant" said; null when {@code [from, to)} is none.
   */
  @Nullable Resolved groupSubject(int from, int to) {
    return printedAt(groups.groupSubject(from, to), from, to);
  }

  /** The group of plural noun phrase {@code [from, to)} that a modifier follows, or null. */
  @Nullable Resolved modifiedGroup(int from, int to) {
    return printedAt(groups.modifiedGroup(from, to), from, to);
  }

  /** Whether {@code [from, to)} is a plural subject that {@link #groupSubject} would resolve. */
  boolean isGroupSubject(int from, int to) {
    return groups.isGroupSubject(from, to);
  }

  /**
   * The start of a plural noun of common words that ends at {@code head}, at or after {@code lo};
   * -1 when {@code head} is no plural noun.
   */
  int pluralNounStart(int head, int lo) {
    return groups.pluralNounStart(head, lo);
  }

  /** The group named by the words {@code [from, to)}, made one if it is new. */
  @Nullable Resolved group(int from, int to) {
    return printedAt(groups.group(from, to), from, to);
  }

  /**
   * Records that speaker phrase {@code r} mentions its entity where it is printed, once a statement
   * is attributed to it, so that a later pronoun can refer back through it ("she said. Then she
   * added") or to a name read only as a speaker.
   */
  void noteSpeaker(Resolved r) {
    if (r.to() > 0) {
      index.addMention(r.to() - 1, r.entity());
    }
  }

  private static @Nullable Resolved printedAt(@Nullable Resolved r, int from, int to) {
    return r == null ? null : r.printedAt(from, to);
  }

  /** Whether token {@code i} is a past participle followed by its agent: "interviewed by". */
  boolean participleWithAgent(int i) {
    return groups.participleWithAgent(i);
  }

  /**
   * The entity the text knows by {@code name} (compared in lower case), as a name or a short name
   * ("Moreno" for Lena Moreno), or else a new person of that name.
   */
  Entity named(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Entity known = index.known(key);
    return known != null ? known : index.newName(name, key, false);
  }

  /** The entity mentioned by the name run that ends at token {@code i}, or null. */
  @Nullable Entity mentionAt(int i) {
    return index.mentionAt(i);
  }

  /**
   * The first person mentioned outside quotes within tokens {@code [from, to)} who may be the
   * subject there: not after a preposition or a definite article ("from Millbrook", "the Riverside
   * Convention") nor in the possessive; null when none is.
   */
  @Nullable Entity firstSubjectIn(int from, int to) {
    return antecedents.firstSubjectIn(from, to);
  }

  /** The first entity mentioned outside quotes within tokens {@code [from, to)}, or null. */
  @Nullable Entity firstMentionIn(int from, int to) {
    return index.firstMentionIn(from, to);
  }
}

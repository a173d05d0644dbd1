package dev.claimtrail.extract;

import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The name runs of one text, the entities met in it and the tokens where they are mentioned. The
 * first pass marks each run of capitalized words and registers what it names; later passes add the
 * groups and unnamed sources they describe. Mentions stay in token order, so the last mention
 * before a token is a binary search away. Entities are found by a lower-case key: their name, a
 * person's last name, or "~" and the words of a description.
 */
final class EntityIndex {
  /** A mention of an entity at a token, in a sentence, inside a quote or not. */
  record Mention(int token, Entity entity, int sentence, boolean quoted) {}

  private final Tokens t;
  private final Lexicon lex;
  private final Quotes.Found quotes;
  private final Sentences sentences;
  private final List<Entity> all = new ArrayList<>();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  /** For each token inside a name run, the run's first token; -1 elsewhere. */
  private final int[] runStart;
  private final int[] runEnd;

  EntityIndex(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences) {
    this.t = t;
    this.lex = lex;
    this.quotes = quotes;
    this.sentences = sentences;
    this.runStart = new int[t.size()];
    this.runEnd = new int[t.size()];
    Arrays.fill(runStart, -1);
  }

  /** Every entity, in the order first met. */
  List<Entity> all() {
    return all;
  }

  /** The order the next entity made gets. */
  int nextOrder() {
    return all.size();
  }

  /** The entity registered under {@code key}, or null. */
  @Nullable Entity known(String key) {
    return byKey.get(key);
  }

  /** Adds entity {@code e} under {@code key}. */
  void register(Entity e, String key) {
    all.add(e);
    byKey.put(key, e);
  }

  /** Lets {@code key} find {@code e} too, unless it already finds another entity. */
  void addKey(String key, Entity e) {
    byKey.putIfAbsent(key, e);
  }

  /** Marks tokens {@code [a, b)} as one name run. */
  void markRun(int a, int b) {
    for (int k = a; k < b; k++) {
      runStart[k] = a;
      runEnd[k] = b;
    }
  }

  /** The first token of the name run holding token {@code i}, or -1. */
  int runStart(int i) {
    return i >= 0 && i < runStart.length ? runStart[i] : -1;
  }

  /** The token just past the name run holding token {@code i}; only when {@link #runStart} ≥ 0. */
  int runEnd(int i) {
    return runEnd[i];
  }

  /** Records that {@code e} is mentioned at {@code token}, unless a mention is there already. */
  void addMention(int token, Entity e) {
    int at = mentionIndexBefore(token + 1) + 1;
    if (at > 0 && mentions.get(at - 1).token() == token) {
      return;
    }
    mentions.add(at, new Mention(token, e, sentences.of(token), quotes.inside(token)));
  }

  /** How many mentions there are. */
  int size() {
    return mentions.size();
  }

  /** The mention at index {@code m} of the mentions in token order. */
  Mention mention(int m) {
    return mentions.get(m);
  }

  /** The index of the last mention at a token before {@code token}, or -1. */
  int mentionIndexBefore(int token) {
    int lo = 0;
    int hi = mentions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).token() < token) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** The entity mentioned by the name run that ends at token {@code i}, or null. */
  @Nullable Entity mentionAt(int i) {
    int m = mentionIndexBefore(i + 1);
    return m >= 0 && mentions.get(m).token() == i ? mentions.get(m).entity() : null;
  }

  /** The first entity mentioned outside quotes within tokens {@code [from, to)}, or null. */
  @Nullable Entity firstMentionIn(int from, int to) {
    for (int m = mentionIndexBefore(from) + 1; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      if (mention.token() >= to) {
        return null;
      }
      if (!mention.quoted()) {
        return mention.entity();
      }
    }
    return null;
  }

  /** Whether the name run ending at token {@code last} names a person. */
  boolean isPersonRun(int last) {
    Entity e = runEnd(last) == last + 1 ? mentionAt(last) : null;
    return e != null && e.isPerson();
  }

  /**
   * The entity the name run {@code [a, b)} names: the one mentioned there, or known by its words,
   * or a new name; null for a possessive, a lone title or role word, a nationality or a function
   * word.
   */
  @Nullable Entity entityOfRun(int a, int b) {
    for (int m = mentionIndexBefore(b); m >= 0 && m < mentions.size(); m--) {
      Mention mention = mentions.get(m);
      if (mention.token() < a) {
        break;
      }
      if (mention.token() == b - 1) {
        return mention.entity();
      }
    }
    String whole = t.words(a, b - 1);
    if (t.isPossessive(b - 1)) {
      return null;
    }
    String lower = whole.toLowerCase(Locale.ROOT);
    Entity known = byKey.get(lower);
    if (known != null) {
      return known;
    }
    if (b - a == 1 && (lex.titleWords.containsKey(lower) || lex.isRoleNoun(lower))
        || lex.nationalities.containsKey(lower) || lex.functionWords.contains(lower)) {
      return null;
    }
    return newName(whole, lower, b - a == 1 && t.isAllCaps(a, 1));
  }

  /** A new person, or organization for an {@code acronym}, named {@code whole}. */
  Entity newName(String whole, String lower, boolean acronym) {
    Entity e = new Entity(all.size(), acronym ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, whole);
    register(e, lower);
    return e;
  }

  /** The entity of the {@code country} of that name, made one if it is new. */
  Entity country(String country) {
    String key = country.toLowerCase(Locale.ROOT);
    Entity e = byKey.get(key);
    if (e == null || e.kind != Speaker.Kind.COUNTRY) {
      e = new Entity(all.size(), Speaker.Kind.COUNTRY, country);
      e.country = country;
      register(e, key);
    }
    return e;
  }
}

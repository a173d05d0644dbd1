package dev.claimtrail.extract;

import dev.claimtrail.model.Role;
import dev.claimtrail.model.Source;
import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities of one text and the places they are mentioned. A first pass reads every run of
 * capitalized words: titled names ("Portuguese Finance Minister Ana Moreno") become persons with
 * roles, countries and their capitals become countries, names ending in an outlet word or following
 * an outlet noun become outlets, a capitalized plural organisational word before "of (the)" starts
 * an organization's name ("Friends of the Alder Valley"); later a last name alone refers back to its
 * person. Pronouns, role descriptions ("the Russian leader") and unnamed sources ("staff members
 * close to X") are resolved against these entities by {@link #resolve}; a name set off by commas
 * after a role ("the agency's director, Maya Lund,") by {@link #appositiveName}; plural subjects
 * ("Bus drivers in the city") become groups, which "They" opening the next sentence refers to.
 */
final class Entities {
  /** A mention of an entity at a token, in a sentence, inside a quote or not. */
  record Mention(int token, Entity entity, int sentence, boolean quoted) {}

  /** A resolved speaker phrase: the entity and the words naming it. */
  record Resolved(Entity entity, String mention, boolean pronoun) {}

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

  Entities(Tokens t, Lexicon lex, Quotes.Found quotes, Sentences sentences) {
    this.t = t;
    this.lex = lex;
    this.quotes = quotes;
    this.sentences = sentences;
    this.runStart = new int[t.size()];
    this.runEnd = new int[t.size()];
    java.util.Arrays.fill(runStart, -1);
    readNames();
  }

  /** Every entity, in the order first met. */
  List<Entity> all() {
    return all;
  }

  // ---------------------------------------------------------------- first pass over names

  private void readNames() {
    int i = 0;
    while (i < t.size()) {
      if (!isNameWord(i)) {
        i++;
        continue;
      }
      int a = i;
      int b = i + 1;
      while (b < t.size() && (t.breaksBefore(b) == 0 || Sentences.wrapsName(t, b)) && !t.isPossessive(b - 1)
          && (isNameWord(b) || isInnerConnector(b) || joinsNames(b))) {
        b++;
      }
      while (b - 1 > a && !isNameWord(b - 1)) {
        b--;
      }
      i = b;
      while (a < b && lex.functionWords.contains(t.lower(a)) && !isCountryWord(a, b)) {
        a++;
      }
      if (a < b) {
        for (int k = a; k < b; k++) {
          runStart[k] = a;
          runEnd[k] = b;
        }
        Entity e = readRun(a, b);
        if (e != null) {
          mentions.add(new Mention(b - 1, e, sentences.of(b - 1), quotes.inside(b - 1)));
        }
      }
    }
  }

  private boolean isCountryWord(int a, int b) {
    return t.is(a, "the") && lex.countryOf(t.words(a, b - 1).toLowerCase(Locale.ROOT)) != null;
  }

  private boolean isNameWord(int i) {
    if (!t.isCapitalized(i)) {
      return false;
    }
    return !t.isAllCaps(i, 4) || lex.countryOf(t.lower(i)) != null;
  }

  /**
   * Whether punctuation token {@code i} joins two parts of one name: the dot of a title's
   * abbreviation ("Dr. Jane Roe") or an ampersand ("Ledger & Mill").
   */
  private boolean joinsNames(int i) {
    if (!isNameWord(i + 1) || t.breaksBefore(i + 1) > 0) {
      return false;
    }
    return t.isPunct(i, '&')
        || t.isPunct(i, '.') && t.end(i - 1) == t.start(i) && lex.titleWords.containsKey(t.lower(i - 1) + ".");
  }

  /**
   * The title word {@code w} at token {@code k}, also in its abbreviated form when a dot follows
   * it ("Sen." for the lexicon's "sen."); null when it is none.
   */
  private Lexicon.TitleWord titleAt(int k, String w) {
    Lexicon.TitleWord title = lex.titleWords.get(w);
    if (title == null && t.isPunct(k + 1, '.') && t.start(k + 1) == t.end(k)) {
      title = lex.titleWords.get(w + ".");
    }
    return title;
  }

  private boolean isInnerConnector(int i) {
    if (t.is(i, "the") && t.is(i - 1, "of") && isInnerConnector(i - 1)) {
      return true;
    }
    if (t.is(i, "of") && t.is(i + 1, "the") && isNameWord(i + 2) && t.breaksBefore(i + 2) == 0
        && t.isCapitalized(i - 1) && lex.organizationWords.contains(t.lowerStem(i - 1))
        && t.lowerStem(i - 1).endsWith("s")) {
      return true;
    }
    String w = t.lower(i);
    if (!(w.equals("of") || w.equals("for") || w.equals("de") || w.equals("al") || w.equals("bin"))
        || !isNameWord(i + 1) || t.breaksBefore(i + 1) > 0) {
      return false;
    }
    String prev = t.lowerStem(i - 1);
    return lex.organizationWords.contains(prev) || lex.titleWords.containsKey(prev)
        || w.equals("de") || w.equals("al") || w.equals("bin");
  }

  private Entity readRun(int a, int b) {
    int k = a;
    String nationality = null;
    int titleStart = -1;
    int titleEnd = -1;
    boolean leaderTitle = false;
    boolean headTitle = false;
    char gender = 0;
    while (k < b - 1) {
      if (t.isPunct(k, '.') && titleStart >= 0) {
        k++;
        continue;
      }
      String w = stripFormer(t.lowerStem(k));
      String nat = lex.nationalities.get(w);
      Lexicon.TitleWord title = titleAt(k, w);
      if (nat != null && titleStart < 0 && nationality == null) {
        nationality = nat;
      } else if (title != null) {
        if (titleStart < 0) {
          titleStart = k;
        }
        titleEnd = k + 1;
        leaderTitle |= title.kind() == Lexicon.TitleKind.LEADER;
        headTitle |= title.kind() != Lexicon.TitleKind.PART;
        if (title.gender() != 0) {
          gender = title.gender();
        }
      } else {
        break;
      }
      k++;
    }
    if (titleStart < 0) {
      int title = titleBeforeName(k, b);
      if (title >= 0) {
        titleStart = k;
        titleEnd = title + 1;
        Lexicon.TitleWord head = lex.titleWords.get(t.lowerStem(title));
        leaderTitle = head.kind() == Lexicon.TitleKind.LEADER;
        headTitle = true;
        gender = head.gender();
        k = title + 1;
      }
    }
    if (titleStart >= 0 && headTitle && k < b) {
      String name = t.words(k, b - 1);
      if (t.isPossessive(b - 1)) {
        name = name.substring(0, name.length() - 2);
      }
      Entity person = person(name, k, b);
      String title = stripFormerText(t.words(titleStart, titleEnd - 1));
      addRole(person, title, nationality);
      person.leader |= leaderTitle;
      if (gender != 0 && title.length() > 0) {
        person.gender = gender;
      }
      if (person.country == null) {
        person.country = nationality;
      }
      return person;
    }
    if (k == b - 1 && (titleStart >= 0 || nationality != null)
        && lex.titleWords.containsKey(t.lowerStem(k))) {
      return null;
    }
    String whole = t.words(a, b - 1);
    if (t.isPossessive(b - 1)) {
      whole = whole.substring(0, whole.length() - 2);
    }
    String lower = whole.toLowerCase(Locale.ROOT).replace('’', '\'');
    String country = lex.countryOf(lower);
    if (country != null) {
      Entity e = country(country);
      if (!lower.equals(country.toLowerCase(Locale.ROOT))) {
        e.addAlias(whole);
      }
      return e;
    }
    if (nationality != null && k == b - 1 && b - a == 1) {
      return null;
    }
    Entity known = byKey.get(lower);
    if (known != null) {
      return known;
    }
    Source.Kind outletKind = outletBefore(a);
    if (outletKind != null || isOutletName(a, b)) {
      Entity outlet = new Entity(all.size(), Speaker.Kind.MEDIA_OUTLET, whole);
      outlet.outletKind = outletKind != null ? outletKind : guessOutletKind(a, b);
      outlet.ownership = ownershipBefore(a);
      register(outlet, lower);
      return outlet;
    }
    for (int j = a; j < b; j++) {
      if (lex.organizationWords.contains(t.lowerStem(j))) {
        Entity org = new Entity(all.size(), Speaker.Kind.ORGANIZATION, whole);
        org.country = nationality;
        register(org, lower);
        return org;
      }
    }
    if (b - a == 1) {
      return nextToCue(a) ? newName(whole, lower, t.isAllCaps(a, 1)) : null;
    }
    if (b - a >= 2 && b - a <= 4 && allPlainNames(a, b)) {
      Entity p = person(whole, a, b);
      if (nationality != null && p.country == null) {
        p.country = nationality;
      }
      return p;
    }
    return null;
  }

  /**
   * The title word that the capitalized words from {@code a} lead up to and a plain name of one to
   * three words follows ("Budget Director Alan Mercer"), or -1.
   */
  private int titleBeforeName(int a, int b) {
    for (int p = b - 2; p > a && p >= b - 4; p--) {
      Lexicon.TitleWord title = t.isWord(p) ? lex.titleWords.get(t.lowerStem(p)) : null;
      if (title == null || title.kind() == Lexicon.TitleKind.PART || !allPlainNames(p + 1, b)) {
        continue;
      }
      for (int m = a; m < p; m++) {
        if (!t.isCapitalized(m) || lex.functionWords.contains(t.lower(m)) || t.isPossessive(m)) {
          return -1;
        }
      }
      return p;
    }
    return -1;
  }

  private boolean allPlainNames(int a, int b) {
    for (int j = a; j < b; j++) {
      String w = t.lowerStem(j);
      Lexicon.TitleWord title = lex.titleWords.get(w);
      if (lex.functionWords.contains(w) || lex.cueAt(t, j) != null || t.kind(j) == Tokens.NUMBER
          || lex.countryOf(w) != null && j == a || lex.nationalities.containsKey(w)
          || title != null && title.kind() != Lexicon.TitleKind.PART || t.isAllCaps(j, 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a reporting verb follows token {@code a} (after auxiliaries) or precedes it. */
  private boolean nextToCue(int a) {
    int k = a + 1;
    while (k < t.size() && k - a < 4 && t.isWord(k) && isAuxiliary(t.lower(k))) {
      k++;
    }
    if (lex.cueAt(t, k) != null && !t.isPossessive(a)) {
      return true;
    }
    int before = a - 1;
    return before >= 1 && lex.cueAt(t, before) != null
        && (t.kind(before - 1) == Tokens.QUOTE || t.isPunct(before - 1, ','));
  }

  private Entity newName(String whole, String lower, boolean acronym) {
    Entity e = new Entity(all.size(), acronym ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, whole);
    register(e, lower);
    return e;
  }

  private static String stripFormer(String w) {
    for (String prefix : new String[] {"then-", "ex-", "former-"}) {
      if (w.startsWith(prefix)) {
        return w.substring(prefix.length());
      }
    }
    return w;
  }

  private static String stripFormerText(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"then-", "ex-", "former "}) {
      if (lower.startsWith(prefix)) {
        return title.substring(prefix.length());
      }
    }
    return title;
  }

  private Source.Kind outletBefore(int a) {
    return t.isWord(a - 1) ? outletKind(t.lower(a - 1)) : null;
  }

  /** The kind of outlet a noun such as "channel" or "agency" names, or null. */
  private static Source.Kind outletKind(String noun) {
    switch (noun) {
      case "channel":
      case "broadcaster":
      case "tv":
      case "television":
        return Source.Kind.TV_CHANNEL;
      case "newspaper":
      case "daily":
      case "paper":
      case "tabloid":
        return Source.Kind.NEWSPAPER;
      case "agency":
        return Source.Kind.NEWS_AGENCY;
      case "outlet":
      case "website":
      case "site":
      case "portal":
      case "publication":
        return Source.Kind.NEWS_SITE;
      case "radio":
      case "station":
        return Source.Kind.RADIO;
      default:
        return null;
    }
  }

  private String ownershipBefore(int a) {
    for (int j = a - 1; j >= Math.max(0, a - 5); j--) {
      if (!t.isWord(j)) {
        return null;
      }
      String w = t.lower(j);
      if (w.endsWith("-owned") || w.endsWith("-run") || w.endsWith("-controlled")
          || w.endsWith("-funded") || w.endsWith("-backed")) {
        return t.text(j);
      }
    }
    return null;
  }

  private boolean isOutletName(int a, int b) {
    String last = t.lowerStem(b - 1);
    if (b - a >= 2 && lex.outletWords.contains(last)) {
      return true;
    }
    return isDomain(last);
  }

  private static boolean isDomain(String w) {
    int dot = w.lastIndexOf('.');
    if (dot <= 0) {
      return false;
    }
    String tld = w.substring(dot + 1);
    return tld.equals("com") || tld.equals("org") || tld.equals("net") || tld.equals("news")
        || tld.equals("info") || tld.equals("tv") || tld.equals("ru") || tld.equals("uk")
        || tld.equals("io") || tld.equals("co");
  }

  private Source.Kind guessOutletKind(int a, int b) {
    String last = t.lowerStem(b - 1);
    if (isDomain(last)) {
      return Source.Kind.NEWS_SITE;
    }
    if (last.equals("tv") || last.equals("channel") || last.equals("television")) {
      return Source.Kind.TV_CHANNEL;
    }
    if (last.equals("agency") || last.equals("wire")) {
      return Source.Kind.NEWS_AGENCY;
    }
    if (last.equals("radio")) {
      return Source.Kind.RADIO;
    }
    return Source.Kind.OTHER;
  }

  private Entity person(String name, int a, int b) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    Entity known = byKey.get(lower);
    if (known != null && known.isPerson()) {
      return known;
    }
    String last = t.lowerStem(b - 1);
    Entity byLast = byKey.get(last);
    if (b - a == 1 && byLast != null && byLast.isPerson()) {
      return byLast;
    }
    Entity p = new Entity(all.size(), Speaker.Kind.PERSON, name);
    register(p, lower);
    if (b - a >= 2) {
      byKey.putIfAbsent(last, p);
      p.addAlias(t.text(b - 1).replace("'s", "").replace("’s", ""));
    }
    return p;
  }

  private static void addRole(Entity person, String title, String country) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (Role r : person.roles) {
      if (r.title().toLowerCase(Locale.ROOT).endsWith(lower)) {
        return;
      }
    }
    Role.Builder role = Role.builder();
    role.title(title);
    if (country != null) {
      role.organization(country);
    }
    person.roles.add(role.build());
  }

  private Entity country(String country) {
    String key = country.toLowerCase(Locale.ROOT);
    Entity e = byKey.get(key);
    if (e == null || e.kind != Speaker.Kind.COUNTRY) {
      e = new Entity(all.size(), Speaker.Kind.COUNTRY, country);
      e.country = country;
      register(e, key);
    }
    return e;
  }

  private void register(Entity e, String key) {
    all.add(e);
    byKey.put(key, e);
  }

  // ---------------------------------------------------------------- speaker phrases

  /** The first token of the name run holding token {@code i}, or -1. */
  int runStart(int i) {
    return i >= 0 && i < runStart.length ? runStart[i] : -1;
  }

  /** The token just past the name run holding token {@code i}; only when {@link #runStart} ≥ 0. */
  int runEnd(int i) {
    return runEnd[i];
  }

  /**
   * The start of the speaker phrase that ends with token {@code j}, at or after {@code lo}, or -1
   * when no speaker phrase ends there.
   */
  int phraseStartBefore(int j, int lo) {
    if (j < lo || !t.isWord(j)) {
      return -1;
    }
    int a;
    String w = t.lower(j);
    if (lex.pronouns.containsKey(w)) {
      return j;
    }
    Lexicon.Phrase<String> anonymity = Lexicon.phraseEndingAt(t, j, lex.anonymityByLastWord);
    if (anonymity != null) {
      int head = j - anonymity.words().length;
      return head > lo && isRoleNoun(t.lower(head)) ? phraseStartBefore(head, lo) : -1;
    }
    if (runStart(j) >= 0 && runEnd(j) == j + 1) {
      a = Math.max(lo, runStart(j));
      if (t.is(a - 1, "the") && a - 1 >= lo) {
        a--;
      }
      if (t.is(a - 1, "of") && a - 2 >= lo && runStart(a - 2) >= lo && isPersonRun(a - 2)) {
        return runStart(a - 2);
      }
      a = descriptionBeforeLink(a, lo);
      return a;
    }
    if (isRoleNoun(w) && !t.isPossessive(j)) {
      a = descriptionStart(j, lo);
      return descriptionBeforeLink(a, lo);
    }
    int object = plainObjectStart(j, lo);
    a = object < 0 ? -1 : descriptionBeforeLink(object, lo);
    return a < object ? a : -1;
  }

  /**
   * The start of "the matter" ending at token {@code j}: "the" and up to three words of lower case
   * that are no function words, as in "people familiar with the matter"; -1 otherwise.
   */
  private int plainObjectStart(int j, int lo) {
    for (int k = j; k >= lo && j - k < 3 && t.isWord(k) && !t.isCapitalized(k) && !t.isPossessive(k)
        && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null && !isAuxiliary(t.lower(k)); k--) {
      if (t.is(k - 1, "the") && k - 1 >= lo) {
        return k - 1;
      }
    }
    return -1;
  }

  private boolean isRoleNoun(String w) {
    return lex.roleNouns.containsKey(w);
  }

  /** The start of "the state-owned news outlet" given its head noun at {@code head}. */
  private int descriptionStart(int head, int lo) {
    int a = head;
    for (int k = head - 1; k >= lo && head - k <= 6; k--) {
      String w = t.lower(k);
      if (!t.isWord(k) || lex.cueAt(t, k) != null) {
        break;
      }
      if (isDeterminer(w)) {
        a = k;
        break;
      }
      if (lex.functionWords.contains(w) || isAuxiliary(w)) {
        break;
      }
      a = k;
    }
    return a;
  }

  /** Extends a phrase starting at {@code a} back over "staff members close to". */
  private int descriptionBeforeLink(int a, int lo) {
    for (String[] link : lex.anonymousLinks) {
      int linkStart = a - link.length;
      if (linkStart - 1 >= lo && Lexicon.matches(t, linkStart, link) && t.isWord(linkStart - 1)
          && isRoleNoun(t.lower(linkStart - 1))) {
        return descriptionStart(linkStart - 1, lo);
      }
    }
    return a;
  }

  /** The end (exclusive) of the speaker phrase starting at token {@code a}, or -1. */
  int phraseEndAfter(int a, int hi) {
    if (a >= hi || !t.isWord(a)) {
      return -1;
    }
    String w = t.lower(a);
    if (lex.pronouns.containsKey(w)) {
      return a + 1;
    }
    int k = a;
    if (isDeterminer(w)) {
      k++;
    }
    int end = -1;
    while (k < hi && k - a <= 12) {
      if (runStart(k) >= 0) {
        k = runEnd(k);
        end = k;
        if (t.isPossessive(k - 1)) {
          return -1;
        }
      } else if (t.isWord(k) && isRoleNoun(t.lower(k)) && !t.isPossessive(k)) {
        k++;
        end = k;
      } else if (t.isWord(k) && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null
          && !isAuxiliary(t.lower(k)) && end < 0) {
        k++;
      } else {
        break;
      }
      String[] link = linkAt(k);
      if (link != null && end == k && k + link.length < hi) {
        int inner = phraseEndAfter(k + link.length, hi);
        if (inner < 0) {
          inner = plainObjectEnd(k + link.length, hi);
        }
        if (inner > 0) {
          return inner;
        }
      }
      if (end == k && (k >= hi || !t.isWord(k) || runStart(k) < 0 && !isRoleNoun(t.lower(k)))) {
        break;
      }
    }
    Lexicon.Phrase<String> anonymity = end > a && isRoleNoun(t.lower(end - 1))
        ? Lexicon.phraseStartingAt(t, end, lex.anonymityByFirstWord) : null;
    return anonymity != null && end + anonymity.words().length <= hi ? end + anonymity.words().length : end;
  }

  /**
   * The end of a short definite object such as "the matter" or "the negotiations" starting at
   * {@code a}, as unnamed sources are "familiar with" it; -1 when none ends before punctuation.
   */
  private int plainObjectEnd(int a, int hi) {
    if (!t.is(a, "the")) {
      return -1;
    }
    int k = a + 1;
    while (k < hi && k - a <= 3 && t.isWord(k) && !t.isCapitalized(k)
        && !lex.functionWords.contains(t.lower(k)) && lex.cueAt(t, k) == null
        && !isAuxiliary(t.lower(k))) {
      k++;
    }
    return k > a + 1 && (k >= hi || !t.isWord(k) || lex.cueAt(t, k) != null || isAuxiliary(t.lower(k)))
        ? k : -1;
  }

  /** Whether the name run ending at token {@code last} names a person. */
  private boolean isPersonRun(int last) {
    Entity e = runEnd(last) == last + 1 ? mentionAt(last) : null;
    return e != null && e.isPerson();
  }

  private String[] linkAt(int k) {
    for (String[] link : lex.anonymousLinks) {
      if (Lexicon.matches(t, k, link)) {
        return link;
      }
    }
    return null;
  }

  static boolean isDeterminer(String w) {
    switch (w) {
      case "the":
      case "a":
      case "an":
      case "this":
      case "that":
      case "its":
      case "his":
      case "her":
      case "their":
      case "some":
      case "several":
      case "two":
      case "three":
      case "many":
      case "other":
      case "one":
        return true;
      default:
        return false;
    }
  }

  static boolean isAuxiliary(String w) {
    switch (w) {
      case "has":
      case "have":
      case "had":
      case "is":
      case "was":
      case "were":
      case "are":
      case "be":
      case "been":
      case "would":
      case "will":
      case "could":
      case "can":
      case "did":
      case "does":
      case "do":
      case "may":
      case "might":
      case "must":
      case "should":
      case "also":
      case "then":
      case "later":
      case "again":
      case "once":
      case "not":
      case "never":
      case "even":
      case "further":
      case "earlier":
      case "now":
      case "still":
      case "just":
      case "already":
      case "first":
      case "publicly":
      case "previously":
        return true;
      default:
        return false;
    }
  }

  /**
   * The entity the speaker phrase {@code [a, b)} refers to at token {@code a}, creating one for a
   * new name or unnamed source; null when the phrase names no speaker.
   */
  Resolved resolve(int a, int b) {
    if (a < 0 || b <= a) {
      return null;
    }
    String mention = t.words(a, b - 1);
    Lexicon.Phrase<String> anonymity = Lexicon.phraseEndingAt(t, b - 1, lex.anonymityByLastWord);
    if (anonymity != null && b - anonymity.words().length > a) {
      int end = b - anonymity.words().length;
      Lexicon.RoleKind kind = lex.roleNouns.get(t.lower(end - 1));
      return kind == Lexicon.RoleKind.PERSON || kind == Lexicon.RoleKind.ANONYMOUS
          ? describe(a, end, mention, null, null) : resolve(a, end);
    }
    for (int k = a + 1; k < b - 1; k++) {
      if (t.is(k, "of") && runStart(k - 1) >= a && isPersonRun(k - 1)) {
        return new Resolved(mentionAt(k - 1), mention, false);
      }
    }
    String head = t.lower(b - 1);
    Character pronoun = lex.pronouns.get(head);
    if (pronoun != null && b - a == 1) {
      Entity group = pronoun == 'p' ? groupBefore(a) : null;
      Entity e = group != null ? group : pronounReferent(a, pronoun);
      return e == null ? null : new Resolved(e, mention, true);
    }
    int link = -1;
    String[] linkWords = null;
    for (int k = a + 1; k < b - 1 && link < 0; k++) {
      String[] l = linkAt(k);
      if (l != null && t.isWord(k - 1) && isRoleNoun(t.lower(k - 1))
          && (runStart(k - 1) < 0 || runStart(k - 1) == k - 1 && runEnd(k - 1) == k)) {
        link = k;
        linkWords = l;
      }
    }
    if (link > 0) {
      Resolved target = resolve(link + linkWords.length, b);
      return describe(a, link, mention, target == null ? null : target.entity(), String.join(" ", linkWords));
    }
    if (runStart(b - 1) >= 0) {
      int rs = Math.max(a, runStart(b - 1));
      Entity e = entityOfRun(rs, b);
      if (e != null) {
        return new Resolved(e, mention, false);
      }
      if (rs > a && !isRoleNoun(head)) {
        return null;
      }
    }
    if (isRoleNoun(head)) {
      return describe(a, b, mention, null, null);
    }
    return null;
  }

  /**
   * The person named by the name run {@code (p, j)} set off by commas after a description of their
   * role that starts at {@code from} ("Its director, Ana Ruiz"); null when the tokens are no such
   * pair. A gendered title in the description ("spokeswoman") gives the person's gender.
   */
  Resolved appositiveName(int from, int p, int j) {
    if (runStart(p + 1) != p + 1 || runEnd(p + 1) != j || p - from > 12 || p <= from) {
      return null;
    }
    Entity person = mentionAt(j - 1);
    if (person == null || !person.isPerson()) {
      return null;
    }
    char gender = 0;
    boolean role = false;
    for (int k = from; k < p; k++) {
      if (quotes.inside(k) || lex.cueAt(t, k) != null || t.kind(k) == Tokens.QUOTE) {
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
    if (!role) {
      return null;
    }
    if (gender != 0 && person.gender == 0) {
      person.gender = gender;
    }
    return new Resolved(person, t.words(from, j - 1), false);
  }

  /**
   * The group that "They" at token {@code at} stands for when it opens a sentence: the plural
   * subject of the sentence before ("Water managers in the valley were cautious. They said …");
   * null when that sentence opens otherwise.
   */
  private Entity groupBefore(int at) {
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
  Resolved groupSubject(int from, int to) {
    return from < to && groupEnd(from, to) == to ? group(from, to) : null;
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
        && !lex.functionWords.contains(t.lower(a - 1)) && !isDeterminer(t.lower(a - 1))
        && !isAuxiliary(t.lower(a - 1)) && lex.cueAt(t, a - 1) == null && !t.lower(a - 1).endsWith("ing")) {
      a--;
    }
    return a;
  }

  /** The group named by the words {@code [from, to)}, made one if it is new. */
  Resolved group(int from, int to) {
    String mention = t.words(from, to - 1);
    String key = "~" + mention.toLowerCase(Locale.ROOT);
    Entity e = byKey.get(key);
    if (e == null) {
      e = new Entity(all.size(), Speaker.Kind.GROUP, mention);
      register(e, key);
      addMention(new Mention(to - 1, e, sentences.of(to - 1), quotes.inside(to - 1)));
    }
    return new Resolved(e, mention, false);
  }

  /**
   * The end of a plural noun phrase starting at {@code from}, with one prepositional modifier
   * ("Billing clerks at the hospital") or participle with its agent ("Patients interviewed by the
   * paper"), when an auxiliary or a reporting verb follows it, at {@code limit} at the latest; -1 otherwise. Names of people are not groups, so the head must be a common noun.
   */
  private int groupEnd(int from, int limit) {
    int k = from;
    if (t.is(k, "the")) {
      k++;
    }
    int head = -1;
    while (k < limit && k - from < 5 && t.isWord(k) && !quotes.inside(k) && !lex.functionWords.contains(t.lower(k))
        && !isAuxiliary(t.lower(k)) && lex.cueAt(t, k) == null && !participleWithAgent(k)) {
      head = k++;
    }
    if (head < 0 || !isPluralNoun(head) || head > from && runStart(head) >= 0 && runStart(head) != from) {
      return -1;
    }
    boolean byAgent = participleWithAgent(k);
    if (t.is(k, "in") || t.is(k, "at") || t.is(k, "of") || t.is(k, "from") || t.is(k, "across") || byAgent) {
      int m = byAgent ? k + 2 : k + 1;
      while (m < limit && m - k < 7 && t.isWord(m) && !isAuxiliary(t.lower(m)) && lex.cueAt(t, m) == null) {
        m++;
      }
      k = m > k + 1 ? m : -1;
    }
    return k > 0 && k <= limit && (isAuxiliary(t.lower(k)) || lex.cueAt(t, k) != null) ? k : -1;
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
        || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !lex.functionWords.contains(w);
  }

  private Entity entityOfRun(int a, int b) {
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
    if (b - a == 1 && (lex.titleWords.containsKey(lower) || isRoleNoun(lower))
        || lex.nationalities.containsKey(lower) || lex.functionWords.contains(lower)) {
      return null;
    }
    return newName(whole, lower, b - a == 1 && t.isAllCaps(a, 1));
  }

  /** The index of the last mention at a token before {@code token}, or -1. */
  private int mentionIndexBefore(int token) {
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

  private Entity pronounReferent(int at, char fits) {
    int sentence = -1;
    Entity best = null;
    for (int m = mentionIndexBefore(at); m >= 0 && at - mentions.get(m).token() < 400; m--) {
      Mention mention = mentions.get(m);
      if (mention.quoted() && !quotes.inside(at)) {
        continue;
      }
      if (!fitsPronoun(mention.entity(), fits)) {
        continue;
      }
      if (sentence >= 0 && mention.sentence() != sentence) {
        break;
      }
      sentence = mention.sentence();
      best = mention.entity();
    }
    if (best != null && (fits == 'm' || fits == 'f')) {
      best.gender = fits;
    }
    return best;
  }

  private static boolean fitsPronoun(Entity e, char fits) {
    switch (fits) {
      case 'm':
      case 'f':
        return e.isPerson() && (e.gender == 0 || e.gender == fits);
      case 'n':
        return e.kind == Speaker.Kind.MEDIA_OUTLET || e.kind == Speaker.Kind.ORGANIZATION
            || e.kind == Speaker.Kind.COUNTRY || e.kind == Speaker.Kind.GOVERNMENT;
      default:
        return !e.isPerson();
    }
  }

  /**
   * Resolves a description {@code [a, b)} such as "the Russian leader" to an entity of the text, or
   * makes an unnamed source of it ("officials", "staff members close to X").
   */
  private Resolved describe(int a, int b, String mention, Entity linkTarget, String relation) {
    String head = t.lower(b - 1);
    Lexicon.RoleKind kind = lex.roleNouns.get(head);
    String nationality = null;
    List<String> titleWords = new ArrayList<>();
    for (int k = a; k < b; k++) {
      String w = stripFormer(t.lower(k));
      String nat = lex.nationalities.get(w);
      if (nat != null) {
        nationality = nat;
      }
      if (lex.titleWords.containsKey(w) && lex.titleWords.get(w).kind() != Lexicon.TitleKind.PART) {
        titleWords.add(w);
      }
    }
    boolean possessed = t.is(a, "its") || t.is(a, "his") || t.is(a, "her") || t.is(a, "their");
    boolean definite = t.is(a, "the") || t.is(a, "this");
    if (kind == null) {
      return null;
    }
    if (kind == Lexicon.RoleKind.OUTLET || kind == Lexicon.RoleKind.ORGANIZATION) {
      Entity named = namedWithin(a, b, kind, head);
      if (named != null) {
        return new Resolved(named, mention, false);
      }
    }
    if (definite && kind != Lexicon.RoleKind.ANONYMOUS) {
      Entity e = antecedent(a, kind, nationality, titleWords, linkTarget, head);
      if (e != null) {
        e.addAlias(lowerFirst(mention));
        return new Resolved(e, mention, false);
      }
      if (kind == Lexicon.RoleKind.GOVERNMENT && nationality != null) {
        Entity country = country(nationality);
        return new Resolved(country, mention, false);
      }
    }
    if (kind == Lexicon.RoleKind.GOVERNMENT && nationality != null && !possessed) {
      return new Resolved(country(nationality), mention, false);
    }
    String key = "~" + mention.toLowerCase(Locale.ROOT);
    Entity e = byKey.get(key);
    if (e == null) {
      Speaker.Kind speakerKind = kind == Lexicon.RoleKind.OUTLET ? Speaker.Kind.MEDIA_OUTLET
          : kind == Lexicon.RoleKind.GOVERNMENT ? Speaker.Kind.GOVERNMENT
          : kind == Lexicon.RoleKind.ORGANIZATION ? Speaker.Kind.ORGANIZATION
          : Speaker.Kind.ANONYMOUS;
      e = new Entity(all.size(), speakerKind, mention);
      e.country = nationality;
      if (linkTarget != null) {
        e.affiliation = linkTarget;
        e.relation = relation;
      }
      register(e, key);
      addMention(new Mention(b - 1, e, sentences.of(b - 1), quotes.inside(b - 1)));
    }
    return new Resolved(e, mention, false);
  }

  /** Records a mention found after the first pass, keeping the mentions in token order. */
  private void addMention(Mention mention) {
    int at = mentionIndexBefore(mention.token() + 1) + 1;
    if (at > 0 && mentions.get(at - 1).token() == mention.token()) {
      return;
    }
    mentions.add(at, mention);
  }

  /**
   * The outlet or organization a description names within it ("the Vesta news agency"), made one
   * if the name is new; null when no name that is not a country stands in it.
   */
  private Entity namedWithin(int a, int b, Lexicon.RoleKind kind, String head) {
    for (int k = a; k < b - 1; k++) {
      if (runStart(k) != k || runEnd(k) >= b || lex.nationalities.containsKey(t.lower(k))) {
        continue;
      }
      Entity e = entityOfRun(k, runEnd(k));
      if (e == null || e.kind == Speaker.Kind.COUNTRY) {
        continue;
      }
      if (e.isPerson() && e.roles.isEmpty()) {
        e.kind = kind == Lexicon.RoleKind.OUTLET ? Speaker.Kind.MEDIA_OUTLET : Speaker.Kind.ORGANIZATION;
        Source.Kind outletKind = outletKind(head);
        e.outletKind = outletKind != null ? outletKind : Source.Kind.OTHER;
      }
      return e.isPerson() ? null : e;
    }
    return null;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private Entity antecedent(int at, Lexicon.RoleKind kind, String nationality,
      List<String> titleWords, Entity exclude, String head) {
    Entity fallback = null;
    for (int m = mentionIndexBefore(at); m >= 0 && at - mentions.get(m).token() < 3000; m--) {
      Entity e = mentions.get(m).entity();
      if (e != exclude && e.kind == Speaker.Kind.ANONYMOUS && namesHead(e, head)) {
        return e;
      }
      if (e == exclude || !fitsRole(e, kind, nationality, titleWords)) {
        continue;
      }
      if (kind == Lexicon.RoleKind.OUTLET && !e.speaks && fallback == null) {
        fallback = e;
        continue;
      }
      return e;
    }
    return fallback;
  }

  /** Whether an unnamed source's description has {@code head} as one of its words. */
  private static boolean namesHead(Entity e, String head) {
    for (String word : e.name.toLowerCase(Locale.ROOT).split(" ")) {
      if (word.equals(head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fitsRole(Entity e, Lexicon.RoleKind kind, String nationality,
      List<String> titleWords) {
    if (nationality != null && !nationality.equals(e.country)) {
      return false;
    }
    switch (kind) {
      case LEADER:
        return e.isPerson() && e.leader;
      case PERSON:
        if (!e.isPerson()) {
          return false;
        }
        for (String w : titleWords) {
          if (!e.hasTitleWord(w)) {
            return false;
          }
        }
        return true;
      case OUTLET:
        return e.kind == Speaker.Kind.MEDIA_OUTLET;
      case GOVERNMENT:
        return e.kind == Speaker.Kind.GOVERNMENT || e.kind == Speaker.Kind.COUNTRY;
      case ORGANIZATION:
        return e.kind == Speaker.Kind.ORGANIZATION;
      default:
        return false;
    }
  }

  /** The entity mentioned by the name run that ends at token {@code i}, or null. */
  Entity mentionAt(int i) {
    int m = mentionIndexBefore(i + 1);
    return m >= 0 && mentions.get(m).token() == i ? mentions.get(m).entity() : null;
  }

  /** The first entity mentioned outside quotes within tokens {@code [from, to)}, or null. */
  Entity firstMentionIn(int from, int to) {
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
}

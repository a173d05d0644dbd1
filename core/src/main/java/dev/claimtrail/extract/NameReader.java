package dev.claimtrail.extract;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over the names of one text: it reads every run of capitalized words, marks it in
 * the {@link EntityIndex} and registers what it names. Titled names ("Portuguese Finance Minister
 * Ana Moreno") become persons with roles, countries and their capitals become countries, names
 * ending in an outlet word or following an outlet noun become outlets, names holding an
 * organization word become organizations (a plural one before "of (the)" starts the name: "Friends
 * of the Alder Valley"), and a last name alone refers back to its person.
 */
final class NameReader {
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}(\\.\\p{Lu})*");
  private final Tokens t;
  private final Lexicon lex;
  private final Sentences sentences;
  private final EntityIndex index;
  private final OutletNames outlets;
  private Set<String> lowerOnly = Set.of();

  NameReader(Tokens t, Lexicon lex, Sentences sentences, EntityIndex index) {
    this.t = t;
    this.lex = lex;
    this.sentences = sentences;
    this.index = index;
    this.outlets = new OutletNames(t, lex);
  }

  /** Reads every name run of the text into the index. */
  void read() {
    lowerOnly = lowerOnlyWords();
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
      while (a < b && (lex.functionWords.contains(t.lower(a)) && !isCountryWord(a, b) || isNoNameWord(a, b))) {
        a++;
      }
      while (b > a && TimeExpressions.isWeekday(t.lower(b - 1))) {
        b--;
      }
      if (a < b) {
        index.markRun(a, b);
        Entity e = readRun(a, b);
        if (e != null) {
          index.addMention(b - 1, e);
        }
      }
    }
  }

  /**
   * Whether the capitalized word at token {@code i} is capitalized only because it opens its
   * sentence or is a day of the week, in the run that ends before {@code b}: a day, a word in "-ing"
   * or "-ly" before more of the run ("Speaking Sunday, Ana Roe said"), or a word the text prints in
   * lower case and never capitalized inside a sentence ("Former", unless it is part of a title).
   */
  private boolean isNoNameWord(int i, int b) {
    String w = t.lower(i);
    if (TimeExpressions.isWeekday(w)) {
      return true;
    }
    if (!opensSentence(i) || lex.titleWords.containsKey(w)) {
      return false;
    }
    return (w.endsWith("ing") || w.endsWith("ly")) && i + 1 < b || lowerOnly.contains(w);
  }

  /** Whether token {@code i} is the first word of its sentence. */
  private boolean opensSentence(int i) {
    for (int k = i - 1; k >= sentences.start(sentences.of(i)); k--) {
      if (t.isWord(k) || t.kind(k) == Tokens.NUMBER) {
        return false;
      }
    }
    return true;
  }

  /** The words the text prints in lower case and never capitalized after a sentence's first word. */
  private Set<String> lowerOnlyWords() {
    Set<String> lower = new HashSet<>();
    Set<String> capitalized = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.isCapitalized(i) && !opensSentence(i)) {
        capitalized.add(t.lower(i));
      } else if (t.isWord(i) && !t.isCapitalized(i)) {
        lower.add(t.lower(i));
      }
    }
    lower.removeAll(capitalized);
    return lower;
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
   * abbreviation ("Dr. Jane Roe") or of a middle initial ("John Q. Roe", "Rep. J.D. Roe"), or an
   * ampersand ("Ledger & Mill").
   */
  private boolean joinsNames(int i) {
    if (!isNameWord(i + 1) || t.breaksBefore(i + 1) > 0) {
      return false;
    }
    if (t.isPunct(i, '&')) {
      return true;
    }
    return t.isPunct(i, '.') && t.end(i - 1) == t.start(i)
        && (lex.titleWords.containsKey(t.lower(i - 1) + ".") || isInitial(i - 1) && followsName(i - 1)
        || isInitial(i - 1) && opensFullName(i - 1));
  }

  /**
   * Whether the initial at token {@code k}, after no name word, opens a name of two more words
   * ("C. Stewart Verdery", "R. Gil Kerlikowske"), so that its dot ends no sentence.
   */
  private boolean opensFullName(int k) {
    int first = k + 2;
    return !isNameWord(k - 1) && !lex.functionWords.contains(t.lower(first)) && isNameWord(first + 1) && t.breaksBefore(first + 1) == 0
        && !lex.functionWords.contains(t.lower(first + 1));
  }

  /** Whether token {@code i} is an initial: one capital letter, or several joined by dots ("J.D"). */
  private boolean isInitial(int i) {
    return t.isWord(i) && INITIAL.matcher(t.text(i)).matches();
  }

  /** Whether token {@code i} follows a name word or the dot of a title in the same run. */
  private boolean followsName(int i) {
    return t.breaksBefore(i) == 0 && (isNameWord(i - 1) && !lex.functionWords.contains(t.lower(i - 1))
        || t.isPunct(i - 1, '.') && joinsNames(i - 1));
  }

  /**
   * The title word {@code w} at token {@code k}, also in its abbreviated form when a dot follows
   * it ("Sen." for the lexicon's "sen."); null when it is none.
   */
  private Lexicon.@Nullable TitleWord titleAt(int k, String w) {
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
    if (!(lex.nameConnectors.contains(w) || lex.nameParticles.contains(w))
        || !isNameWord(i + 1) || t.breaksBefore(i + 1) > 0) {
      return false;
    }
    String prev = t.lowerStem(i - 1);
    return lex.organizationWords.contains(prev) || lex.titleWords.containsKey(prev)
        || lex.nameParticles.contains(w);
  }

  private @Nullable Entity readRun(int a, int b) {
    int k = a;
    String nationality = null;
    int titleStart = -1;
    int titleEnd = -1;
    boolean leaderTitle = false;
    boolean headTitle = false;
    boolean roleTitle = false;
    char gender = 0;
    while (k < b - 1) {
      if (t.isPunct(k, '.') && titleStart >= 0) {
        k++;
        continue;
      }
      String w = lex.withoutPastPrefix(t.lowerStem(k));
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
        roleTitle |= isRole(title);
        if (title.gender() != 0) {
          gender = title.gender();
        }
      } else {
        break;
      }
      k++;
    }
    int titleHead = k < b ? titleBeforeName(k, b) : -1;
    if (titleHead >= 0) {
      // the words up to a later title word belong to the title: "Chief Medical Officer Ana Lind"
      titleStart = titleStart < 0 ? k : titleStart;
      titleEnd = titleHead + 1;
      Lexicon.TitleWord head = verifyNotNull(lex.titleWords.get(t.lowerStem(titleHead)));
      leaderTitle |= head.kind() == Lexicon.TitleKind.LEADER;
      headTitle = true;
      roleTitle |= isRole(head);
      gender = head.gender() != 0 ? head.gender() : gender;
      k = titleHead + 1;
    }
    if (titleStart >= 0 && headTitle && k < b) {
      String name = t.words(k, b - 1);
      if (t.isPossessive(b - 1)) {
        name = name.substring(0, name.length() - 2);
      }
      Entity person = person(name, k, b);
      String title = lex.titleWithoutPastPrefix(t.words(titleStart, titleEnd - 1));
      if (roleTitle) {
        person.addRole(title, nationality);
      }
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
      Entity e = index.country(country);
      if (!lower.equals(country.toLowerCase(Locale.ROOT))) {
        e.addAlias(whole);
      }
      return e;
    }
    if (nationality != null && k == b - 1 && b - a == 1 || lex.names.isPlace(lower)) {
      return null;
    }
    Entity known = index.known(lower);
    if (known != null) {
      return known;
    }
    Outlet.Kind outletKind = outlets.outletBefore(a);
    if (outletKind != null || outlets.isOutletName(a, b)) {
      Entity outlet = new Entity(index.nextOrder(), Speaker.Kind.MEDIA_OUTLET, whole);
      outlet.outletKind = outletKind != null ? outletKind : outlets.guessOutletKind(a, b);
      outlet.ownership = outlets.ownershipBefore(a);
      index.register(outlet, lower);
      return outlet;
    }
    for (int j = a; j < b; j++) {
      if (lex.organizationWords.contains(t.lowerStem(j))) {
        Entity org = new Entity(index.nextOrder(), Speaker.Kind.ORGANIZATION, whole);
        org.country = nationality;
        index.register(org, lower);
        return org;
      }
    }
    if (b - a == 1) {
      if (!nextToCue(a)) {
        return null;
      }
      Entity e = index.newName(whole, lower, t.isAllCaps(a, 1));
      // a plural noun named nowhere else ("Audiences", "Officials") speaks as a group, not a person
      if (e.isPerson() && lex.looksPlural(lower) && !t.isPossessive(a) && lex.names.genderOf(lower) == 0) {
        e.kind = Speaker.Kind.GROUP;
      }
      return e;
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
    int nameWords = 0;
    for (int p = b - 2; p > a && nameWords < 3; p--) {
      nameWords += t.isWord(p + 1) ? 1 : 0;
      Lexicon.TitleWord title = t.isWord(p) ? lex.titleWords.get(t.lowerStem(p)) : null;
      if (title == null || title.kind() == Lexicon.TitleKind.PART || !allPlainNames(p + 1, b)) {
        continue;
      }
      for (int m = a; m < p; m++) {
        if (!t.isCapitalized(m) && !t.isPunct(m, '.') || lex.functionWords.contains(t.lower(m)) || t.isPossessive(m)) {
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
          || title != null && title.kind() != Lexicon.TitleKind.PART || t.isAllCaps(j, 1) && !isInitial(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a reporting verb follows token {@code a} (after auxiliaries) or precedes it. */
  private boolean nextToCue(int a) {
    int k = a + 1;
    while (k < t.size() && k - a < 4 && t.isWord(k) && lex.isAuxiliary(t.lower(k))) {
      k++;
    }
    if (lex.cueAt(t, k) != null && !t.isPossessive(a)) {
      return true;
    }
    int before = a - 1;
    return before >= 1 && lex.cueAt(t, before) != null
        && (t.kind(before - 1) == Tokens.QUOTE || t.isPunct(before - 1, ','));
  }

  private Entity person(String name, int a, int b) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    Entity known = index.known(lower);
    if (known != null && known.isPerson()) {
      return known;
    }
    String last = t.lowerStem(b - 1);
    Entity byLast = index.known(last);
    if (b - a == 1 && byLast != null && byLast.isPerson()) {
      return byLast;
    }
    Entity p = new Entity(index.nextOrder(), Speaker.Kind.PERSON, name);
    p.gender = lex.names.genderOf(t.lower(a));
    index.register(p, lower);
    if (b - a >= 2) {
      index.addKey(last, p);
      p.addAlias(t.text(b - 1).replace("'s", "").replace("’s", ""));
    }
    return p;
  }

  /** Whether {@code title} names a role, not only a form of address ("Dr.", "Mrs."). */
  private static boolean isRole(Lexicon.TitleWord title) {
    return title.kind() == Lexicon.TitleKind.HEAD || title.kind() == Lexicon.TitleKind.LEADER;
  }
}

package dev.claimtrail.extract;

import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Stance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word lists the extractor's rules consult, read from the resources under {@code
 * dev/claimtrail/extract}: reporting verbs with their stances, title words, role nouns, countries
 * with their nationality adjectives and capitals, outlet and organization words, setting words,
 * hedges, function words, determiners and auxiliaries. Immutable once loaded; safe to share
 * between threads.
 */
final class Lexicon {
  /**
   * A reporting verb form: its words, the stance it expresses, whether it takes an addressee,
   * whether it is the base form or the participle ("adding"), and whether it attributes only the
   * quoted words it governs ("called the plan "..."").
   */
  record Cue(String[] words, Stance stance, boolean takesAddressee, boolean baseForm,
      boolean participle, boolean quoteOnly) {}

  /** A word of a title before a name. */
  record TitleWord(TitleKind kind, char gender) {}

  /** What a title word contributes. */
  enum TitleKind { LEADER, HEAD, PART, HONORIFIC }

  /** What a role noun describes. */
  enum RoleKind { LEADER, PERSON, OUTLET, ORGANIZATION, GOVERNMENT, ANONYMOUS }

  /** What a determiner says of the description it opens. */
  enum DeterminerKind { DEFINITE, POSSESSIVE, OTHER }

  /** A phrase of one or more lower-case words with a value. */
  record Phrase<V>(String[] words, V value) {}

  private static final Lexicon STANDARD = LexiconFiles.load();

  final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
  final Map<String, TitleWord> titleWords = new HashMap<>();
  final Map<String, RoleKind> roleNouns = new HashMap<>();
  final Map<String, List<Phrase<RoleKind>>> rolePhrases = new HashMap<>();
  final Set<String> outletWords = new HashSet<>();
  final Set<String> organizationWords = new HashSet<>();
  final Set<String> functionWords = new HashSet<>();
  /** Words of page furniture that open a line before a speaker's name ("Continued", "Watch"). */
  final Set<String> layoutWords = new HashSet<>();
  final Map<String, DeterminerKind> determiners = new HashMap<>();
  /** Auxiliaries and adverbs that stand between a subject and its verb ("has", "also"). */
  final Set<String> auxiliaries = new HashSet<>();
  /** Nouns that name the kind of an outlet ("channel", "agency"). */
  final Map<String, Outlet.Kind> outletKinds = new HashMap<>();
  /** Last words of an outlet's name that tell its kind ("TV", "Wire"). */
  final Map<String, Outlet.Kind> outletNameKinds = new HashMap<>();
  /** Endings of a word before an outlet's name that say who owns it ("-owned"). */
  final Set<String> ownershipEndings = new HashSet<>();
  /** Top-level domains that make a word the name of a news site ("com"). */
  final Set<String> domains = new HashSet<>();
  /** Words inside a name whatever precedes them ("de", "bin"). */
  final Set<String> nameParticles = new HashSet<>();
  /** Words that join an organization or title word to the name after it ("of", "for"). */
  final Set<String> nameConnectors = new HashSet<>();
  /** Prepositions that open the modifier of a plural subject ("at", "across"). */
  final Set<String> groupPrepositions = new HashSet<>();
  /** Prefixes of a title word that make it a past title ("ex-"), in the order tried. */
  final List<String> pastWordPrefixes = new ArrayList<>();
  /** Prefixes of a title's text that make it a past title ("ex-", "former "), in the order tried. */
  final List<String> pastTitlePrefixes = new ArrayList<>();
  final Map<String, List<Phrase<String>>> hedges = new HashMap<>();
  final List<String[]> anonymousLinks = new ArrayList<>();
  /** Relative clauses that say a source is unnamed ("who asked not to be named"). */
  final Map<String, List<Phrase<String>>> anonymityByFirstWord = new HashMap<>();
  final Map<String, List<Phrase<String>>> anonymityByLastWord = new HashMap<>();
  /** Phrases before which a reported clause ends, anywhere or right after a comma. */
  final Map<String, List<Phrase<String>>> clauseBreaks = new HashMap<>();
  final Map<String, List<Phrase<String>>> breaksAfterComma = new HashMap<>();
  final Map<String, List<Phrase<Setting.Kind>>> settingWords = new HashMap<>();
  final Map<String, Character> pronouns = new HashMap<>();
  /** Nouns that name a document ("figures", "a filing"). */
  final Set<String> documentNouns = new HashSet<>();
  /** Participles after a document that make the agent its author ("published by") or not ("seen by"). */
  final Map<String, Boolean> documentAgents = new HashMap<>();
  /** Country names and other names, lower case, to the country's name. */
  final Map<String, String> countryNames = new HashMap<>();
  /** Nationality adjectives, lower case, to the country's name. */
  final Map<String, String> nationalities = new HashMap<>();
  /** Capitals and seats of government, lower case, to the country's name. */
  final Map<String, String> capitals = new HashMap<>();
  /** Auxiliaries and modals that show a clause ("were", "won't"). */
  final Set<String> finiteVerbs = new HashSet<>();
  /** Irregular past tenses that show a clause after their first word ("built", "made"). */
  final Set<String> irregularPast = new HashSet<>();
  /** Endings that contract a finite verb onto a word ("'s", "'ll"), with a straight apostrophe. */
  final Set<String> finiteEndings = new HashSet<>();
  /** Words that open a clause after a reporting verb without "that" ("they", "the", "whether"). */
  final Set<String> clauseOpeners = new HashSet<>();
  /** Prepositions, which never open a reported clause. */
  final Set<String> prepositions = new HashSet<>();
  /** Words that may stand between a reporting verb and its "that" ("again", "in"). */
  final Set<String> leadsToThat = new HashSet<>();
  /** Words that end a subject phrase on its left ("because", "than", "which"). */
  final Set<String> subjectBoundaries = new HashSet<>();
  /** Forms of "be", which make a reporting verb after them passive. */
  final Set<String> beForms = new HashSet<>();
  final NameWords names = NameWords.load();

  Lexicon() {}

  /** The lexicon shipped with the extractor. */
  static Lexicon standard() {
    return STANDARD;
  }

  /** The reporting verb starting at token {@code i}, longest first, or null. */
  @Nullable Cue cueAt(Tokens t, int i) {
    if (!t.isWord(i)) {
      return null;
    }
    List<Cue> cues = cuesByFirstWord.get(t.lower(i));
    if (cues == null) {
      return null;
    }
    Cue best = null;
    for (Cue cue : cues) {
      if (matches(t, i, cue.words()) && (best == null || cue.words().length > best.words().length)) {
        best = cue;
      }
    }
    return best;
  }

  /** Whether the lower-case {@code words} occur at token {@code i}. */
  static boolean matches(Tokens t, int i, String[] words) {
    if (i < 0 || i + words.length > t.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.lower(i + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** The longest phrase of {@code byLastWord} that ends at token {@code i}, or null. */
  static <V> @Nullable Phrase<V> phraseEndingAt(Tokens t, int i, Map<String, List<Phrase<V>>> byLastWord) {
    List<Phrase<V>> phrases = byLastWord.get(t.lower(i));
    Phrase<V> best = null;
    if (phrases != null) {
      for (Phrase<V> p : phrases) {
        if (matches(t, i - p.words().length + 1, p.words())
            && (best == null || p.words().length > best.words().length)) {
          best = p;
        }
      }
    }
    return best;
  }

  /** The longest phrase of {@code byFirstWord} that starts at token {@code i}, or null. */
  static <V> @Nullable Phrase<V> phraseStartingAt(Tokens t, int i, Map<String, List<Phrase<V>>> byFirstWord) {
    List<Phrase<V>> phrases = byFirstWord.get(t.lower(i));
    Phrase<V> best = null;
    if (phrases != null) {
      for (Phrase<V> p : phrases) {
        if (matches(t, i, p.words()) && (best == null || p.words().length > best.words().length)) {
          best = p;
        }
      }
    }
    return best;
  }

  /** Whether the lower-case word {@code w} is a determiner. */
  boolean isDeterminer(String w) {
    return determiners.containsKey(w);
  }

  /** Whether token {@code i} is a determiner of {@code kind}. */
  boolean isDeterminerAt(Tokens t, int i, DeterminerKind kind) {
    for (Map.Entry<String, DeterminerKind> determiner : determiners.entrySet()) {
      if (determiner.getValue() == kind && t.is(i, determiner.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case word {@code w} is an auxiliary or an adverb that acts as one. */
  boolean isAuxiliary(String w) {
    return auxiliaries.contains(w);
  }

  /**
   * Whether the lower-case word {@code w} looks like a plural noun: longer than three letters,
   * ending in "s" but not in "ss", "us", "is" or a contracted "'s", and no function word
   * ("officials", "farmers").
   */
  boolean looksPlural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("'s") && !w.endsWith("’s") && !functionWords.contains(w);
  }

  /** Whether the lower-case word {@code w} is a role noun. */
  boolean isRoleNoun(String w) {
    return roleNouns.containsKey(w);
  }

  /** Whether token {@code i} is one of the lower-case {@code words}. */
  static boolean isOneOf(Tokens t, int i, Collection<String> words) {
    for (String w : words) {
      if (t.is(i, w)) {
        return true;
      }
    }
    return false;
  }

  /** The words of the anonymous link ("close to") that starts at token {@code i}, or null. */
  String @Nullable [] anonymousLinkAt(Tokens t, int i) {
    for (String[] link : anonymousLinks) {
      if (matches(t, i, link)) {
        return link;
      }
    }
    return null;
  }

  /** The lower-case title word {@code w} without a prefix that makes it past ("ex-minister"). */
  String withoutPastPrefix(String w) {
    for (String prefix : pastWordPrefixes) {
      if (w.startsWith(prefix)) {
        return w.substring(prefix.length());
      }
    }
    return w;
  }

  /** The {@code title} without a prefix that makes it past ("former Minister"), case kept. */
  String titleWithoutPastPrefix(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (String prefix : pastTitlePrefixes) {
      if (lower.startsWith(prefix)) {
        return title.substring(prefix.length());
      }
    }
    return title;
  }

  /** Whether the lower-case word {@code w} ends in a dot and a news site's top-level domain. */
  boolean isDomain(String w) {
    int dot = w.lastIndexOf('.');
    return dot > 0 && domains.contains(w.substring(dot + 1));
  }

  /** The country a lower-case name, capital or seat of government stands for, or null. */
  @Nullable String countryOf(String lowerName) {
    String country = countryNames.get(lowerName);
    return country != null ? country : capitals.get(lowerName);
  }
}

package dev.claimtrail.extract;

import dev.claimtrail.extract.Lexicon.Cue;
import dev.claimtrail.extract.Lexicon.DeterminerKind;
import dev.claimtrail.extract.Lexicon.Phrase;
import dev.claimtrail.extract.Lexicon.RoleKind;
import dev.claimtrail.extract.Lexicon.TitleKind;
import dev.claimtrail.extract.Lexicon.TitleWord;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the lexicon's resource files under {@code dev/claimtrail/extract} into a {@link Lexicon}:
 * tab-separated lines, {@code #} comments and blank lines skipped, a line with too few fields
 * refused with the file and line named.
 */
final class LexiconFiles {
  /** The mark of reporting-verb lines that attribute only the quote they govern. */
  private static final String QUOTE_ONLY = "QUOTES:";

  private LexiconFiles() {}

  /** The lexicon of the files shipped with the extractor. */
  static Lexicon load() {
    Lexicon lex = new Lexicon();
    for (String[] f : rows("reporting-verbs.tsv", 2)) {
      boolean takesAddressee = f[0].startsWith("+");
      String stanceField = f[0].substring(takesAddressee ? 1 : 0);
      boolean quoteOnly = stanceField.startsWith(QUOTE_ONLY);
      Stance stance = Stance.valueOf(quoteOnly ? stanceField.substring(QUOTE_ONLY.length()) : stanceField);
      String[] forms = f[1].split(" ");
      for (int k = 0; k < forms.length; k++) {
        String[] words = forms[k].split("_");
        boolean participle = k > 0 && words[0].endsWith("ing");
        lex.cuesByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
            .add(new Cue(words, stance, takesAddressee, k == 0, participle, quoteOnly));
      }
    }
    for (String[] f : rows("titles.tsv", 2)) {
      TitleKind kind = TitleKind.valueOf(f[0]);
      char gender = f.length > 2 ? f[2].charAt(0) : 0;
      TitleWord old = lex.titleWords.get(f[1]);
      if (old == null || old.kind() == TitleKind.PART) {
        lex.titleWords.put(f[1], new TitleWord(kind, gender));
      }
    }
    for (String[] f : rows("role-nouns.tsv", 2)) {
      RoleKind kind = RoleKind.valueOf(f[0]);
      String[] words = f[1].split(" ");
      if (words.length == 1) {
        lex.roleNouns.putIfAbsent(f[1], kind);
      } else {
        lex.rolePhrases.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>())
            .add(new Phrase<>(words, kind));
      }
    }
    for (String[] f : rows("countries.tsv", 4)) {
      String country = f[0];
      lex.countryNames.put(country.toLowerCase(Locale.ROOT), country);
      for (String name : list(f[1])) {
        lex.countryNames.put(name.toLowerCase(Locale.ROOT), country);
      }
      for (String adjective : list(f[2])) {
        lex.nationalities.put(adjective.toLowerCase(Locale.ROOT), country);
      }
      for (String capital : list(f[3])) {
        lex.capitals.put(capital.toLowerCase(Locale.ROOT), country);
      }
    }
    lex.outletWords.addAll(words("outlet-words.txt"));
    lex.organizationWords.addAll(words("organization-words.txt"));
    lex.functionWords.addAll(words("function-words.txt"));
    lex.irregularPast.addAll(words("irregular-past.txt"));
    lex.layoutWords.addAll(words("layout-words.txt"));
    lex.auxiliaries.addAll(words("auxiliaries.txt"));
    lex.ownershipEndings.addAll(words("ownership-endings.txt"));
    lex.domains.addAll(words("domains.txt"));
    lex.nameParticles.addAll(words("name-particles.txt"));
    lex.nameConnectors.addAll(words("name-connectors.txt"));
    lex.groupPrepositions.addAll(words("group-prepositions.txt"));
    lex.pastWordPrefixes.addAll(words("past-word-prefixes.txt"));
    for (String prefix : words("past-title-prefixes.txt")) {
      lex.pastTitlePrefixes.add(prefix.endsWith("-") ? prefix : prefix + " ");
    }
    for (String[] f : rows("determiners.tsv", 2)) {
      lex.determiners.put(f[1], DeterminerKind.valueOf(f[0]));
    }
    for (String[] f : rows("outlet-kinds.tsv", 2)) {
      lex.outletKinds.put(f[1], Outlet.Kind.valueOf(f[0]));
    }
    for (String[] f : rows("outlet-name-kinds.tsv", 2)) {
      lex.outletNameKinds.put(f[1], Outlet.Kind.valueOf(f[0]));
    }
    for (String[] f : rows("hedges.txt", 1)) {
      String[] words = f[0].split(" ");
      lex.hedges.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase<>(words, f[0]));
    }
    for (String[] f : rows("clause-breaks.txt", 1)) {
      boolean afterComma = f[0].startsWith(", ");
      String phrase = afterComma ? f[0].substring(2) : f[0];
      String[] words = phrase.split(" ");
      (afterComma ? lex.breaksAfterComma : lex.clauseBreaks)
          .computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase<>(words, phrase));
    }
    for (String[] f : rows("anonymity.txt", 1)) {
      String[] words = f[0].split(" ");
      Phrase<String> phrase = new Phrase<>(words, f[0]);
      lex.anonymityByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(phrase);
      lex.anonymityByLastWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(phrase);
    }
    for (String[] f : rows("anonymous-links.txt", 1)) {
      lex.anonymousLinks.add(f[0].split(" "));
    }
    for (String[] f : rows("settings.tsv", 2)) {
      String[] words = f[1].split(" ");
      lex.settingWords.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>())
          .add(new Phrase<>(words, Setting.Kind.valueOf(f[0])));
    }
    for (String[] f : rows("documents.tsv", 2)) {
      switch (f[0]) {
        case "DOCUMENT" -> lex.documentNouns.add(f[1]);
        case "AUTHORED" -> lex.documentAgents.put(f[1], true);
        case "HELD" -> lex.documentAgents.put(f[1], false);
        default -> throw new IllegalStateException("lexicon documents.tsv: unknown kind '" + f[0] + "'");
      }
    }
    for (String[] f : rows("pronouns.tsv", 2)) {
      lex.pronouns.put(f[0], f[1].charAt(0));
    }
    for (String[] f : rows("finite-verbs.txt", 1)) {
      (f[0].startsWith("'") ? lex.finiteEndings : lex.finiteVerbs).add(f[0]);
    }
    for (String[] f : rows("clause-openers.txt", 1)) {
      lex.clauseOpeners.add(f[0]);
    }
    for (String[] f : rows("prepositions.txt", 1)) {
      lex.prepositions.add(f[0]);
    }
    for (String[] f : rows("leads-to-that.txt", 1)) {
      lex.leadsToThat.add(f[0]);
    }
    for (String[] f : rows("subject-boundaries.txt", 1)) {
      lex.subjectBoundaries.add(f[0]);
    }
    for (String[] f : rows("be-forms.txt", 1)) {
      lex.beForms.add(f[0]);
    }
    return lex;
  }

  /** The first field of every line of a one-column {@code resource}. */
  private static List<String> words(String resource) {
    List<String> words = new ArrayList<>();
    for (String[] f : rows(resource, 1)) {
      words.add(f[0]);
    }
    return words;
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : List.of(field.split("\\|"));
  }

  static List<String[]> rows(String resource, int minFields) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = LexiconFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: dev/claimtrail/extract/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length < minFields) {
          throw new IllegalStateException(String.format(
              "lexicon %s line %d: expected %d tab-separated fields but found %d: '%s'",
              resource, number, minFields, fields.length, line));
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return rows;
  }
}

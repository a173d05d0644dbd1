package dev.claimtrail.extract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of news-like text for the extractor's properties: articles of paragraphs whose
 * sentences follow the forms reporters use (quote then speaker and verb, speaker and verb then
 * quote, {@code NAME: "..."}, {@code according to}, {@code as X put it}, indirect {@code that}
 * clauses, split quotes), mixed at random with what makes attribution hard: titles and appositions
 * ({@code Rep. Ana Ruiz (D-Ohio)}, {@code the company's spokeswoman, Ana Ruiz,}), pronouns,
 * organizations, straight and curly marks, {@code ''} as a closing mark, nested single quotes,
 * unopened and unclosed quotes, quotes running over paragraphs, datelines and headlines.
 *
 * <p>Every factory returns a fresh, shrinkable {@link Arbitrary}; texts are not meant to be true
 * or even grammatical, only to look like what the extractor reads.
 */
final class NewsTextGenerators {
  private static final List<String> FIRST_NAMES = List.of("Ana", "John", "Mary-Kate", "Wei", "Olena", "José");
  private static final List<String> MIDDLE_INITIALS = List.of("", "", "J. ", "Q. ", "A. ");
  private static final List<String> LAST_NAMES =
      List.of("Ruiz", "Smith", "O’Brien", "O'Neill", "Zhang", "Kovalenko", "van der Berg");
  private static final List<String> TITLES =
      List.of("Sen.", "Rep.", "Dr.", "Gov.", "Gen.", "Ms.", "President", "Prime Minister", "Foreign Minister");
  private static final List<String> PARTIES = List.of("", " (D-Ohio)", " (R-Texas)", " (I-Vt.)");
  private static final List<String> JOBS = List.of("the company's spokeswoman", "a spokesman for the ministry",
      "the mayor’s chief of staff", "an aide to the governor", "her lawyer");
  private static final List<String> ORGANIZATIONS = List.of("the Pentagon", "the World Health Organization",
      "Acme Corp.", "the ministry", "police", "the report", "a statement from the White House");
  private static final List<String> PRONOUNS = List.of("he", "she", "they", "it");
  private static final List<String> VERBS = List.of("said", "told reporters", "wrote", "asked", "added",
      "said in a statement", "told The Associated Press", "said on Tuesday", "warned");
  private static final List<String> CLAUSES = List.of("we will not back down", "the plan would cost $4 billion",
      "officials had not been told", "the vote was rigged", "it’s time to go home", "nobody saw this coming",
      "talks with Russia will resume in June", "the U.S. economy is strong", "I don't know");
  private static final List<String> NESTED = List.of("", "", " and I said ‘no’", ", calling it 'a disgrace'",
      " — ‘the best deal ever,’ he called it —", " when she asked, ‘Why?’",
      " as the sign said, ‘Keep out");
  private static final List<String> HEADLINE_WORDS = List.of("Senate", "Passes", "Budget", "Bill", "Minister",
      "Says", "Talks", "Will", "Resume", "Continued", "After", "Vote", "In", "Kyiv");
  private static final List<String> DATELINES = List.of("WASHINGTON (AP) — ", "KYIV, Ukraine (Reuters) - ",
      "LONDON — ", "NEW YORK, March 3 (Reuters) — ", "Paris, France — ");

  /** An opening and a closing mark; either may be empty, for an unopened or unclosed quote. */
  private record Marks(String open, String close) {}

  private NewsTextGenerators() {}

  /** Whole articles: an optional headline and dateline, then paragraphs separated by one or two newlines. */
  static Arbitrary<String> articles() {
    Arbitrary<String> headline = Arbitraries.oneOf(Arbitraries.just(""), headlines().map(h -> h + "\n"),
        headlines().map(h -> h + "\n\n"));
    Arbitrary<String> dateline = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(DATELINES));
    Arbitrary<String> body = Combinators.combine(paragraphs(), Arbitraries.of("\n\n", "\n"))
        .as(String::concat).list().ofMinSize(1).ofMaxSize(6).map(ps -> String.join("", ps).stripTrailing());
    return Combinators.combine(headline, dateline, body).as((h, d, b) -> h + d + b);
  }

  /** Paragraphs of one to three sentences, or one quote running over two paragraphs. */
  static Arbitrary<String> paragraphs() {
    Arbitrary<String> sentences = sentences().list().ofMinSize(1).ofMaxSize(3).map(ss -> String.join(" ", ss));
    return Arbitraries.frequencyOf(Tuple.of(5, sentences), Tuple.of(1, runOnQuotes()));
  }

  /** Single sentences built on one of the templates reporters use, with speakers and quotes at random. */
  static Arbitrary<String> sentences() {
    Arbitrary<String> clause = Arbitraries.of(CLAUSES);
    return Arbitraries.oneOf(
        Combinators.combine(quotes(",", "?", "!"), attributions()).as((q, a) -> q + " " + a + "."),
        Combinators.combine(quotes(","), attributions(), quotes(".")).as((q, a, q2) -> q + " " + a + ", " + q2),
        Combinators.combine(quotes("?"), Arbitraries.of(PRONOUNS)).as((q, p) -> q + " " + p + " asked."),
        Combinators.combine(speakers(), verbs(), quotes(".")).as((s, v, q) -> capitalized(s) + " " + v + ", " + q),
        Combinators.combine(speakers(), quotes("", ".", "!")).as((s, q) -> capitalized(bare(s)) + ": " + q),
        Combinators.combine(speakers(), clause).as((s, c) -> "According to " + bare(s) + ", " + c + "."),
        Combinators.combine(clause, attributions()).as((c, a) -> capitalized(c) + ", " + a + "."),
        Combinators.combine(speakers(), verbs(), clause)
            .as((s, v, c) -> capitalized(s) + " " + v + " that " + c + "."));
  }

  /**
   * What follows a quote or a clause to attribute it: speaker and verb, verb and speaker,
   * {@code according to} a speaker, or {@code as} a speaker {@code put it}.
   */
  static Arbitrary<String> attributions() {
    return Arbitraries.oneOf(Combinators.combine(speakers(), verbs()).as((s, v) -> s + " " + v),
        Combinators.combine(Arbitraries.of("said", "added", "asked", "wrote"), speakers())
            .as((v, s) -> v + " " + bare(s)),
        speakers().map(s -> "according to " + bare(s)),
        speakers().map(s -> "as " + bare(s) + " put it"));
  }

  /**
   * People, titled people, job descriptions with a name in apposition (ending in a comma, as before
   * a verb), organizations, documents and pronouns, in lower case where the language allows.
   */
  static Arbitrary<String> speakers() {
    Arbitrary<String> name = Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(MIDDLE_INITIALS),
        Arbitraries.of(LAST_NAMES)).as((f, m, l) -> f + " " + m + l);
    return Arbitraries.oneOf(name,
        Combinators.combine(Arbitraries.of(TITLES), name, Arbitraries.of(PARTIES)).as((t, n, p) -> t + " " + n + p),
        Combinators.combine(Arbitraries.of(JOBS), name).as((j, n) -> j + ", " + n + ","),
        Arbitraries.of(ORGANIZATIONS), Arbitraries.of(PRONOUNS));
  }

  /** Reporting verbs and phrases as they follow a speaker. */
  static Arbitrary<String> verbs() {
    return Arbitraries.of(VERBS);
  }

  /**
   * Quotes of a clause, sometimes with a quote nested in single marks, ended by one of {@code
   * endings} inside the marks; the marks are straight or curly, closed by {@code ''}, mismatched,
   * or missing on either side.
   */
  static Arbitrary<String> quotes(String... endings) {
    return Combinators.combine(marks(), Arbitraries.of(CLAUSES), Arbitraries.of(NESTED), Arbitraries.of(endings))
        .as((m, c, n, e) -> m.open() + capitalized(c) + n + e + m.close());
  }

  /**
   * A quote whose first paragraph has no closing mark before the next paragraph opens with a mark
   * again, as wire copy continues a quote, attributed at the end of the second paragraph.
   */
  static Arbitrary<String> runOnQuotes() {
    return Combinators.combine(marks(), Arbitraries.of(CLAUSES), Arbitraries.of(CLAUSES), speakers(),
        Arbitraries.of("\n\n", "\n")).as((m, first, second, s, sep) -> m.open() + capitalized(first) + "." + sep
            + m.open() + capitalized(second) + "," + m.close() + " " + s + " said.");
  }

  /** Title Case headlines, sometimes a speaker's last name and a colon before a quote. */
  static Arbitrary<String> headlines() {
    Arbitrary<String> words = Arbitraries.of(HEADLINE_WORDS).list().ofMinSize(1).ofMaxSize(6)
        .map(ws -> String.join(" ", ws));
    return Arbitraries.oneOf(words, Combinators.combine(words, Arbitraries.of(LAST_NAMES), quotes(""))
        .as((w, l, q) -> w + " " + l + ": " + q));
  }

  private static Arbitrary<Marks> marks() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(new Marks("\"", "\""), new Marks("“", "”"))),
        Tuple.of(2, Arbitraries.of(new Marks("“", "''"), new Marks("``", "''"), new Marks("\"", "''"),
            new Marks("„", "“"), new Marks("«", "»"), new Marks("“", "\""))),
        Tuple.of(1, Arbitraries.of(new Marks("“", ""), new Marks("\"", ""), new Marks("", "”"),
            new Marks("", "\""))));
  }

  /** A speaker without the comma that closes an apposition, for a place where other punctuation follows. */
  private static String bare(String speaker) {
    return speaker.endsWith(",") ? speaker.substring(0, speaker.length() - 1) : speaker;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

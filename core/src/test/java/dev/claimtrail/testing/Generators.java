package dev.claimtrail.testing;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators for every model type and for whole valid ledgers, shared by all tests. Texts mix
 * plain words with what news text holds and formats must survive: curly quotes, dashes, "…" and
 * "..." elisions, "[insertions]", non-Latin scripts, emoji, combining marks, control characters and
 * JSON's own special characters.
 *
 * <p>Generators of single values ({@link #attributions()}, {@link #speakers()}, ...) fill id
 * references with arbitrary ids that need not resolve; {@link #ledgers()} builds records whose
 * references resolve, whose via chains are acyclic and whose evidence spans slice their document's
 * text.
 */
public final class Generators {
  private static final List<String> WORDS = List.of(
      "the", "talks", "peace", "said", "leader", "minister", "war", "would", "not", "end",
      "Russia", "Ukraine", "China", "Beijing", "Київ", "Zürich", "Москва", "東京", "naïve",
      "e\u0301t\u0065\u0301", "O’Brien", "rock’n’roll", "2022", "24/7", "100%", "U.S.", "Dr.");
  private static final List<String> TYPOGRAPHY = List.of(
      "“", "”", "‘", "’", "\"", "'", "—", "–", "-", "…", "...", "....", "[the]",
      "[Chinese Foreign Minister]", "[…]", "[...]", "[", "]", ",", ".", "?", "!", ":", ";", "(", ")");
  private static final List<String> QUOTE_MARKS = List.of(
      "[the]", "[Ukraine’s]", "[…]", "[...]", "…", "...", " … ", "“", "”", "—", "–", "’");
  private static final List<String> AWKWARD = List.of(
      "\\", "/", "\n", "\r\n", "\t", "\u0000", "\u001f", "\u007f", "\u00a0", "\u2028", "\u2029",
      "\ufeff", "😀", "🇺🇦", "𝔘", "<script>", "</", "&amp;", "{\"a\":1}", "\ud800", "\udfff");

  private Generators() {}

  // ---------------------------------------------------------------- ids

  /** Id strings: non-blank, no surrounding whitespace, sometimes with inner spaces or non-ASCII. */
  public static Arbitrary<String> idValues() {
    Arbitrary<String> simple = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .withChars('-', '_', '.', ':', '/').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> wild = Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
    return Arbitraries.frequencyOf(
        Tuple.of(8, simple),
        Tuple.of(2, wild),
        Tuple.of(1, Arbitraries.of("Q7747", "a b", "Київ", "😀", "\"q\"", "x\\y")));
  }

  /** Speaker ids. */
  public static Arbitrary<SpeakerId> speakerIds() {
    return idValues().map(SpeakerId::of);
  }

  /** Outlet ids. */
  public static Arbitrary<OutletId> sourceIds() {
    return idValues().map(OutletId::of);
  }

  /** Document ids. */
  public static Arbitrary<DocumentId> documentIds() {
    return idValues().map(DocumentId::of);
  }

  /** Statement ids. */
  public static Arbitrary<StatementId> statementIds() {
    return idValues().map(StatementId::of);
  }

  /** Attribution ids. */
  public static Arbitrary<AttributionId> attributionIds() {
    return idValues().map(AttributionId::of);
  }

  /** Claim ids. */
  public static Arbitrary<ClaimId> claimIds() {
    return idValues().map(ClaimId::of);
  }

  // ---------------------------------------------------------------- texts

  /**
   * Texts of up to {@code maxPieces} pieces: words, quote typography, insertions, elisions, and now
   * and then something awkward (control characters, emoji, lone surrogates, JSON syntax). May be
   * empty or blank.
   */
  public static Arbitrary<String> texts(int maxPieces) {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of(WORDS)),
        Tuple.of(5, Arbitraries.of(TYPOGRAPHY)),
        Tuple.of(1, Arbitraries.of(AWKWARD)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(4)));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n");
    return Combinators.combine(piece, separator).as((p, s) -> p + s)
        .list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  /** Short texts that are not blank, for names, titles, cues and the like. */
  public static Arbitrary<String> labels() {
    return texts(4).filter(s -> !s.isBlank());
  }

  /**
   * Quote texts as printed: never blank, often with "[insertions]", "…"/"..." elisions, curly
   * quotes and dashes.
   */
  public static Arbitrary<String> quoteTexts() {
    Arbitrary<String> marked = Combinators.combine(texts(10), Arbitraries.of(QUOTE_MARKS), texts(10))
        .as((before, mark, after) -> before + mark + after);
    return Arbitraries.oneOf(texts(24), marked).filter(s -> !s.isBlank());
  }

  /**
   * What someone may search for to find {@code quote}: the quote itself, a run of its words, its
   * words with a passage elided, in other case, in other quote marks or with an appended word.
   */
  public static Arbitrary<String> variantsOf(String quote) {
    String[] words = quote.strip().split("\\s+");
    Arbitrary<int[]> runs = Arbitraries.integers().between(0, words.length - 1).flatMap(start ->
        Arbitraries.integers().between(start + 1, words.length).map(end -> new int[] {start, end}));
    Arbitrary<String> run = runs.map(r -> String.join(" ", Arrays.copyOfRange(words, r[0], r[1])));
    Arbitrary<String> elided = Combinators.combine(runs, Arbitraries.of("…", "...", "[…]"))
        .as((r, mark) -> String.join(" ", Arrays.copyOfRange(words, 0, r[0])) + " " + mark + " "
            + String.join(" ", Arrays.copyOfRange(words, r[1], words.length)));
    return Arbitraries.oneOf(
        Arbitraries.just(quote),
        run,
        elided,
        Arbitraries.just(quote.toUpperCase(java.util.Locale.ROOT)),
        Arbitraries.of("“%s”", "\"%s\"", "‘%s’", "%s — the end").map(f -> String.format(f, quote)));
  }

  /** Document texts: long enough to hold several evidence spans; may be empty. */
  public static Arbitrary<String> documentTexts() {
    return texts(80);
  }

  private static Arbitrary<String> languages() {
    return Arbitraries.of("en", "de", "uk", "ru", "zh-Hans", "en-GB", "und");
  }

  // ---------------------------------------------------------------- time

  /** Partial dates of the given precision, in years 0 to 9999. */
  public static Arbitrary<PartialDate> partialDates(PartialDate.Precision precision) {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    switch (precision) {
      case YEAR:
        return Arbitraries.integers().between(0, 9999).map(PartialDate::ofYear);
      case MONTH:
        return Combinators.combine(Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(1, 12)).as(PartialDate::ofMonth);
      case DAY:
        return days.map(PartialDate::of);
      default:
        return Combinators.combine(days, Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59))
            .as((day, h, m) -> PartialDate.of(day.atTime(h, m)));
    }
  }

  /** Partial dates of every precision, mostly around the present. */
  public static Arbitrary<PartialDate> partialDates() {
    Arbitrary<PartialDate> any = Arbitraries.oneOf(Arrays.stream(PartialDate.Precision.values())
        .map(Generators::partialDates).collect(Collectors.toList()));
    Arbitrary<PartialDate> recent = Combinators.combine(
            Arbitraries.integers().between(0, 3 * 366), Arbitraries.integers().between(0, 24 * 60 - 1),
            Arbitraries.of(PartialDate.Precision.class))
        .as((d, minute, precision) -> truncate(
            LocalDateTime.of(2022, 1, 1, 0, 0).plusDays(d).plusMinutes(minute), precision));
    return Arbitraries.oneOf(any, recent);
  }

  private static PartialDate truncate(LocalDateTime t, PartialDate.Precision precision) {
    switch (precision) {
      case YEAR:
        return PartialDate.ofYear(t.getYear());
      case MONTH:
        return PartialDate.ofMonth(t.getYear(), t.getMonthValue());
      case DAY:
        return PartialDate.of(t.toLocalDate());
      default:
        return PartialDate.of(t);
    }
  }

  /** Two partial dates where the second does not end before the first begins. */
  private static Arbitrary<List<PartialDate>> orderedDatePairs() {
    return Combinators.combine(partialDates(), partialDates()).as((a, b) ->
        b.lastDay().isBefore(a.firstDay()) ? List.of(b, a) : List.of(a, b));
  }

  /** Time references: single dates and ranges, with and without a phrase. */
  public static Arbitrary<TimeReference> timeReferences() {
    Arbitrary<String> phrases = Arbitraries.oneOf(
        Arbitraries.of("last month", "on Aug. 18", "earlier this week", "in 2022", "“recently”"),
        labels());
    return Combinators.combine(orderedDatePairs(), Arbitraries.of(true, false), phrases.optional())
        .as((dates, range, phrase) -> TimeReference.builder()
            .date(dates.get(0))
            .until(range ? Optional.of(dates.get(1)) : Optional.empty())
            .phrase(phrase)
            .build());
  }

  // ---------------------------------------------------------------- spans

  /** One non-empty span of {@code text}, which must not be empty. */
  public static Arbitrary<Span> spansOf(String text) {
    return Arbitraries.integers().between(0, text.length() - 1).flatMap(start ->
        Arbitraries.integers().between(start + 1, text.length()).map(end -> Span.of(text, start, end)));
  }

  /** Evidence for {@code text}: up to four non-empty spans in text order without overlap. */
  public static Arbitrary<List<Span>> evidenceIn(String text) {
    if (text.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Arbitraries.integers().between(0, text.length()).set().ofMaxSize(8).map(cuts -> {
      List<Integer> sorted = cuts.stream().sorted().collect(Collectors.toList());
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i + 1 < sorted.size(); i += 2) {
        spans.add(Span.of(text, sorted.get(i), sorted.get(i + 1)));
      }
      return spans;
    });
  }

  /** Spans of random non-empty texts. */
  public static Arbitrary<Span> spans() {
    return documentTexts().filter(t -> !t.isEmpty()).flatMap(Generators::spansOf);
  }

  // ---------------------------------------------------------------- small values

  /** Provenance of every method, with and without a confidence in [0, 1]. */
  public static Arbitrary<Provenance> provenances() {
    return Builders.withBuilder(Provenance::builder)
        .use(Arbitraries.of(Provenance.Method.class)).in(Provenance.Builder::method)
        .use(Arbitraries.oneOf(Arbitraries.of("curator", "claimtrail-extract 0.1", "quotebank"),
            labels())).in(Provenance.Builder::agent)
        .use(Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 0.1)))
        .withProbability(0.5).in(Provenance.Builder::confidence)
        .build(Provenance.Builder::build);
  }

  /** Settings with arbitrary outlet ids. */
  public static Arbitrary<Setting> settings() {
    return settings(sourceIds().optional());
  }

  private static Arbitrary<Setting> settings(Arbitrary<Optional<OutletId>> outlets) {
    return Builders.withBuilder(Setting::builder)
        .use(Arbitraries.of(Setting.Kind.class)).in(Setting.Builder::kind)
        .use(labels()).in(Setting.Builder::description)
        .use(outlets).in(Setting.Builder::outlet)
        .use(texts(3)).withProbability(0.3).in(Setting.Builder::place)
        .build(Setting.Builder::build);
  }

  /** Roles with and without organization and time bounds. */
  public static Arbitrary<Role> roles() {
    return Combinators.combine(labels(), texts(3).optional(), orderedDatePairs(),
            Arbitraries.integers().between(0, 3))
        .as((title, organization, bounds, shape) -> Role.builder()
            .title(title)
            .organization(organization)
            .start((shape & 1) != 0 ? Optional.of(bounds.get(0)) : Optional.empty())
            .end((shape & 2) != 0 ? Optional.of(bounds.get(1)) : Optional.empty())
            .build());
  }

  /** Affiliations with arbitrary speaker ids. */
  public static Arbitrary<Affiliation> affiliations() {
    return affiliations(speakerIds());
  }

  private static Arbitrary<Affiliation> affiliations(Arbitrary<SpeakerId> speakers) {
    return Combinators.combine(speakers,
            Arbitraries.oneOf(Arbitraries.of("close to", "officials of", "owned by"), labels()))
        .as(Affiliation::of);
  }

  private static Arbitrary<Map<String, String>> externalIds() {
    return Arbitraries.maps(
            Arbitraries.of("wikidata", "gdelt", "mediacloud", "isni", "", "x y", "Київ", "a\"b"),
            Arbitraries.oneOf(Arbitraries.integers().between(1, 99_999_999).map(n -> "Q" + n),
                texts(2)))
        .ofMaxSize(3);
  }

  /** Lower-case host names such as {@code news-site.example}. */
  public static Arbitrary<String> domains() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
                .ofMinLength(1).ofMaxLength(10),
            Arbitraries.of("com", "org", "ru", "ua", "co.uk", "xn--p1ai"))
        .as((name, tld) -> name + "." + tld);
  }

  /** Stances toward arbitrary claim ids. */
  public static Arbitrary<ClaimStance> claimStances() {
    return claimStances(claimIds());
  }

  private static Arbitrary<ClaimStance> claimStances(Arbitrary<ClaimId> claims) {
    return Combinators.combine(claims, Arbitraries.of(ClaimStance.Position.class))
        .as(ClaimStance::of);
  }

  /** Claim reviews with arbitrary reviewer outlet ids and consistent numeric scales. */
  public static Arbitrary<ClaimReview> claimReviews() {
    return claimReviews(sourceIds().optional());
  }

  private static Arbitrary<ClaimReview> claimReviews(Arbitrary<Optional<OutletId>> reviewerSources) {
    Arbitrary<List<Integer>> scales = Combinators.combine(Arbitraries.integers().between(-5, 10),
            Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10))
        .as((low, width, offset) -> List.of(low, low + width, low + Math.min(offset, width)));
    return Combinators.combine(labels(), reviewerSources, labels(), scales,
            Arbitraries.integers().between(0, 15), partialDates().optional(), texts(2).optional())
        .as((reviewer, source, rating, scale, shape, date, url) -> {
          boolean bestIsHigh = (shape & 8) == 0;
          return ClaimReview.builder()
              .reviewer(reviewer)
              .reviewerSource(source)
              .rating(rating)
              .ratingValue((shape & 1) != 0 ? Optional.of(scale.get(2)) : Optional.empty())
              .bestRating((shape & 2) != 0
                  ? Optional.of(scale.get(bestIsHigh ? 1 : 0)) : Optional.empty())
              .worstRating((shape & 4) != 0
                  ? Optional.of(scale.get(bestIsHigh ? 0 : 1)) : Optional.empty())
              .date(date)
              .url(url)
              .build();
        });
  }

  // ---------------------------------------------------------------- damaged input

  /**
   * One of {@code inputs} damaged by one to {@code maxChanges} random changes: cut short, a byte
   * overwritten, a run of bytes deleted, or one of {@code snippets} (as UTF-8) inserted. Positions
   * wrap around the input, so every change applies to inputs of any length. For feeding readers
   * input that is almost, but not quite, what they expect.
   */
  public static Arbitrary<byte[]> damaged(List<byte[]> inputs, List<String> snippets, int maxChanges) {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE - 1);
    Arbitrary<UnaryOperator<byte[]>> change = Arbitraries.oneOf(
        at.map(position -> bytes -> Arrays.copyOf(bytes, position % (bytes.length + 1))),
        Combinators.combine(at, Arbitraries.bytes()).as((position, value) -> bytes -> {
          byte[] out = bytes.clone();
          if (out.length > 0) {
            out[position % out.length] = value;
          }
          return out;
        }),
        Combinators.combine(at, Arbitraries.integers().between(1, 64)).as((position, length) -> bytes -> {
          int start = position % (bytes.length + 1);
          int end = Math.min(bytes.length, start + length);
          byte[] out = new byte[bytes.length - (end - start)];
          System.arraycopy(bytes, 0, out, 0, start);
          System.arraycopy(bytes, end, out, start, bytes.length - end);
          return out;
        }),
        Combinators.combine(at, Arbitraries.of(snippets)).as((position, snippet) -> bytes -> {
          byte[] insert = snippet.getBytes(StandardCharsets.UTF_8);
          int start = position % (bytes.length + 1);
          byte[] out = new byte[bytes.length + insert.length];
          System.arraycopy(bytes, 0, out, 0, start);
          System.arraycopy(insert, 0, out, start, insert.length);
          System.arraycopy(bytes, start, out, start + insert.length, bytes.length - start);
          return out;
        }));
    return Combinators.combine(Arbitraries.of(inputs), change.list().ofMinSize(1).ofMaxSize(maxChanges))
        .as((input, changes) -> {
          byte[] bytes = input;
          for (UnaryOperator<byte[]> c : changes) {
            bytes = c.apply(bytes);
          }
          return bytes;
        });
  }

  // ---------------------------------------------------------------- records

  /** Speakers with arbitrary ids and references. */
  public static Arbitrary<Speaker> speakers() {
    return speakers(Combinators.combine(speakerIds(), affiliations().optional())
            .as((id, affiliation) -> Tuple.of(id, affiliation.filter(a -> !a.speaker().equals(id)))),
        sourceIds().optional());
  }

  /** Speakers with ids and affiliations from {@code identities}. */
  private static Arbitrary<Speaker> speakers(
      Arbitrary<Tuple2<SpeakerId, Optional<Affiliation>>> identities,
      Arbitrary<Optional<OutletId>> outlets) {
    return Builders.withBuilder(Speaker::builder)
        .use(identities).in((b, identity) -> b.id(identity.get1()).affiliation(identity.get2()))
        .use(labels()).in(Speaker.Builder::name)
        .use(Arbitraries.of(Speaker.Kind.class)).in(Speaker.Builder::kind)
        .use(labels().list().ofMaxSize(3)).in(Speaker.Builder::addAllAliases)
        .use(roles().list().ofMaxSize(2)).in(Speaker.Builder::addAllRoles)
        .use(outlets).in(Speaker.Builder::outlet)
        .use(externalIds()).in(Speaker.Builder::putAllExternalIds)
        .build(Speaker.Builder::build);
  }

  /** Outlets with arbitrary ids. */
  public static Arbitrary<Outlet> outlets() {
    return sources(sourceIds());
  }

  private static Arbitrary<Outlet> sources(Arbitrary<OutletId> ids) {
    return Builders.withBuilder(Outlet::builder)
        .use(ids).in(Outlet.Builder::id)
        .use(labels()).in(Outlet.Builder::name)
        .use(Arbitraries.of(Outlet.Kind.class)).in(Outlet.Builder::kind)
        .use(labels().list().ofMaxSize(3)).in(Outlet.Builder::addAllAliases)
        .use(domains().list().ofMaxSize(2)).in(Outlet.Builder::addAllDomains)
        .use(Arbitraries.oneOf(Arbitraries.of("state-owned", "public broadcaster"), texts(3)))
        .withProbability(0.4).in(Outlet.Builder::ownership)
        .use(externalIds()).in(Outlet.Builder::putAllExternalIds)
        .build(Outlet.Builder::build);
  }

  /** Documents with arbitrary ids and references, with and without text. */
  public static Arbitrary<Document> documents() {
    return documents(documentIds(), sourceIds().optional(),
        sourceIds().list().uniqueElements().ofMaxSize(3),
        documentIds().list().uniqueElements().ofMaxSize(2));
  }

  private static Arbitrary<Document> documents(Arbitrary<DocumentId> ids, Arbitrary<Optional<OutletId>> outlets,
      Arbitrary<List<OutletId>> cites, Arbitrary<List<DocumentId>> related) {
    Arbitrary<Function<Document.Builder, Document.Builder>> textOrHash = Arbitraries.frequencyOf(
        Tuple.of(6, documentTexts().map(text -> b -> b.text(text))),
        Tuple.of(2, Arbitraries.just(Function.identity())),
        Tuple.of(1, texts(3).map(unkept -> b -> b.contentHash(Document.sha256(unkept)))));
    return Builders.withBuilder(Document::builder)
        .use(ids).in(Document.Builder::id)
        .use(Arbitraries.of(Document.Kind.class)).withProbability(0.7).in(Document.Builder::kind)
        .use(outlets).in(Document.Builder::outlet)
        .use(Arbitraries.oneOf(Arbitraries.of("https://news.example/a?b=c&d=é#x"), texts(2)))
        .withProbability(0.6).in(Document.Builder::url)
        .use(labels()).withProbability(0.6).in(Document.Builder::title)
        .use(partialDates()).withProbability(0.7).in(Document.Builder::published)
        .use(languages()).withProbability(0.5).in(Document.Builder::language)
        .use(textOrHash).in((b, f) -> f.apply(b))
        .use(cites).in(Document.Builder::addAllCites)
        .use(related).in(Document.Builder::addAllRelated)
        .build(Document.Builder::build);
  }

  /** Statements of every kind with arbitrary ids. */
  public static Arbitrary<Statement> statements() {
    return statements(statementIds());
  }

  private static Arbitrary<Statement> statements(Arbitrary<StatementId> ids) {
    return Builders.withBuilder(Statement::builder)
        .use(ids).in(Statement.Builder::id)
        .use(quoteTexts()).in(Statement.Builder::text)
        .use(Arbitraries.of(Statement.Kind.class)).in(Statement.Builder::kind)
        .use(languages()).withProbability(0.5).in(Statement.Builder::language)
        .build(Statement.Builder::build);
  }

  /** Claims with arbitrary ids, with and without reviews. */
  public static Arbitrary<Claim> claims() {
    return claims(claimIds(), sourceIds().optional());
  }

  private static Arbitrary<Claim> claims(Arbitrary<ClaimId> ids, Arbitrary<Optional<OutletId>> reviewerSources) {
    return Combinators.combine(ids, quoteTexts(), claimReviews(reviewerSources).list().ofMaxSize(2))
        .as((id, text, reviews) -> Claim.builder().id(id).text(text).addAllReviews(reviews).build());
  }

  /**
   * Attributions with arbitrary ids and references; evidence spans are spans of some random text,
   * not of a document in a ledger.
   */
  public static Arbitrary<Attribution> attributions() {
    Arbitrary<Tuple2<DocumentId, List<Span>>> reports = Combinators.combine(documentIds(),
            documentTexts().flatMap(Generators::evidenceIn))
        .as(Tuple::of);
    return attributions(attributionIds(), statementIds(), speakerIds(), reports,
            attributionIds().optional(), sourceIds().optional(), claimStances().list().ofMaxSize(2))
        .filter(a -> a.via().filter(a.id()::equals).isEmpty());
  }

  private static Arbitrary<Attribution> attributions(Arbitrary<AttributionId> ids,
      Arbitrary<StatementId> statements, Arbitrary<SpeakerId> speakers,
      Arbitrary<Tuple2<DocumentId, List<Span>>> reports, Arbitrary<Optional<AttributionId>> vias,
      Arbitrary<Optional<OutletId>> settingOutlets, Arbitrary<List<ClaimStance>> claimStances) {
    return Builders.withBuilder(Attribution::builder)
        .use(ids).in(Attribution.Builder::id)
        .use(statements).in(Attribution.Builder::statement)
        .use(speakers).in(Attribution.Builder::speaker)
        .use(reports).in((b, report) -> b.document(report.get1()).addAllEvidence(report.get2()))
        .use(labels()).withProbability(0.5).in(Attribution.Builder::speakerMention)
        .use(timeReferences()).withProbability(0.5).in(Attribution.Builder::said)
        .use(timeReferences()).withProbability(0.2).in(Attribution.Builder::eventTime)
        .use(Arbitraries.oneOf(Arbitraries.of("warned", "wrote on social media", "said"), labels()))
        .withProbability(0.6).in(Attribution.Builder::cue)
        .use(Arbitraries.of(Stance.class)).withProbability(0.7).in(Attribution.Builder::stance)
        .use(settings(settingOutlets)).withProbability(0.4).in(Attribution.Builder::setting)
        .use(labels()).withProbability(0.3).in(Attribution.Builder::addressee)
        .use(vias).in(Attribution.Builder::via)
        .use(Arbitraries.oneOf(Arbitraries.of("reportedly", "allegedly", "according to"), labels())
            .list().ofMaxSize(2)).in(Attribution.Builder::addAllHedges)
        .use(claimStances).in(Attribution.Builder::addAllClaimStances)
        .use(provenances()).in(Attribution.Builder::provenance)
        .build(Attribution.Builder::build);
  }

  // ---------------------------------------------------------------- ledgers

  /**
   * Valid ledgers of up to a few dozen records, with at least one speaker, document and statement
   * (use {@link Ledger#empty()} for the empty case): every reference resolves, via chains are acyclic,
   * evidence spans slice their document's text. Records come in random order, so a via may point
   * to an attribution added after it.
   */
  public static Arbitrary<Ledger> ledgers() {
    return Combinators.combine(
            uniqueIds(speakerIds(), 1, 6), uniqueIds(sourceIds(), 0, 4),
            uniqueIds(documentIds(), 1, 4), uniqueIds(statementIds(), 1, 6),
            uniqueIds(attributionIds(), 0, 8), uniqueIds(claimIds(), 0, 3))
        .as(LedgerIds::new)
        .flatMap(Generators::ledgers);
  }

  private static <T> Arbitrary<List<T>> uniqueIds(Arbitrary<T> ids, int min, int max) {
    return ids.list().uniqueElements().ofMinSize(min).ofMaxSize(max);
  }

  /** The ids of the records of one generated ledger. */
  private static final class LedgerIds {
    final List<SpeakerId> speakers;
    final List<OutletId> sources;
    final List<DocumentId> documents;
    final List<StatementId> statements;
    final List<AttributionId> attributions;
    final List<ClaimId> claims;

    LedgerIds(List<SpeakerId> speakers, List<OutletId> sources, List<DocumentId> documents,
        List<StatementId> statements, List<AttributionId> attributions, List<ClaimId> claims) {
      this.speakers = speakers;
      this.sources = sources;
      this.documents = documents;
      this.statements = statements;
      this.attributions = attributions;
      this.claims = claims;
    }
  }

  /** Records generated for a ledger. */
  private static final class Records {
    final List<Speaker> speakers;
    final List<Outlet> sources;
    final List<Document> documents;
    final List<Statement> statements;
    final List<Claim> claims;

    Records(List<Speaker> speakers, List<Outlet> sources, List<Document> documents,
        List<Statement> statements, List<Claim> claims) {
      this.speakers = speakers;
      this.sources = sources;
      this.documents = documents;
      this.statements = statements;
      this.claims = claims;
    }
  }

  private static Arbitrary<Ledger> ledgers(LedgerIds ids) {
    Arbitrary<Optional<OutletId>> anySource = optionalOneOf(ids.sources);
    Arbitrary<List<Speaker>> speakers = each(ids.speakers, id -> {
      List<SpeakerId> others = ids.speakers.stream().filter(o -> !o.equals(id)).collect(Collectors.toList());
      Arbitrary<Optional<Affiliation>> affiliations = others.isEmpty()
          ? Arbitraries.just(Optional.empty())
          : affiliations(Arbitraries.of(others)).optional();
      return speakers(affiliations.map(affiliation -> Tuple.of(id, affiliation)), anySource);
    });
    Arbitrary<List<Outlet>> sources = each(ids.sources, id -> sources(Arbitraries.just(id)));
    Arbitrary<List<Document>> documents = each(ids.documents, id -> documents(Arbitraries.just(id),
        anySource, someOf(ids.sources, 3), someOf(ids.documents, 2)));
    Arbitrary<List<Statement>> statements =
        each(ids.statements, id -> statements(Arbitraries.just(id)));
    Arbitrary<List<Claim>> claims = each(ids.claims, id -> claims(Arbitraries.just(id), anySource));
    return Combinators.combine(speakers, sources, documents, statements, claims)
        .as(Records::new)
        .flatMap(records -> attributionsFor(ids, records).map(attributions -> {
          Ledger.Builder ledger = Ledger.builder();
          records.speakers.forEach(ledger::add);
          records.sources.forEach(ledger::add);
          records.documents.forEach(ledger::add);
          records.statements.forEach(ledger::add);
          records.claims.forEach(ledger::add);
          attributions.forEach(ledger::add);
          return ledger.build();
        }))
        .withoutEdgeCases();
  }

  /**
   * Attributions for the given records; each one's via points to an attribution earlier in {@code
   * ids}, which keeps chains acyclic, and the result is shuffled.
   */
  private static Arbitrary<List<Attribution>> attributionsFor(LedgerIds ids, Records records) {
    Arbitrary<Tuple2<DocumentId, List<Span>>> reports = Arbitraries.of(records.documents)
        .flatMap(document -> document.text().map(Generators::evidenceIn)
            .orElseGet(() -> spans().list().ofMaxSize(1))
            .map(evidence -> Tuple.of(document.id(), evidence)));
    Arbitrary<List<ClaimStance>> claimStances = ids.claims.isEmpty()
        ? Arbitraries.just(List.of())
        : claimStances(Arbitraries.of(ids.claims)).list().ofMaxSize(2);
    return each(ids.attributions, id -> attributions(Arbitraries.just(id),
            Arbitraries.of(ids.statements), Arbitraries.of(ids.speakers), reports,
            optionalOneOf(ids.attributions.subList(0, ids.attributions.indexOf(id))),
            optionalOneOf(ids.sources), claimStances))
        .flatMap(Arbitraries::shuffle);
  }

  private static <T> Arbitrary<Optional<T>> optionalOneOf(List<T> values) {
    return values.isEmpty() ? Arbitraries.just(Optional.empty()) : Arbitraries.of(values).optional();
  }

  private static <T> Arbitrary<List<T>> someOf(List<T> values, int max) {
    return values.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.subsetOf(values).ofMaxSize(Math.min(max, values.size())).map(List::copyOf);
  }

  private static <I, R> Arbitrary<List<R>> each(List<I> ids, Function<I, Arbitrary<R>> generator) {
    return Combinators.combine(ids.stream().map(generator).collect(Collectors.toList()))
        .as(list -> list);
  }
}

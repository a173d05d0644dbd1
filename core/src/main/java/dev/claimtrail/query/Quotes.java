package dev.claimtrail.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import dev.claimtrail.query.QueryPlan.Lookup;
import dev.claimtrail.query.QueryPlan.Step;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.QuoteText;
import dev.claimtrail.text.VariantMatch;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query over attributions: what did this speaker say, when, reported by whom. Each step returns
 * a new query and leaves this one as it was, so a query can be kept and branched; {@link
 * #toString()} prints the expression that rebuilds it, e.g. {@code
 * ledger.quotes().by("Moreno").during("2024-07")}. Nothing runs until a terminal method ({@link
 * #list()}, {@link #count()}, {@link #stream()}, {@link #counts()}, {@link #timeline()}).
 *
 * <p>A run reads the most selective index among its steps (document, claim, statement, speaker,
 * outlet, time said, in that order), which finds exactly the attributions passing that step, then
 * checks the other steps on what it found; a speaker step with a time said step reads only that
 * range of the speaker's attributions, which the ledger keeps sorted by when they were said. Results are in
 * ledger order unless the method says otherwise, and equal to filtering all attributions in order
 * with the same steps. Names given as strings are looked up when the step is added; a name that
 * matches nothing makes the query match nothing rather than fail.
 */
public final class Quotes {
  /** How many statements {@link #whoSaid(String)} checks at most: those sharing the most words. */
  public static final int WHO_SAID_CANDIDATES = 1000;

  private static final VariantMatch EXACT = VariantMatch.of(VariantMatch.Kind.EXACT, 1.0, "exact text");

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s\\b");

  private final LedgerView view;
  private final String expression;
  private final ImmutableList<Step> steps;

  private Quotes(LedgerView view, String expression, ImmutableList<Step> steps) {
    this.view = view;
    this.expression = expression;
    this.steps = steps;
  }

  /**
   * {@return all attributions of {@code view}; the expression is printed as starting from {@code ledger}}
   *
   * @param view the records to query
   */
  public static Quotes of(LedgerView view) {
    checkNotNull(view, "view");
    return new Quotes(view, "ledger.quotes()", ImmutableList.of());
  }

  private Quotes with(String step, Predicate<Attribution> test, Optional<Lookup> lookup) {
    return new Quotes(view, expression + step,
        ImmutableList.<Step>builder().addAll(steps).add(new Step(test, lookup)).build());
  }

  /**
   * Attributions to the speaker with the id {@code who}, or else to every speaker so named: one of
   * whose {@linkplain Speaker#properNames() proper names} contains all the words of {@code who}
   * ("Moreno", "Ana Moreno"). Descriptions do not count: "Moreno" does not find "aides close to
   * Moreno" nor "an ally of Ana Moreno"; {@link #describedAs(String)} does.
   *
   * @param who a speaker id, or words of a speaker's name
   * @return this query narrowed to those speakers
   */
  public Quotes by(String who) {
    checkNotNull(who, "who");
    return bySpeakers(".by(" + literal(who) + ")", speakersFor(who, view::speakersNamed));
  }

  /**
   * Attributions to the speaker with the given id.
   *
   * @param speaker the speaker's id
   * @return this query narrowed to that speaker
   */
  public Quotes by(SpeakerId speaker) {
    checkNotNull(speaker, "speaker");
    return bySpeakers(".by(SpeakerId.of(" + literal(speaker.value()) + "))",
        view.speaker(speaker).map(List::of).orElse(List.of()));
  }

  /**
   * Attributions to every speaker one of whose names, aliases or descriptions contains all the
   * words of {@code words}: those {@link #by(String)} finds, and unnamed speakers described in
   * those words ("aides close to Moreno" for "Moreno").
   *
   * @param words words of a speaker's name or description
   * @return this query narrowed to those speakers
   */
  public Quotes describedAs(String words) {
    checkNotNull(words, "words");
    return bySpeakers(".describedAs(" + literal(words) + ")", view.speakersDescribedAs(words));
  }

  /**
   * Attributions known through an attribution to the speaker with the id {@code who}, or else to a
   * speaker so named (as {@link #by(String)} reads names), at any depth: {@code
   * ledger.quotes().via("RT")} finds what is known through RT ("RT noted that ... X said ...").
   * {@link #chains()} then shows each chain.
   *
   * @param who a speaker id, or words of a speaker's name
   * @return this query narrowed to attributions with that intermediary
   */
  public Quotes via(String who) {
    checkNotNull(who, "who");
    return viaSpeakers(".via(" + literal(who) + ")", speakersFor(who, view::speakersNamed));
  }

  /**
   * Attributions known through an attribution to the speaker with the given id, at any depth; see
   * {@link #via(String)}.
   *
   * @param intermediary the intermediary speaker's id
   * @return this query narrowed to attributions with that intermediary
   */
  public Quotes via(SpeakerId intermediary) {
    checkNotNull(intermediary, "intermediary");
    return viaSpeakers(".via(SpeakerId.of(" + literal(intermediary.value()) + "))",
        view.speaker(intermediary).map(List::of).orElse(List.of()));
  }

  /** The speaker with the id {@code who}, or else the speakers {@code named} finds. */
  private List<Speaker> speakersFor(String who, Function<String, List<Speaker>> named) {
    Optional<Speaker> byId = isId(who) ? view.speaker(SpeakerId.of(who)) : Optional.empty();
    return byId.map(List::of).orElseGet(() -> named.apply(who));
  }

  private Quotes viaSpeakers(String step, List<Speaker> intermediaries) {
    Set<SpeakerId> ids = intermediaries.stream().map(Speaker::id).collect(ImmutableSet.toImmutableSet());
    return with(step, a -> a.isSecondHand() && hasIntermediaryBy(a, ids),
        Optional.of(new Lookup(Lookup.VIA, () -> knownThrough(ids))));
  }

  /** Whether an attribution that {@code attribution} is known through is to one of {@code speakers}. */
  private boolean hasIntermediaryBy(Attribution attribution, Set<SpeakerId> speakers) {
    List<Attribution> chain = view.viaChain(attribution.id());
    for (int i = 1; i < chain.size(); i++) {
      if (speakers.contains(chain.get(i).speaker())) {
        return true;
      }
    }
    return false;
  }

  /** The attributions known, at any depth, through an attribution to one of {@code speakers}. */
  private List<Attribution> knownThrough(Set<SpeakerId> speakers) {
    Set<Attribution> found = new LinkedHashSet<>();
    ArrayDeque<Attribution> pending = new ArrayDeque<>();
    speakers.forEach(id -> pending.addAll(view.attributionsBy(id)));
    while (!pending.isEmpty()) {
      for (Attribution known : view.attributionsVia(pending.poll().id())) {
        if (found.add(known)) {
          pending.add(known);
        }
      }
    }
    return view.inLedgerOrder(found);
  }

  private Quotes bySpeakers(String step, List<Speaker> speakers) {
    Set<SpeakerId> ids = speakers.stream().map(Speaker::id).collect(ImmutableSet.toImmutableSet());
    return with(step, a -> ids.contains(a.speaker()), Optional.of(Lookup.speakers(ids,
        () -> union(ids.stream().map(view::attributionsBy)))));
  }

  /**
   * {@return attributions said at a time that may fall within {@code date}, a partial date such as
   * {@code 2024}, {@code 2024-07}, {@code 2024-07-15} or {@code July 2024} (see {@link
   * PartialDate#parse(String)}): said "July 2024" overlaps July 15, and said on July 15 falls within
   * "2024-07"} Attributions that do not
   * tell when are left out.
   *
   * @param date a partial date
   * @throws IllegalArgumentException naming the text if {@code date} is not a date
   */
  public Quotes during(String date) {
    checkNotNull(date, "date");
    PartialDate parsed = PartialDate.parse(date);
    return saidBetween(".during(" + literal(date) + ")", parsed.firstDay(), parsed.lastDay());
  }

  /**
   * {@return like {@link #during(String)}, from the start of {@code from} to the end of {@code to}}
   *
   * @param from the partial date the range starts in
   * @param to the partial date the range ends in
   * @throws IllegalArgumentException naming the text if {@code from} or {@code to} is not a date
   */
  public Quotes between(String from, String to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return saidBetween(".between(" + literal(from) + ", " + literal(to) + ")",
        PartialDate.parse(from).firstDay(), PartialDate.parse(to).lastDay());
  }

  /**
   * {@return attributions said at a time that may fall within the days {@code from} to {@code to}, both
   * included} Attributions that do not tell when are left out.
   *
   * @param from the first day
   * @param to the last day
   */
  public Quotes between(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return saidBetween(".between(LocalDate.parse(\"" + from + "\"), LocalDate.parse(\"" + to + "\"))", from, to);
  }

  private Quotes saidBetween(String step, LocalDate from, LocalDate to) {
    return with(step, a -> a.said().map(t -> t.overlaps(from, to)).orElse(false),
        Optional.of(Lookup.said(from, to, () -> view.attributionsSaidBetween(from, to))));
  }

  /**
   * Attributions reported in documents of the outlet with the id {@code outlet}, or else of every
   * outlet whose name, an alias or a domain is {@code outlet} (compared after normalization).
   *
   * @param outlet an outlet id, name, alias or domain
   * @return this query narrowed to what those outlets reported
   */
  public Quotes reportedBy(String outlet) {
    checkNotNull(outlet, "outlet");
    Optional<Outlet> byId = isId(outlet) ? view.outlet(OutletId.of(outlet)) : Optional.empty();
    String wanted = QuoteText.normalize(outlet);
    List<Outlet> sources = byId.map(List::of).orElseGet(() -> view.outlets().stream()
        .filter(s -> Stream.concat(Stream.concat(Stream.of(s.name()), s.aliases().stream()), s.domains().stream())
            .anyMatch(name -> QuoteText.normalize(name).equals(wanted)))
        .collect(Collectors.toList()));
    return reportedBy(".reportedBy(" + literal(outlet) + ")", sources);
  }

  /**
   * Attributions reported in documents of the outlet with the given id.
   *
   * @param outlet the outlet's id
   * @return this query narrowed to what that outlet reported
   */
  public Quotes reportedBy(OutletId outlet) {
    checkNotNull(outlet, "outlet");
    return reportedBy(".reportedBy(OutletId.of(" + literal(outlet.value()) + "))",
        view.outlet(outlet).map(List::of).orElse(List.of()));
  }

  private Quotes reportedBy(String step, List<Outlet> sources) {
    Set<OutletId> ids = sources.stream().map(Outlet::id).collect(ImmutableSet.toImmutableSet());
    return with(step,
        a -> view.document(a.document()).flatMap(d -> d.outlet()).map(ids::contains).orElse(false),
        Optional.of(new Lookup(Lookup.OUTLET, () -> union(ids.stream().map(view::attributionsPublishedBy)))));
  }

  /**
   * Attributions reported in the document with the given id.
   *
   * @param document a document id, as printed
   * @return this query narrowed to that document
   */
  public Quotes in(String document) {
    checkNotNull(document, "document");
    return in(DocumentId.of(document));
  }

  /**
   * Attributions reported in the document with the given id.
   *
   * @param document the document's id
   * @return this query narrowed to that document
   */
  public Quotes in(DocumentId document) {
    checkNotNull(document, "document");
    return with(".in(" + literal(document.value()) + ")", a -> a.document().equals(document),
        Optional.of(new Lookup(Lookup.DOCUMENT, () -> view.attributionsIn(document))));
  }

  /**
   * Attributions of the statement with the given id.
   *
   * @param statement a statement id, as printed
   * @return this query narrowed to that statement
   */
  public Quotes of(String statement) {
    checkNotNull(statement, "statement");
    return of(StatementId.of(statement));
  }

  /**
   * Attributions of the statement with the given id.
   *
   * @param statement the statement's id
   * @return this query narrowed to that statement
   */
  public Quotes of(StatementId statement) {
    checkNotNull(statement, "statement");
    return with(".of(" + literal(statement.value()) + ")", a -> a.statement().equals(statement),
        Optional.of(new Lookup(Lookup.STATEMENT, () -> view.attributionsOf(statement))));
  }

  /**
   * Attributions that take a position toward the claim with the id {@code claim}, or else toward
   * every claim whose text contains all the words of {@code claim}.
   *
   * @param claim a claim id, or words of a claim's text
   * @return this query narrowed to positions on those claims
   */
  public Quotes on(String claim) {
    checkNotNull(claim, "claim");
    return on(".on(" + literal(claim) + ")", claimsFor(view, claim));
  }

  /**
   * Attributions that take a position toward the claim with the given id.
   *
   * @param claim the claim's id
   * @return this query narrowed to positions on that claim
   */
  public Quotes on(ClaimId claim) {
    checkNotNull(claim, "claim");
    return on(".on(ClaimId.of(" + literal(claim.value()) + "))", view.claim(claim).map(List::of).orElse(List.of()));
  }

  private Quotes on(String step, List<Claim> claims) {
    Set<ClaimId> ids = claims.stream().map(Claim::id).collect(ImmutableSet.toImmutableSet());
    return with(step,
        a -> a.claimStances().stream().anyMatch(s -> ids.contains(s.claim())),
        Optional.of(new Lookup(Lookup.CLAIM, () -> union(ids.stream().map(view::attributionsOn)))));
  }

  /**
   * {@return attributions taking the given position toward some claim}
   *
   * @param position the position kept
   */
  public Quotes taking(ClaimStance.Position position) {
    checkNotNull(position, "position");
    return with(".taking(ClaimStance.Position." + position + ")",
        a -> a.claimStances().stream().anyMatch(s -> s.position() == position), Optional.empty());
  }

  /**
   * {@return attributions with one of the given stances ("warns", "denies")}
   *
   * @param stances the stances kept
   */
  public Quotes withStance(Stance... stances) {
    checkNotNull(stances, "stances");
    Set<Stance> wanted = ImmutableSet.copyOf(stances);
    String args = wanted.stream().map(s -> "Stance." + s).collect(Collectors.joining(", "));
    return with(".withStance(" + args + ")", a -> wanted.contains(a.stance()), Optional.empty());
  }

  /**
   * {@return attributions of statements of the given kind (direct, partial or indirect quote)}
   *
   * @param kind the kind of statement
   */
  public Quotes ofKind(Statement.Kind kind) {
    checkNotNull(kind, "kind");
    return with(".ofKind(Statement.Kind." + kind + ")",
        a -> view.statement(a.statement()).map(s -> s.kind() == kind).orElse(false), Optional.empty());
  }

  /**
   * {@return attributions made with a confidence of at least {@code confidence}, from 0 to 1: an extractor's
   * guesses and quotes kept under an unknown speaker fall below the surer attributions} Those whose
   * provenance gives no confidence (curated by hand, or imported without one) always pass. Throws
   * {@link IllegalArgumentException} when {@code confidence} lies outside [0, 1].
   *
   * @param confidence the lowest confidence kept, from 0 to 1
   * @throws IllegalArgumentException if {@code confidence} lies outside [0, 1]
   */
  public Quotes minConfidence(double confidence) {
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must lie in [0, 1]: %s", confidence);
    return with(".minConfidence(" + confidence + ")",
        a -> a.provenance().confidence().map(c -> c >= confidence).orElse(true), Optional.empty());
  }

  /** {@return attributions known only through another one ("RT noted that ..} Putin said ..."). */
  public Quotes secondHand() {
    return with(".secondHand()", Attribution::isSecondHand, Optional.empty());
  }

  /** {@return attributions reported first-hand, not through another attribution} */
  public Quotes firstHand() {
    return with(".firstHand()", a -> !a.isSecondHand(), Optional.empty());
  }

  /** {@return the matching attributions, resolved, in ledger order} */
  public Results<Quote> list() {
    return new Results<>(stream().collect(Collectors.toList()), Quote.COLUMNS);
  }

  /**
   * {@return the matching attributions ordered by when they were said, unknown last, then in ledger order}
   * Times of different precision order by the first day they may denote, then by the last: a day
   * comes before the month that begins with it ("2017-01-01" before "2017-01"), a month before its
   * year, and a range after the day it starts on. Within one day, times told to the minute come in
   * their order and before a date of that day without a time.
   */
  public Results<Quote> timeline() {
    List<Attribution> ordered = QueryPlan.onTimeline(view, steps);
    ImmutableList.Builder<Quote> quotes = ImmutableList.builderWithExpectedSize(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      quotes.add(Quote.of(view, ordered.get(i)));
    }
    return new Results<>(quotes.build(), Quote.COLUMNS);
  }

  /**
   * {@return who said {@code quote}: the attributions of this query whose statement matches it, best first
   * (by score, then in ledger order), each with how it matches} A statement matches as the exact
   * text, the same words in other quote marks, dashes, case or punctuation, a variant with or
   * without an editor's "[insertion]", one with passages elided ("…"), one the quote is part of, a
   * truncated one, or a similar one; see {@link QuoteMatcher}. Candidates come from the ledger's
   * quote index, at most {@value #WHO_SAID_CANDIDATES} statements sharing the most words with the
   * quote. Text without letters or digits matches nothing.
   *
   * @param quote the words of the quote, in any of its printed forms
   */
  public Results<QuoteMatch> whoSaid(String quote) {
    checkNotNull(quote, "quote");
    List<QuoteMatch> best = new ArrayList<>(matches(quote));
    best.sort(Comparator.comparingDouble(QuoteMatch::score).reversed());
    return new Results<>(best, QuoteMatch.columns());
  }

  /**
   * {@return who said exactly {@code text}: the attributions of this query whose statement is printed as
   * {@code text} (leading and trailing white space aside), in ledger order, each an {@link
   * VariantMatch.Kind#EXACT} match} A lookup in the ledger's printed-text index: use it when the
   * printed words are known and variants are not wanted; {@link #whoSaid(String)} finds those too.
   *
   * @param text the statement's text as printed
   */
  public Results<QuoteMatch> whoSaidExactly(String text) {
    checkNotNull(text, "text");
    List<Attribution> printed = view.attributionsPrinted(text);
    ImmutableList.Builder<QuoteMatch> matches = ImmutableList.builderWithExpectedSize(printed.size());
    for (int i = 0; i < printed.size(); i++) {
      Attribution attribution = printed.get(i);
      if (passes(attribution)) {
        matches.add(new QuoteMatch(Quote.of(view, attribution), EXACT));
      }
    }
    return new Results<>(matches.build(), QuoteMatch.columns());
  }

  /**
   * {@return who reported {@code quote}, and when first: the attributions of this query whose statement
   * carries it or a close variant (every match of {@link #whoSaid(String)} but the merely similar
   * ones), as a propagation timeline; see {@link Reports}}
   *
   * @param quote the words of the quote, in any of its printed forms
   */
  public Reports reportsOf(String quote) {
    checkNotNull(quote, "quote");
    return Reports.of(matches(quote));
  }

  /** The attributions of this query whose statement matches {@code quote}, in ledger order. */
  private List<QuoteMatch> matches(String quote) {
    Map<Attribution, VariantMatch> matched = new HashMap<>();
    if (!QuoteText.normalize(quote).isEmpty()) {
      QuoteMatcher matcher = QuoteMatcher.of(quote);
      for (Statement statement : view.statementsResembling(quote, WHO_SAID_CANDIDATES)) {
        Optional<VariantMatch> match = matcher.match(statement.text());
        if (match.isPresent()) {
          view.attributionsOf(statement.id()).stream().filter(this::passes)
              .forEach(a -> matched.put(a, match.get()));
        }
      }
    }
    return view.inLedgerOrder(matched.keySet()).stream()
        .map(a -> new QuoteMatch(Quote.of(view, a), verifyNotNull(matched.get(a))))
        .collect(Collectors.toList());
  }

  /**
   * {@return through whom each attribution of this query is known, in ledger order: its intermediaries, its
   * depth and whether the primary source is on record; see {@link Chain}} {@code
   * ledger.quotes().by("Putin").secondHand().chains()} lists a speaker's second-hand attributions.
   */
  public Results<Chain> chains() {
    return new Results<>(attributions().map(a -> Chain.of(view, a)).collect(Collectors.toList()), Chain.columns());
  }

  /** {@return how many attributions match} */
  public int count() {
    return (int) attributions().count();
  }

  /** {@return the matching attributions, resolved, in ledger order; lazy} */
  public Stream<Quote> stream() {
    return attributions().map(a -> Quote.of(view, a));
  }

  /** {@return counts of the matching attributions by speaker, outlet, stance and month said} */
  public Counts counts() {
    return Counts.of(stream().collect(Collectors.toList()));
  }

  private Stream<Attribution> attributions() {
    return QueryPlan.run(view, steps);
  }

  private boolean passes(Attribution attribution) {
    return QueryPlan.passes(steps, attribution);
  }

  private List<Attribution> union(Stream<List<Attribution>> lists) {
    return QueryPlan.union(view, lists);
  }

  /**
   * Claims with the id {@code claim}, or else those whose text contains all its words; a possessive
   * counts as its noun ("Johnson's interference" contains "Johnson").
   */
  static List<Claim> claimsFor(LedgerView view, String claim) {
    Optional<Claim> byId = isId(claim) ? view.claim(ClaimId.of(claim)) : Optional.empty();
    if (byId.isPresent()) {
      return List.of(byId.get());
    }
    String words = withoutPossessives(claim);
    return view.claims().stream()
        .filter(c -> QuoteText.containsWords(withoutPossessives(c.text()), words))
        .collect(Collectors.toList());
  }

  private static String withoutPossessives(String text) {
    return POSSESSIVE.matcher(text).replaceAll("");
  }

  /** Whether {@code text} has the form of a record id, so that looking it up as one cannot fail. */
  static boolean isId(String text) {
    return !text.isBlank() && text.strip().equals(text);
  }

  /** {@code text} as a Java string literal. */
  static String literal(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  /** The expression that rebuilds this query. */
  @Override
  public String toString() {
    return expression;
  }
}

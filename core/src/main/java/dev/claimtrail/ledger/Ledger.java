package dev.claimtrail.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.query.Chain;
import dev.claimtrail.query.Counts;
import dev.claimtrail.query.Identity;
import dev.claimtrail.query.Outlets;
import dev.claimtrail.query.LedgerView;
import dev.claimtrail.query.QuoteMatch;
import dev.claimtrail.query.Quotes;
import dev.claimtrail.query.Reports;
import dev.claimtrail.query.Results;
import dev.claimtrail.query.Stands;
import dev.claimtrail.text.QuoteForms;
import dev.claimtrail.text.QuoteMatcher;
import dev.claimtrail.text.QuoteText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * An immutable snapshot of speakers, outlets, documents, statements, attributions and claims whose
 * references all resolve, with the indexes queries need. Safe to share between threads; reads take
 * no locks. Records are listed in the order they were added; a record that replaces another of the
 * same id is listed where it was added. Build one with {@link #builder()}, extend one with {@link
 * #toBuilder()} (the old snapshot is left as it was and shares its segments with the new one), or
 * read one with {@link #load(Path)}. See the package documentation for the structure.
 */
public final class Ledger implements LedgerView {
  private static final Ledger EMPTY = new Ledger(ImmutableList.of());

  final ImmutableList<Part> parts;
  /** For each kind, the number of live records before each part, and the total at the end. */
  private final int[][] liveStarts;

  Ledger(ImmutableList<Part> parts) {
    this.parts = parts;
    this.liveStarts = new int[RecordKind.values().length][parts.size() + 1];
    for (RecordKind kind : RecordKind.values()) {
      int[] starts = liveStarts[kind.ordinal()];
      for (int p = 0; p < parts.size(); p++) {
        starts[p + 1] = starts[p] + parts.get(p).live(kind);
      }
    }
  }

  /** {@return the ledger with no records} */
  public static Ledger empty() {
    return EMPTY;
  }

  /** {@return a builder for a new ledger} */
  public static Builder builder() {
    return new Builder(EMPTY);
  }

  /**
   * Reads the ledger in {@code file} with the {@linkplain LedgerCodec#standard() standard codec}:
   * claimtrail's JSON format, JSON Lines for a name ending in {@code .jsonl}, and a binary snapshot
   * for a file that starts with its magic bytes (see {@link dev.claimtrail.io.LedgerSnapshot}).
   *
   * @param file the file to read
   * @return the ledger, read whole and validated (a snapshot's records are decoded when first read,
   *     as {@link dev.claimtrail.io.LedgerSnapshot} says)
   * @throws dev.claimtrail.ClaimtrailException if the file is not a valid ledger, naming the place
   *     and field at fault (a {@link dev.claimtrail.io.LedgerFormatException} for claimtrail's format)
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger load(Path file) {
    return load(file, LedgerCodec.standard());
  }

  /**
   * Reads the ledger in {@code file} with {@code codec}.
   *
   * @param file the file to read
   * @param codec the format to read it in, for example a {@link dev.claimtrail.io.FileLedgerCodec}
   *     that builds on an executor of the caller's
   * @return the ledger, read whole and validated (a snapshot's records are decoded when first read,
   *     as {@link dev.claimtrail.io.LedgerSnapshot} says)
   * @throws dev.claimtrail.ClaimtrailException if the file is not a valid ledger, naming the place
   * @throws java.io.UncheckedIOException if the file cannot be opened or read
   */
  public static Ledger load(Path file, LedgerCodec codec) {
    checkNotNull(file, "file");
    checkNotNull(codec, "codec");
    return codec.read(file);
  }

  /**
   * Writes this ledger to {@code file} with the {@linkplain LedgerCodec#standard() standard codec},
   * atomically: a binary snapshot for a name ending in {@code .ctl}, JSON Lines for {@code .jsonl},
   * JSON otherwise.
   *
   * @param file the file to create or replace
   * @throws java.io.UncheckedIOException if the file cannot be written; the file is then left as it was
   */
  public void save(Path file) {
    save(file, LedgerCodec.standard());
  }

  /**
   * Writes this ledger to {@code file} with {@code codec}.
   *
   * @param file the file to create or replace
   * @param codec the format to write it in
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void save(Path file, LedgerCodec codec) {
    checkNotNull(file, "file");
    checkNotNull(codec, "codec");
    codec.write(this, file);
  }

  /**
   * {@return a builder that starts from this ledger} Building it validates and indexes only the records
   * added to it, so extending a large ledger by a few records costs little; this ledger is left
   * unchanged.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return all attributions, as a query to narrow with steps such as {@code .by("Moreno")} and {@code
   * .during("2024-07")}; see {@link Quotes}}
   */
  public Quotes quotes() {
    return Quotes.of(this);
  }

  /**
   * {@return who said {@code quote}: attributions whose statement is the quote, a part of it, or another
   * outlet's variant of it (other quote marks and dashes, "[the]" insertions, "…" elisions,
   * truncation, case and punctuation), best first, each with a score and why it matched; see
   * {@link Quotes#whoSaid(String)}}
   *
   * @param quote the words of the quote, in any of its printed forms
   */
  public Results<QuoteMatch> whoSaid(String quote) {
    return quotes().whoSaid(quote);
  }

  /**
   * {@return who said exactly {@code text}: the attributions whose statement is printed as it is, found
   * through the ledger's printed-text index without checking variants; see {@link
   * Quotes#whoSaidExactly(String)}}
   *
   * @param text the statement's text as printed
   */
  public Results<QuoteMatch> whoSaidExactly(String text) {
    return quotes().whoSaidExactly(text);
  }

  /**
   * {@return through whom the attribution with the id {@code attribution} is known: the reporting document,
   * the intermediaries, the original speaker, the depth, and whether the primary source is on
   * record; see {@link Chain}} Throws {@link IllegalArgumentException} naming the id if no
   * attribution has it.
   *
   * @param attribution the id of the attribution
   * @throws IllegalArgumentException naming the id if no attribution has it
   */
  public Chain chain(AttributionId attribution) {
    checkNotNull(attribution, "attribution");
    return Chain.of(this, attribution);
  }

  /**
   * As {@link #chain(AttributionId)}, for an id typed as text.
   *
   * @param attribution an attribution id, as printed
   * @return the chain of that attribution
   * @throws IllegalArgumentException naming the id if no attribution has it
   */
  public Chain chain(String attribution) {
    checkNotNull(attribution, "attribution");
    return chain(AttributionId.of(attribution));
  }

  /**
   * {@return who stands where on the claim with the id {@code claim}, or else on every claim whose text
   * contains all the words of {@code claim}: who asserts, denies, confirms or disputes it, with
   * evidence, and its reviews; see {@link Stands}}
   *
   * @param claim the id of a claim, or words of its text
   */
  public Stands standsOn(String claim) {
    checkNotNull(claim, "claim");
    return Stands.on(this, claim);
  }

  /**
   * Who stands where on the claim with the given id; none if there is no such claim. See {@link
   * Stands}.
   *
   * @param claim the claim's id
   * @return the stands on that claim
   */
  public Stands standsOn(ClaimId claim) {
    return Stands.on(this, claim);
  }

  /**
   * {@return who reported {@code quote}, and when first: the documents and outlets that carry it or a close
   * variant, the first appearance and the propagation timeline; see {@link Reports}}
   *
   * @param quote the words of the quote, in any of its printed forms
   */
  public Reports reportsOf(String quote) {
    return quotes().reportsOf(quote);
  }

  /**
   * {@return the outlets the document with the id {@code document} names as its sources, in its order;
   * throws {@link IllegalArgumentException} naming the id if there is no such document}
   *
   * @param document the id of the document
   * @throws IllegalArgumentException naming the id if there is no such document
   */
  public Results<Outlet> outletsCitedBy(String document) {
    checkNotNull(document, "document");
    return outletsCitedBy(DocumentId.of(document));
  }

  /**
   * The outlets the document with the given id names as its sources, in its order.
   *
   * @param document the document's id
   * @return the outlets it cites
   * @throws IllegalArgumentException naming the id if there is no such document
   */
  public Results<Outlet> outletsCitedBy(DocumentId document) {
    checkNotNull(document, "document");
    return Outlets.citedBy(this, document);
  }

  /**
   * {@return who {@code description} may be, at any time: the speakers whose name or alias contains its
   * words ("Moreno", "the finance minister") or whose role it describes ("Foreign Minister"); see
   * {@link Identity#resolve}}
   *
   * @param description words for the speaker: part of a name, or a role
   */
  public Results<Identity> whoIs(String description) {
    checkNotNull(description, "description");
    return Identity.resolve(this, description, Optional.empty());
  }

  /**
   * {@return who {@code description} may be at {@code date}, a partial date such as {@code 2022}, {@code
   * 2024-08} or {@code August 2024}: as {@link #whoIs(String)}, keeping roles held then
   * ("then-British Prime Minister" in 2022)}
   *
   * @param description words for the speaker: part of a name, or a role
   * @param date when the role is held, a partial date
   * @throws IllegalArgumentException naming the text if {@code date} is not a date
   */
  public Results<Identity> whoIs(String description, String date) {
    checkNotNull(description, "description");
    checkNotNull(date, "date");
    return Identity.resolve(this, description, Optional.of(PartialDate.parse(date)));
  }

  /** {@return counts of all attributions by speaker, outlet, stance and month said} */
  public Counts counts() {
    return quotes().counts();
  }

  /** {@return how many segments this snapshot is made of; at most logarithmic in the number of records} */
  public int segmentCount() {
    return parts.size();
  }

  @Override
  public List<Speaker> speakers() {
    return new RecordList<>(RecordKind.SPEAKER);
  }

  @Override
  public List<Outlet> outlets() {
    return new RecordList<>(RecordKind.SOURCE);
  }

  @Override
  public List<Document> documents() {
    return new RecordList<>(RecordKind.DOCUMENT);
  }

  @Override
  public List<Statement> statements() {
    return new RecordList<>(RecordKind.STATEMENT);
  }

  @Override
  public List<Attribution> attributions() {
    return new RecordList<>(RecordKind.ATTRIBUTION);
  }

  @Override
  public List<Claim> claims() {
    return new RecordList<>(RecordKind.CLAIM);
  }

  @Override
  public Optional<Speaker> speaker(SpeakerId id) {
    return find(RecordKind.SPEAKER, id);
  }

  @Override
  public Optional<Outlet> outlet(OutletId id) {
    return find(RecordKind.SOURCE, id);
  }

  @Override
  public Optional<Document> document(DocumentId id) {
    return find(RecordKind.DOCUMENT, id);
  }

  @Override
  public Optional<Statement> statement(StatementId id) {
    return find(RecordKind.STATEMENT, id);
  }

  @Override
  public Optional<Attribution> attribution(AttributionId id) {
    return find(RecordKind.ATTRIBUTION, id);
  }

  @Override
  public Optional<Claim> claim(ClaimId id) {
    return find(RecordKind.CLAIM, id);
  }

  /**
   * Walks a segment's own vias by ordinal, with no hashing and no id comparison, and finds by id
   * only a via in another segment or one replaced since. The ledger's checks refuse a loop of vias.
   */
  @Override
  public List<Attribution> viaChain(AttributionId id) {
    List<Attribution> chain = new ArrayList<>(4);
    for (long at = locate(RecordKind.ATTRIBUTION, id); at >= 0; ) {
      Part part = parts.get((int) (at >>> 32));
      int ordinal = (int) at;
      Attribution attribution = part.segment.attributions.get(ordinal);
      chain.add(attribution);
      if (attribution.via().isEmpty()) {
        break;
      }
      int via = part.segment.viaOrdinal(ordinal);
      at = via >= 0 && !part.isDead(RecordKind.ATTRIBUTION, via)
          ? at - ordinal + via
          : locate(RecordKind.ATTRIBUTION, attribution.via().get());
    }
    return Collections.unmodifiableList(chain);
  }

  @SuppressWarnings("unchecked")
  private <V> Optional<V> find(RecordKind kind, RecordId id) {
    long at = locate(kind, id);
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of((V) kind.table(parts.get((int) (at >>> 32)).segment).get((int) at));
  }

  /**
   * Where the live record of {@code kind} with the id is, as its part's index times 2<sup>32</sup>
   * plus its ordinal there; -1 if there is none. The newest segment holding the id has the live
   * record: replaced ones sit in older segments.
   */
  private long locate(RecordKind kind, RecordId id) {
    for (int p = parts.size() - 1; p >= 0; p--) {
      int ordinal = kind.table(parts.get(p).segment).find(id);
      if (ordinal >= 0) {
        return (long) p << 32 | ordinal;
      }
    }
    return -1;
  }

  @Override
  public List<Attribution> attributionsBy(SpeakerId speaker) {
    return gatherPosted(s -> s.attributionsBySpeaker, speaker);
  }

  @Override
  public List<Attribution> attributionsOf(StatementId statement) {
    return gatherPosted(s -> s.attributionsByStatement, statement);
  }

  @Override
  public List<Attribution> attributionsIn(DocumentId document) {
    return gatherPosted(s -> s.attributionsByDocument, document);
  }

  @Override
  public List<Attribution> attributionsPublishedBy(OutletId outlet) {
    List<Document> documents = documentsOf(outlet);
    return gather(RecordKind.ATTRIBUTION, s -> {
      IntList ordinals = new IntList();
      for (Document document : documents) {
        for (int ordinal : s.attributionsByDocument.get(document.id())) {
          ordinals.add(ordinal);
        }
      }
      int[] sorted = ordinals.toArray();
      Arrays.sort(sorted);
      return sorted;
    });
  }

  @Override
  public List<Attribution> attributionsOn(ClaimId claim) {
    return gatherPosted(s -> s.attributionsByClaim, claim);
  }

  @Override
  public List<Attribution> attributionsVia(AttributionId intermediary) {
    return gatherPosted(s -> s.attributionsByVia, intermediary);
  }

  @Override
  public List<Attribution> attributionsSaidBetween(LocalDate from, LocalDate to) {
    return gather(RecordKind.ATTRIBUTION, s -> s.attributionsBySaid.overlapping(from, to));
  }

  @Override
  public List<Attribution> attributionsBySaidBetween(SpeakerId speaker, LocalDate from, LocalDate to) {
    return gather(RecordKind.ATTRIBUTION, s -> {
      int run = s.attributionsBySpeaker.keyIndex(speaker);
      return run < 0 ? new int[0] : s.attributionsBySpeakerSaid.overlapping(run, from, to);
    });
  }

  /**
   * Reads a ledger of one part straight from its time-said index, which holds the days of each
   * attribution in the order of its first day; a ledger of several parts gathers them in ledger
   * order first.
   */
  @Override
  public List<Attribution> timelineOf(SpeakerId speaker, LocalDate from, LocalDate to) {
    if (parts.size() != 1) {
      return inTimelineOrder(attributionsBySaidBetween(speaker, from, to));
    }
    Part part = parts.get(0);
    int run = part.segment.attributionsBySpeaker.keyIndex(speaker);
    if (run < 0) {
      return List.of();
    }
    SaidIndex.Hits hits = part.segment.attributionsBySpeakerSaid.hits(run, from, to);
    List<Attribution> found = new ArrayList<>(hits.ordinals().length);
    long[] firstDays = new long[hits.ordinals().length];
    long[] lastDays = new long[hits.ordinals().length];
    for (int i = 0; i < hits.ordinals().length; i++) {
      int ordinal = hits.ordinals()[i];
      if (!part.isDead(RecordKind.ATTRIBUTION, ordinal)) {
        firstDays[found.size()] = hits.firstDays()[i];
        lastDays[found.size()] = hits.lastDays()[i];
        found.add(part.segment.attributions.get(ordinal));
      }
    }
    return TimelineOrder.sorted(found, firstDays, lastDays);
  }

  @Override
  public List<Attribution> inTimelineOrder(List<Attribution> attributions) {
    return TimelineOrder.sorted(attributions);
  }

  @Override
  public List<Document> documentsOf(OutletId outlet) {
    return gather(RecordKind.DOCUMENT, s -> s.documentsByOutlet.get(outlet));
  }

  @Override
  public List<Attribution> inLedgerOrder(Collection<Attribution> attributions) {
    Map<Long, Attribution> byPosition = new java.util.TreeMap<>();
    for (Attribution attribution : attributions) {
      for (int p = parts.size() - 1; p >= 0; p--) {
        int ordinal = parts.get(p).segment.attributions.find(attribution.id());
        if (ordinal >= 0) {
          if (parts.get(p).segment.attributions.get(ordinal).equals(attribution)) {
            byPosition.put((long) p << 32 | ordinal, attribution);
          }
          break;
        }
      }
    }
    return ImmutableList.copyOf(byPosition.values());
  }

  @Override
  public List<Speaker> speakersNamed(String words) {
    return speakersWithWords(words, Speaker::properNames);
  }

  @Override
  public List<Speaker> speakersDescribedAs(String words) {
    return speakersWithWords(words, Speaker::names);
  }

  /** The speakers one of whose {@code names} contains every word of {@code words}, normalized. */
  private List<Speaker> speakersWithWords(String words, Function<Speaker, List<String>> names) {
    String wanted = QuoteText.normalize(words);
    if (wanted.isEmpty()) {
      return List.of();
    }
    String firstWord = wanted.split(" ")[0];
    List<Speaker> candidates = gather(RecordKind.SPEAKER, s -> s.speakersByNameWord.get(firstWord));
    return candidates.stream()
        .filter(speaker -> names.apply(speaker).stream().anyMatch(name -> QuoteText.containsWords(name, wanted)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Collects candidates by the hashes the quote shares with indexed statements, drops those sharing
   * too few to be any variant {@link QuoteMatcher} accepts, and ranks the rest by the hashes they
   * share (see {@link Resemblance}). A query whose words between elisions never form a pair cannot
   * be found by pairs, so it scans the statements instead, keeping those {@link QuoteMatcher}
   * matches.
   *
   * <p>The first such lookup on a ledger built in memory or read from JSON builds the indexes of
   * its statement texts, which takes about as long as the rest of the ledger's indexes took; later
   * lookups, from any thread, share them, and a ledger opened from a snapshot reads them from it.
   */
  @Override
  public List<Statement> statementsResembling(String quote, int limit) {
    QuoteForms forms = QuoteForms.of(quote);
    if (forms.plain().isEmpty()) {
      return List.of();
    }
    if (!Resemblance.hasWordPair(forms)) {
      return statementsMatching(quote, limit);
    }
    Resemblance query = new Resemblance(forms);
    List<long[]> candidates = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      query.addCandidates(parts.get(p), p, candidates);
    }
    candidates.sort(Comparator.<long[]>comparingLong(c -> -c[0]).thenComparingLong(c -> c[1]));
    return candidates.stream()
        .limit(limit)
        .map(c -> parts.get((int) (c[1] >>> 32)).segment.statements.get((int) c[1]))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Looks the text up in each part's {@link PrintedIndex}, with no normalization, then reads the
   * attributions of the statements printed so off the statement postings.
   */
  @Override
  public List<Attribution> attributionsPrinted(String text) {
    String printed = text.strip();
    ImmutableList.Builder<Attribution> out = ImmutableList.builder();
    int statements = 0;
    IntList ordinals = new IntList(2);
    for (int p = 0; p < parts.size(); p++) {
      Segment home = parts.get(p).segment;
      ordinals.clear();
      home.statementsByPrinted.find(printed, home.statements, ordinals);
      for (int i = 0; i < ordinals.size(); i++) {
        int ordinal = ordinals.get(i);
        if (parts.get(p).isDead(RecordKind.STATEMENT, ordinal)) {
          continue;
        }
        statements++;
        StatementId id = home.statements.get(ordinal).id();
        for (int q = 0; q < parts.size(); q++) {
          Postings<StatementId> postings = parts.get(q).segment.attributionsByStatement;
          int key = q == p ? ordinal : postings.keyIndex(id);
          addPosted(parts.get(q), postings, key, out);
        }
      }
    }
    List<Attribution> found = out.build();
    return statements > 1 ? inLedgerOrder(found) : found;
  }

  private List<Statement> statementsMatching(String quote, int limit) {
    QuoteMatcher matcher = QuoteMatcher.of(quote);
    return statements().stream().filter(s -> matcher.match(s.text()).isPresent())
        .limit(limit).collect(ImmutableList.toImmutableList());
  }

  /**
   * The live attributions each segment's {@code index} posts under {@code key}, in ledger order.
   */
  private List<Attribution> gatherPosted(Function<Segment, Postings<?>> index, Object key) {
    ImmutableList.Builder<Attribution> out = ImmutableList.builder();
    for (Part part : parts) {
      Postings<?> postings = index.apply(part.segment);
      addPosted(part, postings, postings.keyIndex(key), out);
    }
    return out.build();
  }

  /**
   * Adds the live attributions of {@code part} that {@code postings} lists under the key at
   * {@code key}; none when {@code key} is negative.
   */
  private static void addPosted(Part part, Postings<?> postings, int key, ImmutableList.Builder<Attribution> out) {
    for (int ordinal : postings.ordinals(key)) {
      if (!part.isDead(RecordKind.ATTRIBUTION, ordinal)) {
        out.add(part.segment.attributions.get(ordinal));
      }
    }
  }

  /** The live records at the ordinals {@code lookup} finds in each segment, in ledger order. */
  @SuppressWarnings("unchecked")
  private <V> List<V> gather(RecordKind kind, Function<Segment, int[]> lookup) {
    ImmutableList.Builder<V> out = ImmutableList.builder();
    for (Part part : parts) {
      RecordTable<?, ?> table = kind.table(part.segment);
      for (int ordinal : lookup.apply(part.segment)) {
        if (!part.isDead(kind, ordinal)) {
          out.add((V) table.get(ordinal));
        }
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return String.format(
        "Ledger[%d speakers, %d outlets, %d documents, %d statements, %d attributions, %d claims]",
        total(RecordKind.SPEAKER), total(RecordKind.SOURCE), total(RecordKind.DOCUMENT),
        total(RecordKind.STATEMENT), total(RecordKind.ATTRIBUTION), total(RecordKind.CLAIM));
  }

  private int total(RecordKind kind) {
    return liveStarts[kind.ordinal()][parts.size()];
  }

  /**
   * This ledger with {@code segment} added: records it replaces are marked in the older parts, and
   * the newest parts are merged while the older of the last two holds at most twice the records of
   * the newer. Part sizes so shrink geometrically towards the end, a snapshot has O(log n) parts,
   * and each record is re-indexed O(log n) times over the life of a growing ledger.
   */
  private Ledger with(Segment segment, Executor executor) {
    List<Part> next = new ArrayList<>(parts);
    for (RecordKind kind : RecordKind.values()) {
      RecordTable<?, ?> added = kind.table(segment);
      for (int i = 0; i < added.size(); i++) {
        Object id = kind.idOf(added.get(i));
        for (int p = next.size() - 1; p >= 0; p--) {
          int ordinal = kind.table(next.get(p).segment).find(id);
          if (ordinal >= 0) {
            next.set(p, next.get(p).withDead(kind, ordinal));
            break;
          }
        }
      }
    }
    for (int p = 0; p < next.size(); p++) {
      if (next.get(p).dead() > next.get(p).live()) {
        next.set(p, merge(next.subList(p, p + 1), executor));
      }
    }
    next.add(new Part(segment));
    while (next.size() >= 2
        && next.get(next.size() - 2).live() <= 2 * next.get(next.size() - 1).live()) {
      Part merged = merge(next.subList(next.size() - 2, next.size()), executor);
      next.remove(next.size() - 1);
      next.set(next.size() - 1, merged);
    }
    next.removeIf(part -> part.live() == 0);
    return new Ledger(ImmutableList.copyOf(next));
  }

  static Part merge(List<Part> run, Executor executor) {
    Segment.Records records = new Segment.Records();
    run.forEach(part -> part.addLiveTo(records));
    return new Part(new Segment(records, executor));
  }

  /** A read-only list of the live records of one kind, in ledger order. */
  private final class RecordList<V> extends AbstractList<V> implements RandomAccess {
    private final RecordKind kind;
    private final int[] starts;

    RecordList(RecordKind kind) {
      this.kind = kind;
      this.starts = liveStarts[kind.ordinal()];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException("index " + index + " of " + size() + " records");
      }
      int p = Arrays.binarySearch(starts, index);
      p = p >= 0 ? nextNonEmpty(p) : -p - 2;
      Part part = parts.get(p);
      return (V) kind.table(part.segment).get(part.ordinalOfRank(kind, index - starts[p]));
    }

    private int nextNonEmpty(int p) {
      while (starts[p + 1] == starts[p]) {
        p++;
      }
      return p;
    }

    @Override
    public int size() {
      return starts[parts.size()];
    }
  }

  /**
   * Collects records for a {@link Ledger}. Adding a record whose id is already present replaces it
   * (the last one added wins and is listed where it was added); adding one equal to the record
   * already in the ledger changes nothing. {@link #build()} checks that every reference resolves
   * and throws {@link InvalidLedgerException} listing every problem otherwise. Not thread-safe.
   */
  public static final class Builder {
    private final Ledger base;
    private final Map<SpeakerId, Speaker> speakers = new LinkedHashMap<>();
    private final Map<OutletId, Outlet> sources = new LinkedHashMap<>();
    private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    private final Map<StatementId, Statement> statements = new LinkedHashMap<>();
    private final Map<AttributionId, Attribution> attributions = new LinkedHashMap<>();
    private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();
    private Executor executor = ForkJoinPool.commonPool();

    private Builder(Ledger base) {
      this.base = base;
    }

    /**
     * Sets where {@link #build()} runs the task that builds the time-said and printed-text indexes
     * beside the calling thread, for builds of thousands of records; the common fork-join pool
     * unless set. A task the executor has not started by the time the calling thread needs it runs
     * on the calling thread, so a saturated executor, or {@code Runnable::run}, only makes the
     * build sequential.
     *
     * @param executor the executor for the build's second thread
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor");
      return this;
    }

    /**
     * Adds or replaces a speaker.
     *
     * @param speaker the speaker to add
     * @return this builder
     */
    public Builder add(Speaker speaker) {
      return put(speakers, speaker.id(), speaker);
    }

    /**
     * Adds or replaces an outlet.
     *
     * @param source the outlet to add
     * @return this builder
     */
    public Builder add(Outlet source) {
      return put(sources, source.id(), source);
    }

    /**
     * Adds or replaces a document.
     *
     * @param document the document to add
     * @return this builder
     */
    public Builder add(Document document) {
      return put(documents, document.id(), document);
    }

    /**
     * Adds or replaces a statement.
     *
     * @param statement the statement to add
     * @return this builder
     */
    public Builder add(Statement statement) {
      return put(statements, statement.id(), statement);
    }

    /**
     * Adds or replaces an attribution.
     *
     * @param attribution the attribution to add
     * @return this builder
     */
    public Builder add(Attribution attribution) {
      return put(attributions, attribution.id(), attribution);
    }

    /**
     * Adds or replaces a claim.
     *
     * @param claim the claim to add
     * @return this builder
     */
    public Builder add(Claim claim) {
      return put(claims, claim.id(), claim);
    }

    /** Puts the record last in order: a replaced one is taken out first, as it keeps its place otherwise. */
    private <K, V> Builder put(Map<K, V> records, K id, V record) {
      if (records.put(id, record) != null) {
        records.remove(id);
        records.put(id, record);
      }
      return this;
    }

    /**
     * Adds or replaces every record of {@code other}, in its order.
     *
     * @param other the ledger whose records to add
     * @return this builder
     */
    public Builder addAll(Ledger other) {
      other.speakers().forEach(this::add);
      other.outlets().forEach(this::add);
      other.documents().forEach(this::add);
      other.statements().forEach(this::add);
      other.attributions().forEach(this::add);
      other.claims().forEach(this::add);
      return this;
    }

    /**
     * Validates the added records against each other and the starting ledger, and returns the new
     * ledger. Costs time proportional to the records added (plus, for a replaced document, the
     * attributions it reports), not to the size of the starting ledger. When thousands of records
     * are added, part of their indexes is built by a task on the {@linkplain #executor executor}
     * while the calling thread builds the rest. The indexes that only variant lookups ({@link
     * Ledger#statementsResembling}) read are built by the first such lookup, not here.
     *
     * @return the new ledger
     * @throws InvalidLedgerException listing every problem if the records do not form a valid ledger
     */
    public Ledger build() {
      Segment.Records added = new Segment.Records();
      keepChanged(speakers, base::speaker, added.speakers);
      keepChanged(sources, base::outlet, added.sources);
      keepChanged(documents, base::document, added.documents);
      keepChanged(statements, base::statement, added.statements);
      keepChanged(attributions, base::attribution, added.attributions);
      keepChanged(claims, base::claim, added.claims);
      List<InvalidLedgerException.Problem> problems =
          new ReferenceChecks(base, speakers, sources, documents, statements, attributions, claims).problems(added);
      if (!problems.isEmpty()) {
        throw new InvalidLedgerException(problems);
      }
      return added.size() == 0 ? base : base.with(new Segment(added, executor), executor);
    }

    private static <K, V> void keepChanged(Map<K, V> records, Function<K, Optional<V>> current, List<V> out) {
      records.forEach((id, record) -> {
        Optional<V> now = current.apply(id);
        if (now.isEmpty() || !now.get().equals(record)) {
          out.add(record);
        }
      });
    }
  }
}

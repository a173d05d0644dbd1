package dev.claimtrail.ledger;

import static com.google.common.base.Verify.verifyNotNull;

import com.google.common.util.concurrent.Uninterruptibles;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.text.QuoteFingerprint;
import dev.claimtrail.text.QuoteForms;
import dev.claimtrail.text.QuoteText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * An immutable batch of records with its own indexes: the unit a {@link Ledger} is made of. A
 * segment's indexes refer to records by their ordinal within the segment and are never changed
 * after construction; records later replaced by a newer segment stay in place and are skipped by
 * the ledger, until a merge drops them.
 */
final class Segment {
  final RecordTable<SpeakerId, Speaker> speakers;
  final RecordTable<OutletId, Outlet> sources;
  final RecordTable<DocumentId, Document> documents;
  final RecordTable<StatementId, Statement> statements;
  final RecordTable<AttributionId, Attribution> attributions;
  final RecordTable<ClaimId, Claim> claims;

  final Postings<SpeakerId> attributionsBySpeaker;
  /**
   * Attributions by statement, a statement of this segment keyed by its ordinal, so that one found
   * by ordinal reaches its attributions without hashing its id.
   */
  final Postings<StatementId> attributionsByStatement;
  /** Attributions by document, a document of this segment keyed by its ordinal. */
  final Postings<DocumentId> attributionsByDocument;
  final Postings<ClaimId> attributionsByClaim;
  final Postings<AttributionId> attributionsByVia;
  /** The ascending ordinals of the attributions whose via is an attribution of this segment. */
  private final int[] heardThroughHere;
  /** The ordinal of the via of each of {@link #heardThroughHere}, in the same order. */
  private final int[] viaOrdinals;
  final SaidIndex attributionsBySaid;
  /** {@link #attributionsBySaid} in one run per key of {@link #attributionsBySpeaker}. */
  final SaidIndex attributionsBySpeakerSaid;
  final Postings<OutletId> documentsByOutlet;
  final Postings<String> speakersByNameWord;
  final HashPostings statementsByWhole;
  /** Statements by their text, leading and trailing white space stripped. */
  final PrintedIndex statementsByPrinted;
  /**
   * Statements by each {@link QuoteFingerprint#wordPairs} hash of their text, and an elided one also
   * by its words that stand alone between elisions ({@link #pairsAndLoneWords}).
   */
  final HashPostings statementsByWordPair;
  /**
   * Per statement, the number of its distinct word-pair hashes ({@link QuoteFingerprint#wordPairs})
   * in the high 16 bits and {@link QuoteFingerprint#containedPairs} in the low 16, each capped at
   * 65 535: the bounds a lookup needs to skip candidates that cannot match, in one int.
   */
  final int[] statementPairCounts;
  /**
   * {@link #statementsByWordPair} restricted to the {@link #isShort short} statements, for a lookup
   * that leaves the longest lists of its hashes unread (see {@link Resemblance}).
   */
  final HashPostings shortStatementsByWordPair;

  /** The fewest statements for which a segment builds its text indexes on another thread. */
  private static final int PARALLEL_STATEMENTS = 4096;

  /**
   * Builds the indexes of {@code records}. In a segment of at least {@link #PARALLEL_STATEMENTS}
   * statements, the indexes of statement texts, which cost about as much as all the others, are
   * built by a task on {@code executor} while this thread builds the rest; when the task has not
   * started by then, this thread runs it, so a busy or saturated executor costs time, not progress.
   */
  Segment(Records records, Executor executor) {
    FutureTask<TextIndexes> textTask = new FutureTask<>(() -> new TextIndexes(records.statements));
    if (records.statements.size() >= PARALLEL_STATEMENTS) {
      executor.execute(textTask);
    }
    speakers = new RecordTable<>(records.speakers, Speaker::id);
    sources = new RecordTable<>(records.sources, Outlet::id);
    documents = new RecordTable<>(records.documents, Document::id);
    statements = new RecordTable<>(records.statements, Statement::id);
    attributions = new RecordTable<>(records.attributions, Attribution::id);
    claims = new RecordTable<>(records.claims, Claim::id);

    int n = attributions.size();
    attributionsBySpeaker = Postings.ofSingle(n, i -> attributions.get(i).speaker());
    // Exact who-said reads the list of each statement printed so: every list's start is kept.
    attributionsByStatement = Postings.ofSingle(n, i -> attributions.get(i).statement(), statements, 1);
    attributionsByDocument = Postings.ofSingle(n, i -> attributions.get(i).document(), documents, Postings.GROUP);
    attributionsByClaim = Postings.of(n, i -> claimsOf(attributions.get(i)));
    attributionsByVia = Postings.ofSingle(n, i -> attributions.get(i).via().orElse(null));
    IntList heardThrough = new IntList();
    IntList vias = new IntList();
    for (int i = 0; i < n; i++) {
      int via = attributions.get(i).via().map(attributions::find).orElse(-1);
      if (via >= 0) {
        heardThrough.add(i);
        vias.add(via);
      }
    }
    heardThroughHere = heardThrough.toArray();
    viaOrdinals = vias.toArray();
    attributionsBySaid = SaidIndex.of(attributions);
    int[] speakerKeys = attributionsBySpeaker.keyIndexByOrdinal(n);
    attributionsBySpeakerSaid = attributionsBySaid.groupedBy(attributionsBySpeaker.keyCount(), i -> speakerKeys[i]);
    documentsByOutlet = Postings.ofSingle(documents.size(), i -> documents.get(i).outlet().orElse(null));
    speakersByNameWord = Postings.of(speakers.size(), i -> nameWords(speakers.get(i)));
    statementsByPrinted = new PrintedIndex(statements);
    TextIndexes text = runOrAwait(textTask);
    statementsByWhole = text.byWhole;
    statementsByWordPair = text.byWordPair;
    shortStatementsByWordPair = text.shortByWordPair;
    statementPairCounts = text.pairCounts;
  }

  /**
   * The segment of {@code records} with the indexes {@link #writeIndexesTo} wrote for records equal
   * to them, read back rather than built: nothing is checked but that the image fits the records'
   * counts, so the image must come from a trusted, checksummed source. The record lists are kept and
   * read only as records are asked for (see {@link RecordTable}).
   */
  Segment(Records records, ImageInput in) {
    int[] counts = in.readInts();
    if (counts.length != RecordKind.values().length || counts[0] != records.speakers.size()
        || counts[1] != records.sources.size() || counts[2] != records.documents.size()
        || counts[3] != records.statements.size() || counts[4] != records.attributions.size()
        || counts[5] != records.claims.size()) {
      throw new IllegalArgumentException("the indexes are of " + Arrays.toString(counts) + " records, not of "
          + Arrays.toString(new int[] {records.speakers.size(), records.sources.size(), records.documents.size(),
              records.statements.size(), records.attributions.size(), records.claims.size()}));
    }
    speakers = new RecordTable<>(records.speakers, Speaker::id, in);
    sources = new RecordTable<>(records.sources, Outlet::id, in);
    documents = new RecordTable<>(records.documents, Document::id, in);
    statements = new RecordTable<>(records.statements, Statement::id, in);
    attributions = new RecordTable<>(records.attributions, Attribution::id, in);
    claims = new RecordTable<>(records.claims, Claim::id, in);
    attributionsBySpeaker = Postings.read(in, null, SpeakerId::of);
    attributionsByStatement = Postings.read(in, statements, StatementId::of);
    attributionsByDocument = Postings.read(in, documents, DocumentId::of);
    attributionsByClaim = Postings.read(in, null, ClaimId::of);
    attributionsByVia = Postings.read(in, null, AttributionId::of);
    heardThroughHere = in.readInts();
    viaOrdinals = in.readInts();
    if (heardThroughHere.length != viaOrdinals.length) {
      throw new IllegalArgumentException("the via ordinals do not pair up");
    }
    attributionsBySaid = SaidIndex.read(in);
    attributionsBySpeakerSaid = attributionsBySaid.readGrouped(in);
    documentsByOutlet = Postings.read(in, null, OutletId::of);
    speakersByNameWord = Postings.read(in, null, word -> word);
    statementsByPrinted = PrintedIndex.read(in);
    statementsByWhole = HashPostings.read(in);
    statementsByWordPair = HashPostings.read(in);
    shortStatementsByWordPair = HashPostings.read(in);
    statementPairCounts = in.readInts();
    if (statementPairCounts.length != statements.size()) {
      throw new IllegalArgumentException("the pair counts are of " + statementPairCounts.length + " statements");
    }
  }

  /** Writes the built indexes of this segment, for the constructor that reads them back. */
  void writeIndexesTo(ImageOutput out) {
    int[] counts = new int[RecordKind.values().length];
    for (RecordKind kind : RecordKind.values()) {
      counts[kind.ordinal()] = kind.table(this).size();
    }
    out.writeInts(counts);
    for (RecordKind kind : RecordKind.values()) {
      kind.table(this).writeSlotsTo(out);
    }
    attributionsBySpeaker.writeTo(out);
    attributionsByStatement.writeTo(out);
    attributionsByDocument.writeTo(out);
    attributionsByClaim.writeTo(out);
    attributionsByVia.writeTo(out);
    out.writeInts(heardThroughHere);
    out.writeInts(viaOrdinals);
    attributionsBySaid.writeTo(out);
    attributionsBySpeakerSaid.writeRunsTo(out);
    documentsByOutlet.writeTo(out);
    speakersByNameWord.writeTo(out);
    statementsByPrinted.writeTo(out);
    statementsByWhole.writeTo(out);
    statementsByWordPair.writeTo(out);
    shortStatementsByWordPair.writeTo(out);
    out.writeInts(statementPairCounts);
  }

  /** Runs {@code task} here unless another thread has started it, and returns its result. */
  private static TextIndexes runOrAwait(FutureTask<TextIndexes> task) {
    task.run();
    try {
      return verifyNotNull(Uninterruptibles.getUninterruptibly(task), "text indexes");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException problem) {
        throw problem;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("building the text indexes failed", e);
    }
  }

  /**
   * The ordinal of the attribution that the one at {@code ordinal} is heard through, when that
   * attribution is in this segment; -1 when it has no via or its via is elsewhere.
   */
  int viaOrdinal(int ordinal) {
    int i = Arrays.binarySearch(heardThroughHere, ordinal);
    return i < 0 ? -1 : viaOrdinals[i];
  }

  /** Packs a statement's pair counts as {@link #statementPairCounts} holds them. */
  static int packPairCounts(int pairs, int contained) {
    return Math.min(pairs, 0xFFFF) << 16 | Math.min(contained, 0xFFFF);
  }

  /** The number of distinct word-pair hashes of the statement at {@code ordinal}, capped. */
  int pairCount(int ordinal) {
    return pairsIn(statementPairCounts[ordinal]);
  }

  /** {@link QuoteFingerprint#containedPairs} of the statement at {@code ordinal}, capped. */
  int containedPairs(int ordinal) {
    return containedIn(statementPairCounts[ordinal]);
  }

  /**
   * Whether the statement at {@code ordinal} may be a variant candidate while sharing no more than
   * {@link Resemblance#MAX_DEFERRED} hashes with a query: it has fewer than twice that many word
   * pairs, or at most that many {@link QuoteFingerprint#containedPairs}. Any other statement must
   * share more, so a lookup finds it among the hashes it reads in full.
   */
  boolean isShort(int ordinal) {
    return hasShortCounts(statementPairCounts[ordinal]);
  }

  /** {@link #isShort} of a statement whose pair counts are packed as {@link #packPairCounts} does. */
  private static boolean hasShortCounts(int packedCounts) {
    return pairsIn(packedCounts) < 2 * Resemblance.MAX_DEFERRED || containedIn(packedCounts) <= Resemblance.MAX_DEFERRED;
  }

  private static int pairsIn(int packedCounts) {
    return packedCounts >>> 16;
  }

  private static int containedIn(int packedCounts) {
    return packedCounts & 0xFFFF;
  }

  private static List<ClaimId> claimsOf(Attribution attribution) {
    List<ClaimId> claims = new ArrayList<>(attribution.claimStances().size());
    for (ClaimStance stance : attribution.claimStances()) {
      claims.add(stance.claim());
    }
    return claims;
  }

  /** The distinct normalized words of a speaker's name and aliases. */
  static Set<String> nameWords(Speaker speaker) {
    Set<String> words = new LinkedHashSet<>();
    for (String name : speaker.names()) {
      String normalized = QuoteText.normalize(name);
      if (!normalized.isEmpty()) {
        words.addAll(List.of(normalized.split(" ")));
      }
    }
    return words;
  }

  /**
   * The word-pair hashes of a statement plus the hash of each word that stands alone between
   * elisions ("peace … war"), so that a text holding those words in order apart finds the statement
   * by its single words.
   */
  private static int[] pairsAndLoneWords(int[] pairs, QuoteForms forms) {
    if (!forms.elided()) {
      return pairs;
    }
    IntList hashes = new IntList();
    for (int pair : pairs) {
      hashes.add(pair);
    }
    for (String fragment : forms.fragments()) {
      if (!fragment.contains(" ")) {
        hashes.add(QuoteFingerprint.hash(fragment));
      }
    }
    return hashes.toArray();
  }

  /** The indexes of statement texts, by ordinal: the fields of the same names in {@link Segment}. */
  private static final class TextIndexes {
    final HashPostings byWhole;
    final HashPostings byWordPair;
    final HashPostings shortByWordPair;
    final int[] pairCounts;

    TextIndexes(List<Statement> statements) {
      HashPostings.Builder wholes = new HashPostings.Builder();
      HashPostings.Builder pairs = new HashPostings.Builder();
      HashPostings.Builder shortPairs = new HashPostings.Builder();
      pairCounts = new int[statements.size()];
      for (int i = 0; i < statements.size(); i++) {
        QuoteForms forms = QuoteForms.of(statements.get(i).text());
        wholes.add(i, QuoteFingerprint.whole(forms));
        int[] wordPairs = QuoteFingerprint.wordPairs(forms);
        int[] hashes = pairsAndLoneWords(wordPairs, forms);
        pairs.add(i, hashes);
        pairCounts[i] = packPairCounts(wordPairs.length, QuoteFingerprint.containedPairs(forms));
        if (hasShortCounts(pairCounts[i])) {
          shortPairs.add(i, hashes);
        }
      }
      byWhole = wholes.build();
      byWordPair = pairs.build();
      shortByWordPair = shortPairs.build();
    }
  }

  /** Records of every kind, in the order they are to be stored. */
  static final class Records {
    final List<Speaker> speakers;
    final List<Outlet> sources;
    final List<Document> documents;
    final List<Statement> statements;
    final List<Attribution> attributions;
    final List<Claim> claims;

    /** Empty lists to add records to. */
    Records() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>());
    }

    /** The given lists, kept as they are. */
    Records(List<Speaker> speakers, List<Outlet> sources, List<Document> documents, List<Statement> statements,
        List<Attribution> attributions, List<Claim> claims) {
      this.speakers = speakers;
      this.sources = sources;
      this.documents = documents;
      this.statements = statements;
      this.attributions = attributions;
      this.claims = claims;
    }

    int size() {
      return speakers.size() + sources.size() + documents.size() + statements.size()
          + attributions.size() + claims.size();
    }
  }
}

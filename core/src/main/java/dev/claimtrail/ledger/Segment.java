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
import dev.claimtrail.text.QuoteText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * An immutable batch of records with its own indexes: the unit a {@link Ledger} is made of. A
 * segment's indexes refer to records by their ordinal within the segment and are never changed
 * once made (those of statement texts are made when first needed); records later replaced by a
 * newer segment stay in place and are skipped by the ledger, until a merge drops them.
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
  /** Statements by their text, leading and trailing white space stripped. */
  final PrintedIndex statementsByPrinted;
  /**
   * The indexes of statement texts that only variant lookups read, built by the first one ({@link
   * #texts}) unless read from a snapshot; null until then.
   */
  private volatile @Nullable StatementTexts texts;

  /**
   * The fewest attributions and statements for which a segment builds part of its indexes on
   * another thread.
   */
  private static final int PARALLEL_RECORDS = 4096;

  /**
   * Builds the indexes of {@code records}, but not those of statement texts, which the first
   * variant lookup builds. In a segment of at least {@link #PARALLEL_RECORDS} attributions and
   * statements, the time-said and printed-text indexes are built by a task on {@code executor}
   * while this thread builds the rest; when the task has not started by then, this thread runs it,
   * so a busy or saturated executor costs time, not progress.
   */
  Segment(Records records, Executor executor) {
    speakers = new RecordTable<>(records.speakers, Speaker::id);
    sources = new RecordTable<>(records.sources, Outlet::id);
    documents = new RecordTable<>(records.documents, Document::id);
    statements = new RecordTable<>(records.statements, Statement::id);
    attributions = new RecordTable<>(records.attributions, Attribution::id);
    claims = new RecordTable<>(records.claims, Claim::id);
    FutureTask<SaidAndPrinted> offloaded =
        new FutureTask<>(() -> new SaidAndPrinted(SaidIndex.of(attributions), new PrintedIndex(statements)));
    if (attributions.size() + statements.size() >= PARALLEL_RECORDS) {
      executor.execute(offloaded);
    }

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
    documentsByOutlet = Postings.ofSingle(documents.size(), i -> documents.get(i).outlet().orElse(null));
    speakersByNameWord = Postings.of(speakers.size(), i -> nameWords(speakers.get(i)));
    SaidAndPrinted saidAndPrinted = runOrAwait(offloaded);
    attributionsBySaid = saidAndPrinted.said();
    int[] speakerKeys = attributionsBySpeaker.keyIndexByOrdinal(n);
    attributionsBySpeakerSaid = attributionsBySaid.groupedBy(attributionsBySpeaker.keyCount(), i -> speakerKeys[i]);
    statementsByPrinted = saidAndPrinted.printed();
  }

  /** The indexes a segment may build on another thread. */
  private record SaidAndPrinted(SaidIndex said, PrintedIndex printed) {}

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
    texts = new StatementTexts(in, statements.size());
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
    texts().writeTo(out);
  }

  /**
   * The indexes of this segment's statement texts, built by the first call unless the segment was
   * read with them: the load of a ledger leaves them to the first variant lookup, which few uses
   * make, and a segment built once is shared by the threads that query it.
   */
  StatementTexts texts() {
    StatementTexts built = texts;
    if (built == null) {
      synchronized (this) {
        built = texts;
        if (built == null) {
          built = new StatementTexts(statements);
          texts = built;
        }
      }
    }
    return built;
  }

  /** Runs {@code task} here unless another thread has started it, and returns its result. */
  private static <T> T runOrAwait(FutureTask<T> task) {
    task.run();
    try {
      return verifyNotNull(Uninterruptibles.getUninterruptibly(task), "offloaded indexes");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException problem) {
        throw problem;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("building the offloaded indexes failed", e);
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

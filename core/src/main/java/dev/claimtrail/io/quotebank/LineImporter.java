package dev.claimtrail.io.quotebank;

import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.WebOutlets;
import dev.claimtrail.io.quotebank.QuotebankLine.Candidate;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns checked Quotebank lines into ledger records and collects them. A line's records are all
 * made before any is added, so a line is imported whole or not at all. Records are built into a
 * new ledger segment every {@link #CHUNK} lines, so the builder never holds more than a chunk; the
 * state kept across lines (speakers by name, outlets, URLs and quote ids seen) is what the ledger
 * itself holds.
 */
final class LineImporter {
  /** Lines per ledger segment built. */
  static final int CHUNK = 10_000;

  /** The key of a speaker's one Wikidata id in {@link Speaker#externalIds()}. */
  static final String WIKIDATA = "wikidata";
  /** The key of the Wikidata ids, space-separated, of the several people who share a speaker's name. */
  static final String WIKIDATA_CANDIDATES = "wikidata.candidates";

  private static final String PREFIX = "quotebank:";
  private static final String UNKNOWN_SPEAKER_NAME = "unknown speaker";

  private final String source;
  private Ledger ledger = Ledger.empty();
  private Ledger.Builder builder = ledger.toBuilder();
  private int pending;
  private final Map<String, Speaker> speakers = new HashMap<>();
  private final Set<String> domains = new HashSet<>();
  private final Set<String> urls = new HashSet<>();
  private final Map<String, Long> quoteLines = new HashMap<>();

  LineImporter(String source) {
    this.source = source;
  }

  /** Adds the records of {@code quote}, read at {@code line}; throws if the line cannot be imported. */
  void add(QuotebankLine quote, long line) {
    Long earlier = quoteLines.get(quote.quoteId());
    if (earlier != null) {
      throw LedgerFormatException.atLine(source, line, "quoteID",
          "quotation " + quote.quoteId() + " was already read on line " + earlier);
    }
    Records records;
    try {
      records = records(quote);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw LedgerFormatException.atLine(source, line, "", String.valueOf(e.getMessage())).causedBy(e);
    }
    quoteLines.put(quote.quoteId(), line);
    records.speakers.forEach((name, s) -> {
      speakers.put(name, s);
      builder.add(s);
    });
    records.sources.forEach(s -> {
      domains.add(s.domains().get(0));
      builder.add(s);
    });
    records.documents.forEach(d -> {
      urls.add(d.url().orElseThrow());
      builder.add(d);
    });
    builder.add(records.statement);
    records.attributions.forEach(builder::add);
    if (++pending == CHUNK) {
      ledger = builder.build();
      builder = ledger.toBuilder();
      pending = 0;
    }
  }

  /** The ledger of every line added. */
  Ledger finish() {
    ledger = builder.build();
    builder = ledger.toBuilder();
    pending = 0;
    return ledger;
  }

  /** The id of the speaker Quotebank names {@code name}; "None" is the unknown speaker. */
  static SpeakerId speakerId(String name) {
    return SpeakerId.of(PREFIX + name);
  }

  /** The id of the statement of the quotation with the given Quotebank id. */
  static StatementId statementId(String quoteId) {
    return StatementId.of(PREFIX + quoteId);
  }

  /** The id of the attribution of a quotation to its {@code candidate}-th speaker in its {@code url}-th URL, both 1-based. */
  static AttributionId attributionId(String quoteId, int url, int candidate) {
    return AttributionId.of(PREFIX + quoteId + "/" + url + "/" + candidate);
  }

  private Records records(QuotebankLine quote) {
    Records out = new Records();
    out.statement = Statement.builder()
        .id(statementId(quote.quoteId()))
        .text(quote.quotation())
        .kind(Statement.Kind.DIRECT_QUOTE)
        .language("en")
        .build();
    List<Candidate> candidates = new ArrayList<>(quote.probas());
    if (candidates.stream().noneMatch(c -> c.name().equals(quote.speaker()))) {
      candidates.add(0, new Candidate(quote.speaker(), OptionalDouble.empty()));
    }
    List<SpeakerId> speakerIds = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<String> qids = candidate.name().equals(quote.speaker()) ? quote.qids() : List.of();
      Speaker speaker = speaker(candidate.name(), qids);
      if (!speaker.equals(speakers.get(candidate.name()))) {
        out.speakers.put(candidate.name(), speaker);
      }
      speakerIds.add(speaker.id());
    }
    List<Document> documents = new ArrayList<>();
    for (String url : quote.urls()) {
      String domain = WebOutlets.domain(url).orElseThrow(() ->
          new IllegalArgumentException("urls: not an absolute http(s) URL: " + url));
      if (!domains.contains(domain) && out.sources.stream().noneMatch(s -> s.domains().contains(domain))) {
        out.sources.add(WebOutlets.outlet(domain, domain));
      }
      Document document = Document.builder()
          .id(WebOutlets.documentId(url))
          .url(url)
          .outlet(WebOutlets.sourceId(domain))
          .build();
      if (!urls.contains(url)) {
        out.documents.add(document);
      }
      documents.add(document);
    }
    String agent = quote.phase().map(p -> "Quotebank phase " + p).orElse("Quotebank");
    TimeReference said = TimeReference.of(PartialDate.of(quote.date()));
    for (int u = 0; u < documents.size(); u++) {
      for (int c = 0; c < candidates.size(); c++) {
        Provenance.Builder provenance = Provenance.builder().method(Provenance.Method.IMPORTED).agent(agent);
        candidates.get(c).probability().ifPresent(provenance::confidence);
        out.attributions.add(Attribution.builder()
            .id(attributionId(quote.quoteId(), u + 1, c + 1))
            .statement(out.statement.id())
            .speaker(speakerIds.get(c))
            .document(documents.get(u).id())
            .said(said)
            .provenance(provenance.build())
            .build());
      }
    }
    return out;
  }

  /** The speaker named {@code name} with the Wikidata ids known for it so far and {@code qids}. */
  private Speaker speaker(String name, List<String> qids) {
    if (name.equals(QuotebankLine.NO_SPEAKER)) {
      return Speaker.builder().id(speakerId(name)).name(UNKNOWN_SPEAKER_NAME)
          .kind(Speaker.Kind.ANONYMOUS).addAlias(QuotebankLine.NO_SPEAKER).build();
    }
    Set<String> all = new LinkedHashSet<>();
    Speaker known = speakers.get(name);
    if (known != null) {
      String ids = known.externalIds().getOrDefault(WIKIDATA, known.externalIds().get(WIKIDATA_CANDIDATES));
      if (ids != null) {
        all.addAll(List.of(ids.split(" ")));
      }
    }
    all.addAll(qids);
    Speaker.Builder speaker = Speaker.builder().id(speakerId(name)).name(name).kind(Speaker.Kind.PERSON);
    if (all.size() == 1) {
      speaker.putExternalId(WIKIDATA, all.iterator().next());
    } else if (all.size() > 1) {
      speaker.putExternalId(WIKIDATA_CANDIDATES, String.join(" ", all));
    }
    return speaker.build();
  }

  /** The records of one line. */
  private static final class Records {
    @SuppressWarnings("NullAway.Init") // the first record made for a line
    Statement statement;
    /** New or changed speakers by their Quotebank name. */
    final Map<String, Speaker> speakers = new LinkedHashMap<>();
    final List<Outlet> sources = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<Attribution> attributions = new ArrayList<>();
  }
}

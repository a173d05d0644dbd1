package dev.claimtrail.ledger;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Source;
import dev.claimtrail.model.SourceId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable snapshot of speakers, outlets, documents, statements, attributions and claims whose
 * references all resolve. Safe to share between threads. Records keep the order they were added
 * in. Build one with {@link #builder()}, extend one with {@link #toBuilder()}, or read one with
 * {@link #load(Path)}.
 */
public final class Ledger {
  private static final Ledger EMPTY = builder().build();

  private final ImmutableMap<SpeakerId, Speaker> speakers;
  private final ImmutableMap<SourceId, Source> sources;
  private final ImmutableMap<DocumentId, Document> documents;
  private final ImmutableMap<StatementId, Statement> statements;
  private final ImmutableMap<AttributionId, Attribution> attributions;
  private final ImmutableMap<ClaimId, Claim> claims;

  private Ledger(Builder b) {
    this.speakers = ImmutableMap.copyOf(b.speakers);
    this.sources = ImmutableMap.copyOf(b.sources);
    this.documents = ImmutableMap.copyOf(b.documents);
    this.statements = ImmutableMap.copyOf(b.statements);
    this.attributions = ImmutableMap.copyOf(b.attributions);
    this.claims = ImmutableMap.copyOf(b.claims);
  }

  /** The ledger with no records. */
  public static Ledger empty() {
    return EMPTY;
  }

  /** A builder for a new ledger. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the ledger in {@code file} with the registered {@link LedgerCodec} (claimtrail's JSON
   * format unless another is registered).
   */
  public static Ledger load(Path file) {
    return codec().read(file);
  }

  /** Writes this ledger to {@code file} with the registered {@link LedgerCodec}, atomically. */
  public void save(Path file) {
    codec().write(this, file);
  }

  private static LedgerCodec codec() {
    return ServiceLoader.load(LedgerCodec.class).findFirst().orElseThrow(() ->
        new IllegalStateException("no LedgerCodec registered: is claimtrail-core on the class path?"));
  }

  /** A builder that starts with every record of this ledger. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.speakers.putAll(speakers);
    b.sources.putAll(sources);
    b.documents.putAll(documents);
    b.statements.putAll(statements);
    b.attributions.putAll(attributions);
    b.claims.putAll(claims);
    return b;
  }

  /** All speakers, in the order added. */
  public ImmutableCollection<Speaker> speakers() {
    return speakers.values();
  }

  /** All outlets, in the order added. */
  public ImmutableCollection<Source> sources() {
    return sources.values();
  }

  /** All documents, in the order added. */
  public ImmutableCollection<Document> documents() {
    return documents.values();
  }

  /** All statements, in the order added. */
  public ImmutableCollection<Statement> statements() {
    return statements.values();
  }

  /** All attributions, in the order added. */
  public ImmutableCollection<Attribution> attributions() {
    return attributions.values();
  }

  /** All claims, in the order added. */
  public ImmutableCollection<Claim> claims() {
    return claims.values();
  }

  /** The speaker with the given id. */
  public Optional<Speaker> speaker(SpeakerId id) {
    return Optional.ofNullable(speakers.get(id));
  }

  /** The outlet with the given id. */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** The document with the given id. */
  public Optional<Document> document(DocumentId id) {
    return Optional.ofNullable(documents.get(id));
  }

  /** The statement with the given id. */
  public Optional<Statement> statement(StatementId id) {
    return Optional.ofNullable(statements.get(id));
  }

  /** The attribution with the given id. */
  public Optional<Attribution> attribution(AttributionId id) {
    return Optional.ofNullable(attributions.get(id));
  }

  /** The claim with the given id. */
  public Optional<Claim> claim(ClaimId id) {
    return Optional.ofNullable(claims.get(id));
  }

  @Override
  public String toString() {
    return String.format(
        "Ledger[%d speakers, %d sources, %d documents, %d statements, %d attributions, %d claims]",
        speakers.size(), sources.size(), documents.size(), statements.size(),
        attributions.size(), claims.size());
  }

  /**
   * Collects records for a {@link Ledger}. Adding a record whose id is already present replaces it.
   * {@link #build()} checks that every reference resolves and throws {@link
   * InvalidLedgerException} listing every problem otherwise. Not thread-safe.
   */
  public static final class Builder {
    private final Map<SpeakerId, Speaker> speakers = new LinkedHashMap<>();
    private final Map<SourceId, Source> sources = new LinkedHashMap<>();
    private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    private final Map<StatementId, Statement> statements = new LinkedHashMap<>();
    private final Map<AttributionId, Attribution> attributions = new LinkedHashMap<>();
    private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();

    private Builder() {}

    /** Adds or replaces a speaker. */
    public Builder add(Speaker speaker) {
      speakers.put(speaker.id(), speaker);
      return this;
    }

    /** Adds or replaces an outlet. */
    public Builder add(Source source) {
      sources.put(source.id(), source);
      return this;
    }

    /** Adds or replaces a document. */
    public Builder add(Document document) {
      documents.put(document.id(), document);
      return this;
    }

    /** Adds or replaces a statement. */
    public Builder add(Statement statement) {
      statements.put(statement.id(), statement);
      return this;
    }

    /** Adds or replaces an attribution. */
    public Builder add(Attribution attribution) {
      attributions.put(attribution.id(), attribution);
      return this;
    }

    /** Adds or replaces a claim. */
    public Builder add(Claim claim) {
      claims.put(claim.id(), claim);
      return this;
    }

    /** Adds or replaces every record of {@code other}. */
    public Builder addAll(Ledger other) {
      speakers.putAll(other.speakers);
      sources.putAll(other.sources);
      documents.putAll(other.documents);
      statements.putAll(other.statements);
      attributions.putAll(other.attributions);
      claims.putAll(other.claims);
      return this;
    }

    /** Validates the records and returns the ledger. */
    public Ledger build() {
      List<String> problems = new ArrayList<>();
      for (Speaker s : speakers.values()) {
        s.affiliation().ifPresent(a -> require(problems, speakers, a.speaker(), "speaker", s.id(), "affiliation.speaker"));
        s.outlet().ifPresent(o -> require(problems, sources, o, "speaker", s.id(), "outlet"));
      }
      for (Document d : documents.values()) {
        d.outlet().ifPresent(o -> require(problems, sources, o, "document", d.id(), "outlet"));
        d.cites().forEach(o -> require(problems, sources, o, "document", d.id(), "cites"));
        d.related().forEach(r -> require(problems, documents, r, "document", d.id(), "related"));
      }
      for (Attribution a : attributions.values()) {
        require(problems, statements, a.statement(), "attribution", a.id(), "statement");
        require(problems, speakers, a.speaker(), "attribution", a.id(), "speaker");
        require(problems, documents, a.document(), "attribution", a.id(), "document");
        a.via().ifPresent(v -> require(problems, attributions, v, "attribution", a.id(), "via"));
        a.setting().flatMap(s -> s.outlet())
            .ifPresent(o -> require(problems, sources, o, "attribution", a.id(), "setting.outlet"));
        for (ClaimStance stance : a.claimStances()) {
          require(problems, claims, stance.claim(), "attribution", a.id(), "claimStances.claim");
        }
        checkEvidence(problems, a);
        checkViaChain(problems, a);
      }
      for (Claim c : claims.values()) {
        c.reviews().forEach(r -> r.reviewerSource().ifPresent(
            o -> require(problems, sources, o, "claim", c.id(), "reviews.reviewerSource")));
      }
      if (!problems.isEmpty()) {
        throw new InvalidLedgerException(problems);
      }
      return new Ledger(this);
    }

    private static <K extends RecordId> void require(
        List<String> problems, Map<K, ?> records, K ref, String kind, RecordId owner, String field) {
      if (!records.containsKey(ref)) {
        problems.add(String.format("%s %s: %s refers to unknown id '%s'", kind, owner, field, ref));
      }
    }

    private void checkEvidence(List<String> problems, Attribution a) {
      Optional<String> text = Optional.ofNullable(documents.get(a.document())).flatMap(Document::text);
      if (text.isEmpty()) {
        return;
      }
      for (Span span : a.evidence()) {
        if (!span.slices(text.get())) {
          problems.add(String.format(
              "attribution %s: evidence [%d, %d) does not slice the text of document %s as '%s'",
              a.id(), span.start(), span.end(), a.document(), span.exact()));
        }
      }
    }

    private void checkViaChain(List<String> problems, Attribution start) {
      Set<AttributionId> seen = new HashSet<>();
      Function<AttributionId, Attribution> lookup = attributions::get;
      Attribution current = start;
      while (current != null && current.via().isPresent()) {
        if (!seen.add(current.id())) {
          problems.add(String.format("attribution %s: via chain loops through %s", start.id(), seen));
          return;
        }
        current = lookup.apply(current.via().get());
      }
    }
  }
}

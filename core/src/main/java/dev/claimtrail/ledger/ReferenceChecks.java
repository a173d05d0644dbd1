package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the records a {@link Ledger.Builder} adds against the ledger it builds on and the records
 * pending beside them: every reference names a record one of them holds, every evidence span
 * slices its document's text, and no via chain loops.
 */
final class ReferenceChecks {
  private final Ledger base;
  private final Map<SpeakerId, Speaker> speakers;
  private final Map<OutletId, Outlet> sources;
  private final Map<DocumentId, Document> documents;
  private final Map<StatementId, Statement> statements;
  private final Map<AttributionId, Attribution> attributions;
  private final Map<ClaimId, Claim> claims;

  ReferenceChecks(Ledger base, Map<SpeakerId, Speaker> speakers, Map<OutletId, Outlet> sources,
      Map<DocumentId, Document> documents, Map<StatementId, Statement> statements,
      Map<AttributionId, Attribution> attributions, Map<ClaimId, Claim> claims) {
    this.base = base;
    this.speakers = speakers;
    this.sources = sources;
    this.documents = documents;
    this.statements = statements;
    this.attributions = attributions;
    this.claims = claims;
  }

  /** The problems of the records {@code added}: references to unknown ids, evidence that slices no text, via loops. */
  List<InvalidLedgerException.Problem> problems(Segment.Records added) {
    List<InvalidLedgerException.Problem> problems = new ArrayList<>();
    Predicate<SpeakerId> speaker = id -> speakers.containsKey(id) || base.speaker(id).isPresent();
    Predicate<OutletId> source = id -> sources.containsKey(id) || base.outlet(id).isPresent();
    Predicate<DocumentId> document = id -> documents.containsKey(id) || base.document(id).isPresent();
    Predicate<StatementId> statement = id -> statements.containsKey(id) || base.statement(id).isPresent();
    Predicate<AttributionId> attribution = id -> attributions.containsKey(id) || base.attribution(id).isPresent();
    Predicate<ClaimId> claim = id -> claims.containsKey(id) || base.claim(id).isPresent();
    for (Speaker s : added.speakers) {
      s.affiliation().ifPresent(a -> require(problems, speaker, a.speaker(), "speaker", s.id(), "affiliation.speaker"));
      s.outlet().ifPresent(o -> require(problems, source, o, "speaker", s.id(), "outlet"));
    }
    for (Document d : added.documents) {
      d.outlet().ifPresent(o -> require(problems, source, o, "document", d.id(), "outlet"));
      requireAll(problems, source, d.cites(), Function.identity(), "document", d.id(), "cites", "");
      requireAll(problems, document, d.related(), Function.identity(), "document", d.id(), "related", "");
      for (Attribution a : base.attributionsIn(d.id())) {
        if (!attributions.containsKey(a.id())) {
          checkEvidence(problems, a);
        }
      }
    }
    for (Attribution a : added.attributions) {
      require(problems, statement, a.statement(), "attribution", a.id(), "statement");
      require(problems, speaker, a.speaker(), "attribution", a.id(), "speaker");
      require(problems, document, a.document(), "attribution", a.id(), "document");
      a.via().ifPresent(v -> require(problems, attribution, v, "attribution", a.id(), "via"));
      a.setting().flatMap(s -> s.outlet())
          .ifPresent(o -> require(problems, source, o, "attribution", a.id(), "setting.outlet"));
      requireAll(problems, claim, a.claimStances(), ClaimStance::claim,
          "attribution", a.id(), "claimStances", ".claim");
      checkEvidence(problems, a);
    }
    problems.addAll(ViaLoops.in(added.attributions, this::attributionNow));
    for (Claim c : added.claims) {
      for (int i = 0; i < c.reviews().size(); i++) {
        String field = "reviews[" + i + "].reviewerSource";
        c.reviews().get(i).reviewerSource().ifPresent(
            o -> require(problems, source, o, "claim", c.id(), field, "reviews.reviewerSource"));
      }
    }
    return problems;
  }

  private static <K extends RecordId> void require(List<InvalidLedgerException.Problem> problems,
      Predicate<K> exists, K ref, String kind, RecordId owner, String field) {
    require(problems, exists, ref, kind, owner, field, field);
  }

  /** {@code field} locates the reference in the record; {@code named} is how the message names it. */
  private static <K extends RecordId> void require(List<InvalidLedgerException.Problem> problems,
      Predicate<K> exists, K ref, String kind, RecordId owner, String field, String named) {
    if (!exists.test(ref)) {
      problems.add(unknown(ref, kind, owner, field, named));
    }
  }

  /**
   * Requires the reference {@code refOf} finds in each item of the list field {@code list}; names a
   * missing one's place as {@code list[i]suffix}, built only for a problem.
   */
  private static <T, K extends RecordId> void requireAll(List<InvalidLedgerException.Problem> problems,
      Predicate<K> exists, List<T> items, Function<? super T, K> refOf, String kind, RecordId owner,
      String list, String suffix) {
    for (int i = 0; i < items.size(); i++) {
      K ref = refOf.apply(items.get(i));
      if (!exists.test(ref)) {
        problems.add(unknown(ref, kind, owner, list + "[" + i + "]" + suffix, list + suffix));
      }
    }
  }

  private static InvalidLedgerException.Problem unknown(RecordId ref, String kind, RecordId owner,
      String field, String named) {
    return new InvalidLedgerException.Problem(kind, owner, field,
        String.format("%s refers to unknown id '%s'", named, ref));
  }

  private Optional<Document> documentNow(DocumentId id) {
    Document pending = documents.get(id);
    return pending != null ? Optional.of(pending) : base.document(id);
  }

  private Optional<Attribution> attributionNow(AttributionId id) {
    Attribution pending = attributions.get(id);
    return pending != null ? Optional.of(pending) : base.attribution(id);
  }

  private void checkEvidence(List<InvalidLedgerException.Problem> problems, Attribution a) {
    Optional<String> text = documentNow(a.document()).flatMap(Document::text);
    if (text.isEmpty()) {
      return;
    }
    for (int i = 0; i < a.evidence().size(); i++) {
      Span span = a.evidence().get(i);
      if (!span.slices(text.get())) {
        problems.add(new InvalidLedgerException.Problem("attribution", a.id(), "evidence[" + i + "]",
            String.format("evidence [%d, %d) does not slice the text of document %s as '%s'",
                span.start(), span.end(), a.document(), span.exact())));
      }
    }
  }
}

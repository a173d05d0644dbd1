package dev.claimtrail.spark;

import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Turns rows of the schemas of {@link LedgerTable} back into model records, reading columns by
 * name. The inverse of {@link RecordRows}: a null column is an absent optional value.
 */
final class RowRecords {
  private RowRecords() {}

  static Speaker speaker(Row r) {
    return Speaker.builder()
        .id(SpeakerId.of(string(r, "id")))
        .name(string(r, "name"))
        .kind(Speaker.Kind.valueOf(string(r, "kind")))
        .addAllAliases(strings(r, "aliases"))
        .addAllRoles(list(r, "roles", RowRecords::role))
        .affiliation(struct(r, "affiliation")
            .map(a -> Affiliation.of(SpeakerId.of(string(a, "speaker")), string(a, "relation"))))
        .outlet(optional(r, "outlet").map(OutletId::of))
        .putAllExternalIds(map(r, "external_ids"))
        .build();
  }

  static Outlet outlet(Row r) {
    return Outlet.builder()
        .id(OutletId.of(string(r, "id")))
        .name(string(r, "name"))
        .kind(Outlet.Kind.valueOf(string(r, "kind")))
        .addAllAliases(strings(r, "aliases"))
        .addAllDomains(strings(r, "domains"))
        .ownership(optional(r, "ownership"))
        .putAllExternalIds(map(r, "external_ids"))
        .build();
  }

  static Document document(Row r) {
    return Document.builder()
        .id(DocumentId.of(string(r, "id")))
        .kind(Document.Kind.valueOf(string(r, "kind")))
        .outlet(optional(r, "outlet").map(OutletId::of))
        .url(optional(r, "url"))
        .title(optional(r, "title"))
        .published(optional(r, "published").map(PartialDate::parseIso))
        .language(optional(r, "language"))
        .text(optional(r, "text"))
        .contentHash(optional(r, "content_hash"))
        .addAllCites(strings(r, "cites").stream().map(OutletId::of).toList())
        .addAllRelated(strings(r, "related").stream().map(DocumentId::of).toList())
        .build();
  }

  static Statement statement(Row r) {
    return Statement.builder()
        .id(StatementId.of(string(r, "id")))
        .text(string(r, "text"))
        .kind(Statement.Kind.valueOf(string(r, "kind")))
        .language(optional(r, "language"))
        .build();
  }

  /**
   * {@return the attribution of row {@code r}}
   *
   * @param r a row of the attributions table
   * @param stances the rows of its claim stances, in their order
   */
  static Attribution attribution(Row r, List<Row> stances) {
    return Attribution.builder()
        .id(AttributionId.of(string(r, "id")))
        .statement(StatementId.of(string(r, "statement")))
        .speaker(SpeakerId.of(string(r, "speaker")))
        .document(DocumentId.of(string(r, "document")))
        .speakerMention(optional(r, "speaker_mention"))
        .speakerMentionSpan(struct(r, "speaker_mention_span").map(RowRecords::span))
        .said(struct(r, "said").map(RowRecords::time))
        .eventTime(struct(r, "event_time").map(RowRecords::time))
        .cue(optional(r, "cue"))
        .stance(Stance.valueOf(string(r, "stance")))
        .setting(struct(r, "setting").map(RowRecords::setting))
        .addressee(optional(r, "addressee"))
        .via(optional(r, "via").map(AttributionId::of))
        .addAllHedges(strings(r, "hedges"))
        .addAllClaimStances(stances.stream().map(s -> ClaimStance.of(ClaimId.of(string(s, "claim")),
            ClaimStance.Position.valueOf(string(s, "position")))).toList())
        .addAllEvidence(list(r, "evidence", RowRecords::span))
        .provenance(provenance(r.getStruct(r.fieldIndex("provenance"))))
        .build();
  }

  /**
   * {@return the claim of row {@code r}}
   *
   * @param r a row of the claims table
   * @param reviews the rows of its reviews, in their order
   */
  static Claim claim(Row r, List<Row> reviews) {
    return Claim.builder()
        .id(ClaimId.of(string(r, "id")))
        .text(string(r, "text"))
        .addAllReviews(reviews.stream().map(RowRecords::review).toList())
        .build();
  }

  private static ClaimReview review(Row r) {
    return ClaimReview.builder()
        .reviewer(string(r, "reviewer"))
        .reviewerSource(optional(r, "reviewer_outlet").map(OutletId::of))
        .rating(string(r, "rating"))
        .ratingValue(optionalInt(r, "rating_value"))
        .bestRating(optionalInt(r, "best_rating"))
        .worstRating(optionalInt(r, "worst_rating"))
        .date(optional(r, "date").map(PartialDate::parseIso))
        .url(optional(r, "url"))
        .build();
  }

  private static Role role(Row r) {
    return Role.builder()
        .title(string(r, "title"))
        .organization(optional(r, "organization"))
        .start(optional(r, "start").map(PartialDate::parseIso))
        .end(optional(r, "end").map(PartialDate::parseIso))
        .build();
  }

  private static Span span(Row r) {
    return Span.builder()
        .start(r.getInt(r.fieldIndex("start")))
        .end(r.getInt(r.fieldIndex("end")))
        .exact(string(r, "exact"))
        .prefix(string(r, "prefix"))
        .suffix(string(r, "suffix"))
        .build();
  }

  private static TimeReference time(Row r) {
    return TimeReference.builder()
        .date(PartialDate.parseIso(string(r, "date")))
        .until(optional(r, "until").map(PartialDate::parseIso))
        .phrase(optional(r, "phrase"))
        .build();
  }

  private static Setting setting(Row r) {
    return Setting.builder()
        .kind(Setting.Kind.valueOf(string(r, "kind")))
        .description(string(r, "description"))
        .outlet(optional(r, "outlet").map(OutletId::of))
        .place(optional(r, "place"))
        .build();
  }

  private static Provenance provenance(Row r) {
    int confidence = r.fieldIndex("confidence");
    return Provenance.builder()
        .method(Provenance.Method.valueOf(string(r, "method")))
        .agent(string(r, "agent"))
        .confidence(r.isNullAt(confidence) ? Optional.empty() : Optional.of(r.getDouble(confidence)))
        .rule(optional(r, "rule"))
        .build();
  }

  private static String string(Row r, String column) {
    return optional(r, column).orElseThrow(() -> new IllegalArgumentException(
        "column " + column + " must not be null in row " + r));
  }

  private static Optional<String> optional(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getString(i));
  }

  private static Optional<Integer> optionalInt(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getInt(i));
  }

  private static Optional<Row> struct(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getStruct(i));
  }

  private static List<String> strings(Row r, String column) {
    return elements(r, column);
  }

  private static <T> List<T> list(Row r, String column, Function<Row, T> record) {
    return RowRecords.<Row>elements(r, column).stream().map(record).toList();
  }

  private static <E> List<E> elements(Row r, String column) {
    return r.getList(r.fieldIndex(column));
  }

  private static Map<String, String> map(Row r, String column) {
    return r.getJavaMap(r.fieldIndex(column));
  }
}

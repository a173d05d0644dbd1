package dev.claimtrail.spark;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns model records into rows of the schemas of {@link LedgerTable}, field by field in schema
 * order. Absent optional values become nulls, lists become Java lists and maps stay maps.
 */
final class RecordRows {
  private RecordRows() {}

  static Row speaker(long ordinal, Speaker s) {
    return RowFactory.create(ordinal, s.id().value(), s.name(), s.kind().name(), s.aliases(),
        list(s.roles(), RecordRows::role),
        s.affiliation().map(a -> RowFactory.create(a.speaker().value(), a.relation())).orElse(null),
        id(s.outlet()), s.externalIds());
  }

  static Row outlet(long ordinal, Outlet o) {
    return RowFactory.create(ordinal, o.id().value(), o.name(), o.kind().name(), o.aliases(),
        o.domains(), o.ownership().orElse(null), o.externalIds());
  }

  static Row document(long ordinal, Document d) {
    return RowFactory.create(ordinal, d.id().value(), d.kind().name(), id(d.outlet()),
        d.url().orElse(null), d.title().orElse(null), date(d.published()),
        d.language().orElse(null), d.text().orElse(null), d.contentHash().orElse(null),
        list(d.cites(), RecordId::value), list(d.related(), RecordId::value));
  }

  static Row statement(long ordinal, Statement s) {
    return RowFactory.create(ordinal, s.id().value(), s.text(), s.kind().name(),
        s.language().orElse(null));
  }

  static Row attribution(long ordinal, Attribution a) {
    return RowFactory.create(ordinal, a.id().value(), a.statement().value(), a.speaker().value(),
        a.document().value(), a.speakerMention().orElse(null),
        a.speakerMentionSpan().map(RecordRows::span).orElse(null),
        a.said().map(RecordRows::time).orElse(null), a.eventTime().map(RecordRows::time).orElse(null),
        a.cue().orElse(null), a.stance().name(), a.setting().map(RecordRows::setting).orElse(null),
        a.addressee().orElse(null), id(a.via()), a.hedges(), list(a.evidence(), RecordRows::span),
        provenance(a.provenance()));
  }

  /** {@return the rows of the claim stances of {@code a}, in its order} */
  static List<Row> stances(Attribution a) {
    List<ClaimStance> stances = a.claimStances();
    return IntStream.range(0, stances.size())
        .mapToObj(i -> RowFactory.create(a.id().value(), i, stances.get(i).claim().value(),
            stances.get(i).position().name()))
        .toList();
  }

  static Row claim(long ordinal, Claim c) {
    return RowFactory.create(ordinal, c.id().value(), c.text());
  }

  /** {@return the rows of the reviews of {@code c}, in its order} */
  static List<Row> reviews(Claim c) {
    List<ClaimReview> reviews = c.reviews();
    return IntStream.range(0, reviews.size())
        .mapToObj(i -> review(c, i, reviews.get(i)))
        .toList();
  }

  private static Row review(Claim c, int ordinal, ClaimReview r) {
    return RowFactory.create(c.id().value(), ordinal, r.reviewer(), id(r.reviewerSource()),
        r.rating(), r.ratingValue().orElse(null), r.bestRating().orElse(null),
        r.worstRating().orElse(null), date(r.date()), r.url().orElse(null));
  }

  private static Row role(Role r) {
    return RowFactory.create(r.title(), r.organization().orElse(null), date(r.start()), date(r.end()));
  }

  private static Row span(Span s) {
    return RowFactory.create(s.start(), s.end(), s.exact(), s.prefix(), s.suffix());
  }

  private static Row time(TimeReference t) {
    return RowFactory.create(t.date().toString(), date(t.until()), t.phrase().orElse(null));
  }

  private static Row setting(Setting s) {
    return RowFactory.create(s.kind().name(), s.description(), id(s.outlet()), s.place().orElse(null));
  }

  private static Row provenance(Provenance p) {
    return RowFactory.create(p.method().name(), p.agent(), p.confidence().orElse(null),
        p.rule().orElse(null));
  }

  private static @Nullable String id(Optional<? extends RecordId> id) {
    return id.map(RecordId::value).orElse(null);
  }

  private static @Nullable String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse(null);
  }

  private static <T, R> List<R> list(Collection<T> values, Function<? super T, R> row) {
    return values.stream().<R>map(row).toList();
  }
}

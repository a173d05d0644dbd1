package dev.claimtrail.io;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes records field by field in the order {@link SnapshotRecordReader} decodes them (see the
 * snapshot section of docs/format.md), each string as its index in one table of distinct strings
 * that this writer collects, so that an id or date repeated by many records is stored once.
 */
final class SnapshotRecordWriter {
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> strings = new ArrayList<>();
  private final Map<PartialDate, Integer> dates = new HashMap<>();

  /** The distinct strings written so far, by index. */
  List<String> strings() {
    return strings;
  }

  void write(Object record, Section section, SnapshotOutput out) {
    switch (section) {
      case SPEAKERS -> speaker((Speaker) record, out);
      case SOURCES -> outlet((Outlet) record, out);
      case DOCUMENTS -> document((Document) record, out);
      case STATEMENTS -> statement((Statement) record, out);
      case ATTRIBUTIONS -> attribution((Attribution) record, out);
      case CLAIMS -> claim((Claim) record, out);
    }
  }

  private void speaker(Speaker speaker, SnapshotOutput out) {
    id(speaker.id(), out);
    string(speaker.name(), out);
    string(speaker.kind().name(), out);
    strings(speaker.aliases(), out);
    out.writeVarint(speaker.roles().size());
    for (Role role : speaker.roles()) {
      string(role.title(), out);
      optionalString(role.organization(), out);
      optionalDate(role.start(), out);
      optionalDate(role.end(), out);
    }
    out.writeByte(speaker.affiliation().isPresent() ? 1 : 0);
    speaker.affiliation().ifPresent(affiliation -> {
      id(affiliation.speaker(), out);
      string(affiliation.relation(), out);
    });
    optionalId(speaker.outlet(), out);
    map(speaker.externalIds(), out);
  }

  private void outlet(Outlet outlet, SnapshotOutput out) {
    id(outlet.id(), out);
    string(outlet.name(), out);
    string(outlet.kind().name(), out);
    strings(outlet.aliases(), out);
    strings(outlet.domains(), out);
    optionalString(outlet.ownership(), out);
    map(outlet.externalIds(), out);
  }

  private void document(Document document, SnapshotOutput out) {
    id(document.id(), out);
    string(document.kind().name(), out);
    optionalId(document.outlet(), out);
    optionalString(document.url(), out);
    optionalString(document.title(), out);
    optionalDate(document.published(), out);
    optionalString(document.language(), out);
    optionalString(document.text(), out);
    optionalString(document.contentHash(), out);
    ids(document.cites(), out);
    ids(document.related(), out);
  }

  private void statement(Statement statement, SnapshotOutput out) {
    id(statement.id(), out);
    string(statement.text(), out);
    string(statement.kind().name(), out);
    optionalString(statement.language(), out);
  }

  private void attribution(Attribution attribution, SnapshotOutput out) {
    id(attribution.id(), out);
    id(attribution.statement(), out);
    id(attribution.speaker(), out);
    id(attribution.document(), out);
    optionalString(attribution.speakerMention(), out);
    out.writeByte(attribution.speakerMentionSpan().isPresent() ? 1 : 0);
    attribution.speakerMentionSpan().ifPresent(span -> span(span, out));
    optionalTime(attribution.said(), out);
    optionalTime(attribution.eventTime(), out);
    optionalString(attribution.cue(), out);
    string(attribution.stance().name(), out);
    out.writeByte(attribution.setting().isPresent() ? 1 : 0);
    attribution.setting().ifPresent(setting -> setting(setting, out));
    optionalString(attribution.addressee(), out);
    optionalId(attribution.via(), out);
    strings(attribution.hedges(), out);
    out.writeVarint(attribution.claimStances().size());
    for (ClaimStance stance : attribution.claimStances()) {
      id(stance.claim(), out);
      string(stance.position().name(), out);
    }
    out.writeVarint(attribution.evidence().size());
    for (Span span : attribution.evidence()) {
      span(span, out);
    }
    provenance(attribution.provenance(), out);
  }

  private void claim(Claim claim, SnapshotOutput out) {
    id(claim.id(), out);
    string(claim.text(), out);
    out.writeVarint(claim.reviews().size());
    for (ClaimReview review : claim.reviews()) {
      string(review.reviewer(), out);
      optionalId(review.reviewerSource(), out);
      string(review.rating(), out);
      optionalInt(review.ratingValue(), out);
      optionalInt(review.bestRating(), out);
      optionalInt(review.worstRating(), out);
      optionalDate(review.date(), out);
      optionalString(review.url(), out);
    }
  }

  private void span(Span span, SnapshotOutput out) {
    out.writeSigned(span.start());
    out.writeSigned(span.end());
    string(span.exact(), out);
    string(span.prefix(), out);
    string(span.suffix(), out);
  }

  private void optionalTime(Optional<TimeReference> time, SnapshotOutput out) {
    out.writeByte(time.isPresent() ? 1 : 0);
    time.ifPresent(t -> {
      date(t.date(), out);
      optionalDate(t.until(), out);
      optionalString(t.phrase(), out);
    });
  }

  private void setting(Setting setting, SnapshotOutput out) {
    string(setting.kind().name(), out);
    string(setting.description(), out);
    optionalId(setting.outlet(), out);
    optionalString(setting.place(), out);
  }

  private void provenance(Provenance provenance, SnapshotOutput out) {
    string(provenance.method().name(), out);
    string(provenance.agent(), out);
    out.writeByte(provenance.confidence().isPresent() ? 1 : 0);
    provenance.confidence().ifPresent(c -> out.writeLong(Double.doubleToRawLongBits(c)));
    optionalString(provenance.rule(), out);
  }

  private void optionalInt(Optional<Integer> value, SnapshotOutput out) {
    out.writeByte(value.isPresent() ? 1 : 0);
    value.ifPresent(out::writeSigned);
  }

  private void date(PartialDate date, SnapshotOutput out) {
    out.writeVarint(dates.computeIfAbsent(date, d -> index(d.toString())));
  }

  private void optionalDate(Optional<PartialDate> date, SnapshotOutput out) {
    out.writeVarint(date.isPresent() ? dates.computeIfAbsent(date.get(), d -> index(d.toString())) + 1 : 0);
  }

  private void id(RecordId id, SnapshotOutput out) {
    string(id.value(), out);
  }

  private void optionalId(Optional<? extends RecordId> id, SnapshotOutput out) {
    out.writeVarint(id.isPresent() ? index(id.get().value()) + 1 : 0);
  }

  private void ids(List<? extends RecordId> ids, SnapshotOutput out) {
    out.writeVarint(ids.size());
    for (RecordId id : ids) {
      id(id, out);
    }
  }

  private void map(Map<String, String> map, SnapshotOutput out) {
    out.writeVarint(map.size());
    map.forEach((key, value) -> {
      string(key, out);
      string(value, out);
    });
  }

  private void strings(List<String> values, SnapshotOutput out) {
    out.writeVarint(values.size());
    for (String value : values) {
      string(value, out);
    }
  }

  private void string(String value, SnapshotOutput out) {
    out.writeVarint(index(value));
  }

  private void optionalString(Optional<String> value, SnapshotOutput out) {
    out.writeVarint(value.isPresent() ? index(value.get()) + 1 : 0);
  }

  private int index(String value) {
    Integer index = indexes.get(value);
    if (index == null) {
      index = strings.size();
      indexes.put(value, index);
      strings.add(value);
    }
    return index;
  }
}

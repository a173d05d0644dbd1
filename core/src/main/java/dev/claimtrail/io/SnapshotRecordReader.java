package dev.claimtrail.io;

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
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the records {@link SnapshotRecordWriter} encodes, in the same field order. Values made
 * from the string table (ids, dates, enum constants) are made once per distinct string and shared
 * by every record that names them, as the JSON readers share them. A field that breaks a model rule
 * (a blank name, a date that does not parse, an unknown enum constant) throws {@link
 * LedgerFormatException} naming the record and field. Not thread-safe.
 */
final class SnapshotRecordReader {
  private final int stringCount;
  /**
   * The value made from each string index, of the kind first made from it; a string made into
   * values of two kinds keeps the first, and the other is made anew each time.
   */
  private @Nullable Object @Nullable [] values;

  /** The kinds of value made from strings, by their type. */
  private enum ValueKind {
    SPEAKER_ID(SpeakerId.class), OUTLET_ID(OutletId.class), DOCUMENT_ID(DocumentId.class),
    STATEMENT_ID(StatementId.class), ATTRIBUTION_ID(AttributionId.class), CLAIM_ID(ClaimId.class),
    DATE(PartialDate.class);

    final Class<?> type;

    ValueKind(Class<?> type) {
      this.type = type;
    }
  }

  SnapshotRecordReader(int stringCount) {
    this.stringCount = stringCount;
  }

  /**
   * Reads the record of {@code section} that starts at the position of {@code in}, a rule it breaks
   * reported at its first byte.
   *
   * @throws LedgerFormatException if the bytes are not a valid record
   */
  Object readRecord(Section section, SnapshotInput in) {
    int start = in.position();
    try {
      return read(section, in);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw in.failAt(start, "", String.valueOf(e.getMessage()));
    }
  }

  private Object read(Section section, SnapshotInput in) {
    return switch (section) {
      case SPEAKERS -> speaker(in);
      case SOURCES -> outlet(in);
      case DOCUMENTS -> document(in);
      case STATEMENTS -> statement(in);
      case ATTRIBUTIONS -> attribution(in);
      case CLAIMS -> claim(in);
    };
  }

  private Speaker speaker(SnapshotInput in) {
    Speaker.Builder b = Speaker.builder();
    b.id(value(in, "id", ValueKind.SPEAKER_ID, SpeakerId::of));
    b.name(in.readString("name"));
    b.kind(choice(in, "kind", Speaker.Kind.class));
    readStrings(in, "aliases", b::addAlias);
    for (int i = in.readCount("roles", 4); i > 0; i--) {
      Role.Builder role = Role.builder().title(in.readString("roles.title"));
      in.readOptionalString("roles.organization").ifPresent(role::organization);
      optionalDate(in, "roles.start").ifPresent(role::start);
      optionalDate(in, "roles.end").ifPresent(role::end);
      b.addRole(role.build());
    }
    if (in.readFlag("affiliation")) {
      b.affiliation(Affiliation.of(value(in, "affiliation.speaker", ValueKind.SPEAKER_ID, SpeakerId::of),
          in.readString("affiliation.relation")));
    }
    optionalValue(in, "outlet", ValueKind.OUTLET_ID, OutletId::of).ifPresent(b::outlet);
    readMap(in, "externalIds", b::putExternalId);
    return b.build();
  }

  private Outlet outlet(SnapshotInput in) {
    Outlet.Builder b = Outlet.builder();
    b.id(value(in, "id", ValueKind.OUTLET_ID, OutletId::of));
    b.name(in.readString("name"));
    b.kind(choice(in, "kind", Outlet.Kind.class));
    readStrings(in, "aliases", b::addAlias);
    readStrings(in, "domains", b::addDomain);
    in.readOptionalString("ownership").ifPresent(b::ownership);
    readMap(in, "externalIds", b::putExternalId);
    return b.build();
  }

  private Document document(SnapshotInput in) {
    Document.Builder b = Document.builder();
    b.id(value(in, "id", ValueKind.DOCUMENT_ID, DocumentId::of));
    b.kind(choice(in, "kind", Document.Kind.class));
    optionalValue(in, "outlet", ValueKind.OUTLET_ID, OutletId::of).ifPresent(b::outlet);
    in.readOptionalString("url").ifPresent(b::url);
    in.readOptionalString("title").ifPresent(b::title);
    optionalDate(in, "published").ifPresent(b::published);
    in.readOptionalString("language").ifPresent(b::language);
    in.readOptionalString("text").ifPresent(b::text);
    in.readOptionalString("contentHash").ifPresent(b::contentHash);
    for (int i = in.readCount("cites", 1); i > 0; i--) {
      b.addCite(value(in, "cites", ValueKind.OUTLET_ID, OutletId::of));
    }
    for (int i = in.readCount("related", 1); i > 0; i--) {
      b.addRelated(value(in, "related", ValueKind.DOCUMENT_ID, DocumentId::of));
    }
    return b.build();
  }

  private Statement statement(SnapshotInput in) {
    Statement.Builder b = Statement.builder();
    b.id(value(in, "id", ValueKind.STATEMENT_ID, StatementId::of));
    b.text(in.readString("text"));
    b.kind(choice(in, "kind", Statement.Kind.class));
    in.readOptionalString("language").ifPresent(b::language);
    return b.build();
  }

  private Attribution attribution(SnapshotInput in) {
    Attribution.Builder b = Attribution.builder();
    b.id(value(in, "id", ValueKind.ATTRIBUTION_ID, AttributionId::of));
    b.statement(value(in, "statement", ValueKind.STATEMENT_ID, StatementId::of));
    b.speaker(value(in, "speaker", ValueKind.SPEAKER_ID, SpeakerId::of));
    b.document(value(in, "document", ValueKind.DOCUMENT_ID, DocumentId::of));
    in.readOptionalString("speakerMention").ifPresent(b::speakerMention);
    if (in.readFlag("speakerMentionSpan")) {
      b.speakerMentionSpan(span(in, "speakerMentionSpan"));
    }
    optionalTime(in, "said").ifPresent(b::said);
    optionalTime(in, "eventTime").ifPresent(b::eventTime);
    in.readOptionalString("cue").ifPresent(b::cue);
    b.stance(choice(in, "stance", Stance.class));
    if (in.readFlag("setting")) {
      Setting.Builder setting = Setting.builder()
          .kind(choice(in, "setting.kind", Setting.Kind.class))
          .description(in.readString("setting.description"));
      optionalValue(in, "setting.outlet", ValueKind.OUTLET_ID, OutletId::of).ifPresent(setting::outlet);
      in.readOptionalString("setting.place").ifPresent(setting::place);
      b.setting(setting.build());
    }
    in.readOptionalString("addressee").ifPresent(b::addressee);
    optionalValue(in, "via", ValueKind.ATTRIBUTION_ID, AttributionId::of).ifPresent(b::via);
    readStrings(in, "hedges", b::addHedge);
    for (int i = in.readCount("claimStances", 2); i > 0; i--) {
      b.addClaimStance(ClaimStance.of(value(in, "claimStances.claim", ValueKind.CLAIM_ID, ClaimId::of),
          choice(in, "claimStances.position", ClaimStance.Position.class)));
    }
    for (int i = in.readCount("evidence", 5); i > 0; i--) {
      b.addEvidence(span(in, "evidence"));
    }
    b.provenance(provenance(in));
    return b.build();
  }

  private Claim claim(SnapshotInput in) {
    Claim.Builder b = Claim.builder();
    b.id(value(in, "id", ValueKind.CLAIM_ID, ClaimId::of));
    b.text(in.readString("text"));
    for (int i = in.readCount("reviews", 8); i > 0; i--) {
      ClaimReview.Builder review = ClaimReview.builder().reviewer(in.readString("reviews.reviewer"));
      optionalValue(in, "reviews.reviewerSource", ValueKind.OUTLET_ID, OutletId::of).ifPresent(review::reviewerSource);
      review.rating(in.readString("reviews.rating"));
      optionalInt(in, "reviews.ratingValue").ifPresent(review::ratingValue);
      optionalInt(in, "reviews.bestRating").ifPresent(review::bestRating);
      optionalInt(in, "reviews.worstRating").ifPresent(review::worstRating);
      optionalDate(in, "reviews.date").ifPresent(review::date);
      in.readOptionalString("reviews.url").ifPresent(review::url);
      b.addReview(review.build());
    }
    return b.build();
  }

  private static Span span(SnapshotInput in, String field) {
    return Span.builder()
        .start(in.readSigned(field + ".start"))
        .end(in.readSigned(field + ".end"))
        .exact(in.readString(field + ".exact"))
        .prefix(in.readString(field + ".prefix"))
        .suffix(in.readString(field + ".suffix"))
        .build();
  }

  private Optional<TimeReference> optionalTime(SnapshotInput in, String field) {
    if (!in.readFlag(field)) {
      return Optional.empty();
    }
    TimeReference.Builder time = TimeReference.builder().date(date(in, field + ".date"));
    optionalDate(in, field + ".until").ifPresent(time::until);
    in.readOptionalString(field + ".phrase").ifPresent(time::phrase);
    return Optional.of(time.build());
  }

  private static Provenance provenance(SnapshotInput in) {
    Provenance.Builder b = Provenance.builder()
        .method(choice(in, "provenance.method", Provenance.Method.class))
        .agent(in.readString("provenance.agent"));
    if (in.readFlag("provenance.confidence")) {
      b.confidence(Double.longBitsToDouble(in.readLong("provenance.confidence")));
    }
    in.readOptionalString("provenance.rule").ifPresent(b::rule);
    return b.build();
  }

  private static Optional<Integer> optionalInt(SnapshotInput in, String field) {
    return in.readFlag(field) ? Optional.of(in.readSigned(field)) : Optional.empty();
  }

  private PartialDate date(SnapshotInput in, String field) {
    return value(in, field, ValueKind.DATE, PartialDate::parseIso);
  }

  private Optional<PartialDate> optionalDate(SnapshotInput in, String field) {
    return optionalValue(in, field, ValueKind.DATE, PartialDate::parseIso);
  }

  private static void readStrings(SnapshotInput in, String field, Consumer<String> add) {
    for (int i = in.readCount(field, 1); i > 0; i--) {
      add.accept(in.readString(field));
    }
  }

  private static void readMap(SnapshotInput in, String field, BiConsumer<String, String> put) {
    for (int i = in.readCount(field, 2); i > 0; i--) {
      put.accept(in.readString(field + ".key"), in.readString(field + ".value"));
    }
  }

  private static <E extends Enum<E>> E choice(SnapshotInput in, String field, Class<E> type) {
    int at = in.position();
    String name = in.readString(field);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw in.failAt(at, field, "'" + name + "' is not a " + type.getSimpleName() + " constant");
    }
  }

  /** The value made by {@code make} from the string at the index read, made once per index. */
  private <T> T value(SnapshotInput in, String field, ValueKind kind, Function<String, T> make) {
    int at = in.position();
    return made(in, at, field, kind, make, in.readStringIndex(field));
  }

  private <T> Optional<T> optionalValue(SnapshotInput in, String field, ValueKind kind, Function<String, T> make) {
    int at = in.position();
    int index = in.readOptionalStringIndex(field);
    return index < 0 ? Optional.empty() : Optional.of(made(in, at, field, kind, make, index));
  }

  @SuppressWarnings("unchecked")
  private <T> T made(SnapshotInput in, int at, String field, ValueKind kind, Function<String, T> make, int index) {
    @Nullable Object[] cache = values;
    if (cache == null) {
      cache = new Object[stringCount];
      values = cache;
    }
    Object value = cache[index];
    if (!kind.type.isInstance(value)) {
      try {
        value = make.apply(in.string(index));
      } catch (IllegalArgumentException e) {
        throw in.failAt(at, field, String.valueOf(e.getMessage()));
      }
      if (cache[index] == null) {
        cache[index] = value;
      }
    }
    return (T) value;
  }
}

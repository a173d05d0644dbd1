package dev.claimtrail.io;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimtrail.model.Affiliation;
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

/**
 * How the ledger writers map the model to JSON, kept here so that the model carries no Jackson
 * annotation. Each mix-in names the fields of one record type in the order the format lists them
 * (docs/format.md); the field name is the accessor's, except a role's {@code from} and {@code to}.
 * Ids and dates are written as their strings. Reading does not use these: {@link RecordReader}
 * reads every record field by field.
 */
final class ModelMixins {
  private ModelMixins() {}

  /** {@return {@code builder} with every mix-in of the model added} */
  static JsonMapper.Builder addTo(JsonMapper.Builder builder) {
    return builder
        .addMixIn(RecordId.class, RecordIdJson.class)
        .addMixIn(PartialDate.class, PartialDateJson.class)
        .addMixIn(Speaker.class, SpeakerJson.class)
        .addMixIn(Role.class, RoleJson.class)
        .addMixIn(Affiliation.class, AffiliationJson.class)
        .addMixIn(Outlet.class, OutletJson.class)
        .addMixIn(Document.class, DocumentJson.class)
        .addMixIn(Statement.class, StatementJson.class)
        .addMixIn(Attribution.class, AttributionJson.class)
        .addMixIn(TimeReference.class, TimeReferenceJson.class)
        .addMixIn(Setting.class, SettingJson.class)
        .addMixIn(Span.class, SpanJson.class)
        .addMixIn(Provenance.class, ProvenanceJson.class)
        .addMixIn(ClaimStance.class, ClaimStanceJson.class)
        .addMixIn(Claim.class, ClaimJson.class)
        .addMixIn(ClaimReview.class, ClaimReviewJson.class);
  }

  abstract static class RecordIdJson {
    @JsonValue
    abstract String value();
  }

  abstract static class PartialDateJson {
    @JsonValue
    @Override
    public abstract String toString();
  }

  @JsonPropertyOrder({"id", "name", "kind", "aliases", "roles", "affiliation", "outlet", "externalIds"})
  interface SpeakerJson {
    @JsonProperty Object id();
    @JsonProperty Object name();
    @JsonProperty Object kind();
    @JsonProperty Object aliases();
    @JsonProperty Object roles();
    @JsonProperty Object affiliation();
    @JsonProperty Object outlet();
    @JsonProperty Object externalIds();
  }

  @JsonPropertyOrder({"title", "organization", "from", "to"})
  interface RoleJson {
    @JsonProperty Object title();
    @JsonProperty Object organization();
    @JsonProperty("from") Object start();
    @JsonProperty("to") Object end();
  }

  @JsonPropertyOrder({"speaker", "relation"})
  interface AffiliationJson {
    @JsonProperty Object speaker();
    @JsonProperty Object relation();
  }

  @JsonPropertyOrder({"id", "name", "kind", "aliases", "domains", "ownership", "externalIds"})
  interface OutletJson {
    @JsonProperty Object id();
    @JsonProperty Object name();
    @JsonProperty Object kind();
    @JsonProperty Object aliases();
    @JsonProperty Object domains();
    @JsonProperty Object ownership();
    @JsonProperty Object externalIds();
  }

  @JsonPropertyOrder({"id", "kind", "outlet", "url", "title", "published", "language", "text", "contentHash", "cites", "related"})
  interface DocumentJson {
    @JsonProperty Object id();
    @JsonProperty Object kind();
    @JsonProperty Object outlet();
    @JsonProperty Object url();
    @JsonProperty Object title();
    @JsonProperty Object published();
    @JsonProperty Object language();
    @JsonProperty Object text();
    @JsonProperty Object contentHash();
    @JsonProperty Object cites();
    @JsonProperty Object related();
  }

  @JsonPropertyOrder({"id", "text", "kind", "language"})
  interface StatementJson {
    @JsonProperty Object id();
    @JsonProperty Object text();
    @JsonProperty Object kind();
    @JsonProperty Object language();
  }

  @JsonPropertyOrder({"id", "statement", "speaker", "document", "speakerMention", "speakerMentionSpan", "said", "eventTime", "cue", "stance", "setting", "addressee", "via", "hedges", "claimStances", "evidence", "provenance"})
  interface AttributionJson {
    @JsonProperty Object id();
    @JsonProperty Object statement();
    @JsonProperty Object speaker();
    @JsonProperty Object document();
    @JsonProperty Object speakerMention();
    @JsonProperty Object speakerMentionSpan();
    @JsonProperty Object said();
    @JsonProperty Object eventTime();
    @JsonProperty Object cue();
    @JsonProperty Object stance();
    @JsonProperty Object setting();
    @JsonProperty Object addressee();
    @JsonProperty Object via();
    @JsonProperty Object hedges();
    @JsonProperty Object claimStances();
    @JsonProperty Object evidence();
    @JsonProperty Object provenance();
    @JsonIgnore boolean isSecondHand();
  }

  @JsonPropertyOrder({"date", "until", "phrase"})
  interface TimeReferenceJson {
    @JsonProperty Object date();
    @JsonProperty Object until();
    @JsonProperty Object phrase();
  }

  @JsonPropertyOrder({"kind", "description", "outlet", "place"})
  interface SettingJson {
    @JsonProperty Object kind();
    @JsonProperty Object description();
    @JsonProperty Object outlet();
    @JsonProperty Object place();
  }

  @JsonPropertyOrder({"start", "end", "exact", "prefix", "suffix"})
  interface SpanJson {
    @JsonProperty Object start();
    @JsonProperty Object end();
    @JsonProperty Object exact();
    @JsonProperty Object prefix();
    @JsonProperty Object suffix();
  }

  @JsonPropertyOrder({"method", "agent", "confidence", "rule"})
  interface ProvenanceJson {
    @JsonProperty Object method();
    @JsonProperty Object agent();
    @JsonProperty Object confidence();
    @JsonProperty Object rule();
  }

  @JsonPropertyOrder({"claim", "position"})
  interface ClaimStanceJson {
    @JsonProperty Object claim();
    @JsonProperty Object position();
  }

  @JsonPropertyOrder({"id", "text", "reviews"})
  interface ClaimJson {
    @JsonProperty Object id();
    @JsonProperty Object text();
    @JsonProperty Object reviews();
  }

  @JsonPropertyOrder({"reviewer", "reviewerSource", "rating", "ratingValue", "bestRating", "worstRating", "date", "url"})
  interface ClaimReviewJson {
    @JsonProperty Object reviewer();
    @JsonProperty Object reviewerSource();
    @JsonProperty Object rating();
    @JsonProperty Object ratingValue();
    @JsonProperty Object bestRating();
    @JsonProperty Object worstRating();
    @JsonProperty Object date();
    @JsonProperty Object url();
  }
}

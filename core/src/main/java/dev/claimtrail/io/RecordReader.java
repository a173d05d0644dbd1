package dev.claimtrail.io;

import static com.google.common.base.Verify.verifyNotNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.claimtrail.model.Affiliation;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Span;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads ledger records from a JSON token stream straight into the model's values, as strictly as
 * the format asks: every field known (an attribution's derived {@code secondHand} is accepted and
 * ignored), every value of its JSON type with no coercion between text and numbers, integers
 * within {@code int}, enum values by their exact names, and each value validated by the model as
 * it is built. A field given as {@code null} counts as absent; a {@code null} inside a list or map
 * is refused. Problems throw {@link LedgerFormatException} at the value at fault (for an unknown
 * field, its value) or, for a value that fails the model's checks, where its object starts, with
 * the field path inside the record. A field name repeated in an object is refused by the parser
 * or, for a parser that allows it, by this reader, which then also refuses an object of more than
 * {@link #CHECKED_NAMES} fields and an ignored value that is a list or object, whose names it does
 * not read. Equal ids read by one reader are one object, so a ledger holds each id string once. One
 * reader per input; not thread-safe.
 */
final class RecordReader {
  /** What a list does with each of its elements, the parser on the element. */
  private interface Element {
    void read() throws IOException;
  }

  /** The most fields an object may have when this reader checks their names itself. */
  static final int CHECKED_NAMES = 64;

  /** How every id table compares an id with the characters read: one function, called at one type. */
  private static final TextValues.Spelling<RecordId> ID_SPELLING = RecordId::valueEquals;

  private final String source;
  private final TextValues<SpeakerId> speakerIds = new TextValues<>(SpeakerId::of, ID_SPELLING);
  private final TextValues<OutletId> sourceIds = new TextValues<>(OutletId::of, ID_SPELLING);
  private final TextValues<DocumentId> documentIds = new TextValues<>(DocumentId::of, ID_SPELLING);
  private final TextValues<StatementId> statementIds = new TextValues<>(StatementId::of, ID_SPELLING);
  private final TextValues<AttributionId> attributionIds = new TextValues<>(AttributionId::of, ID_SPELLING);
  private final TextValues<ClaimId> claimIds = new TextValues<>(ClaimId::of, ID_SPELLING);
  /** Dates by their text: a ledger has few distinct ones, each written many times. */
  private final TextValues<PartialDate> dates = new TextValues<>(PartialDate::parseIso);
  /** The constants of each enum read, by name. */
  private final Map<Class<?>, TextValues<?>> choices = new HashMap<>();
  /** The field read at each open level of the record, or null for a list. */
  private final String[] fields;
  /** The element read at each open list, or -1 for an object. */
  private final int[] elements;
  /** The innermost open level, 0 for the record's own object, -1 outside the record. */
  private int depth;
  /**
   * Whether this reader refuses a field name repeated in an object, for a parser that does not:
   * the names read in the open objects, from {@code firstName[level]} up to {@code names} for each.
   */
  private boolean checksNames;
  private String[] seenNames = new String[32];
  private int names;
  private final int[] firstName;
  @SuppressWarnings("NullAway.Init") // set by each read before any other use
  private JsonParser p;
  private LedgerRecords.Place recordStart = new LedgerRecords.Place(0, 0);
  private String recordPath = "";

  private final int maxNumberLength;

  RecordReader(String source, ReadLimits limits) {
    this.source = source;
    this.fields = new String[limits.maxNestingDepth() + 2];
    this.elements = new int[limits.maxNestingDepth() + 2];
    this.firstName = new int[limits.maxNestingDepth() + 2];
    this.maxNumberLength = limits.maxNumberLength();
  }

  /**
   * Reads a record of {@code section} from {@code parser}, which is on the record's opening brace
   * or on the value of a field before the rest of the record's fields; leaves it on the closing
   * brace. {@code start} is where the record starts, {@code path} how messages name it ({@code
   * speakers[4]}, or empty).
   */
  Object read(JsonParser parser, Section section, LedgerRecords.Place start, String path) throws IOException {
    p = parser;
    recordStart = start;
    recordPath = path;
    depth = 0;
    fields[0] = null;
    elements[0] = -1;
    checksNames = !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    names = 0;
    firstName[0] = 0;
    try {
      return switch (section) {
        case SPEAKERS -> speaker();
        case SOURCES -> source();
        case DOCUMENTS -> document();
        case STATEMENTS -> statement();
        case ATTRIBUTIONS -> attribution();
        case CLAIMS -> claim();
      };
    } catch (JacksonException e) {
      // Jackson's own location, else (for a breached limit) the record's start; the path of the value being read.
      LedgerFormatException problem = LedgerFormatException.of(source, e);
      throw problem.line().isPresent()
          ? LedgerFormatException.at(source, problem.line().getAsLong(), problem.column().orElse(0), path(),
              problem.reason()).causedBy(e)
          : LedgerFormatException.at(source, start.line(), start.column(), path(), problem.reason()).causedBy(e);
    }
  }

  private Speaker speaker() throws IOException {
    Speaker.Builder b = Speaker.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(speakerIds)); }
        case "name" -> { if (present()) b.name(string()); }
        case "kind" -> { if (present()) b.kind(choice(Speaker.Kind.class)); }
        case "aliases" -> { if (present()) list(() -> b.addAlias(string())); }
        case "roles" -> { if (present()) list(() -> b.addRole(role())); }
        case "affiliation" -> { if (present()) b.affiliation(affiliation()); }
        case "outlet" -> { if (present()) b.outlet(id(sourceIds)); }
        case "externalIds" -> { if (present()) map(b::putExternalId); }
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Outlet source() throws IOException {
    Outlet.Builder b = Outlet.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(sourceIds)); }
        case "name" -> { if (present()) b.name(string()); }
        case "kind" -> { if (present()) b.kind(choice(Outlet.Kind.class)); }
        case "aliases" -> { if (present()) list(() -> b.addAlias(string())); }
        case "domains" -> { if (present()) list(() -> b.addDomain(string())); }
        case "ownership" -> { if (present()) b.ownership(string()); }
        case "externalIds" -> { if (present()) map(b::putExternalId); }
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Document document() throws IOException {
    Document.Builder b = Document.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(documentIds)); }
        case "kind" -> { if (present()) b.kind(choice(Document.Kind.class)); }
        case "outlet" -> { if (present()) b.outlet(id(sourceIds)); }
        case "url" -> { if (present()) b.url(string()); }
        case "title" -> { if (present()) b.title(string()); }
        case "published" -> { if (present()) b.published(date()); }
        case "language" -> { if (present()) b.language(string()); }
        case "text" -> { if (present()) b.text(string()); }
        case "contentHash" -> { if (present()) b.contentHash(string()); }
        case "cites" -> { if (present()) list(() -> b.addCite(id(sourceIds))); }
        case "related" -> { if (present()) list(() -> b.addRelated(id(documentIds))); }
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Statement statement() throws IOException {
    Statement.Builder b = Statement.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(statementIds)); }
        case "text" -> { if (present()) b.text(string()); }
        case "kind" -> { if (present()) b.kind(choice(Statement.Kind.class)); }
        case "language" -> { if (present()) b.language(string()); }
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Attribution attribution() throws IOException {
    Attribution.Builder b = Attribution.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(attributionIds)); }
        case "statement" -> { if (present()) b.statement(id(statementIds)); }
        case "speaker" -> { if (present()) b.speaker(id(speakerIds)); }
        case "document" -> { if (present()) b.document(id(documentIds)); }
        case "speakerMention" -> { if (present()) b.speakerMention(string()); }
        case "speakerMentionSpan" -> { if (present()) b.speakerMentionSpan(span()); }
        case "said" -> { if (present()) b.said(time()); }
        case "eventTime" -> { if (present()) b.eventTime(time()); }
        case "cue" -> { if (present()) b.cue(string()); }
        case "stance" -> { if (present()) b.stance(choice(Stance.class)); }
        case "setting" -> { if (present()) b.setting(setting()); }
        case "addressee" -> { if (present()) b.addressee(string()); }
        case "via" -> { if (present()) b.via(id(attributionIds)); }
        case "hedges" -> { if (present()) list(() -> b.addHedge(string())); }
        case "claimStances" -> { if (present()) list(() -> b.addClaimStance(claimStance())); }
        case "evidence" -> { if (present()) list(() -> b.addEvidence(span())); }
        case "provenance" -> { if (present()) b.provenance(provenance()); }
        // Derived from via and never written; files that carry it read as before.
        case "secondHand" -> skip();
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Claim claim() throws IOException {
    Claim.Builder b = Claim.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> { if (present()) b.id(id(claimIds)); }
        case "text" -> { if (present()) b.text(string()); }
        case "reviews" -> { if (present()) list(() -> b.addReview(review())); }
        default -> throw unknown(name);
      }
    }
    return recordBuilt(b::build);
  }

  private Role role() throws IOException {
    LedgerRecords.Place start = openObject();
    Role.Builder b = Role.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "title" -> { if (present()) b.title(string()); }
        case "organization" -> { if (present()) b.organization(string()); }
        case "from" -> { if (present()) b.start(date()); }
        case "to" -> { if (present()) b.end(date()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  private Affiliation affiliation() throws IOException {
    LedgerRecords.Place start = openObject();
    SpeakerId speaker = null;
    String relation = null;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "speaker" -> speaker = present() ? id(speakerIds) : null;
        case "relation" -> relation = present() ? string() : null;
        default -> throw unknown(name);
      }
    }
    SpeakerId tiedTo = speaker;
    String words = relation;
    return built(() -> {
      checkSet("Affiliation", new String[] {"speaker", "relation"}, tiedTo, words);
      return Affiliation.of(verifyNotNull(tiedTo), verifyNotNull(words));
    }, start);
  }

  private TimeReference time() throws IOException {
    LedgerRecords.Place start = openObject();
    TimeReference.Builder b = TimeReference.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "date" -> { if (present()) b.date(date()); }
        case "until" -> { if (present()) b.until(date()); }
        case "phrase" -> { if (present()) b.phrase(string()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  private Setting setting() throws IOException {
    LedgerRecords.Place start = openObject();
    Setting.Builder b = Setting.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "kind" -> { if (present()) b.kind(choice(Setting.Kind.class)); }
        case "description" -> { if (present()) b.description(string()); }
        case "outlet" -> { if (present()) b.outlet(id(sourceIds)); }
        case "place" -> { if (present()) b.place(string()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  private ClaimStance claimStance() throws IOException {
    LedgerRecords.Place start = openObject();
    ClaimId claim = null;
    ClaimStance.Position position = null;
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "claim" -> claim = present() ? id(claimIds) : null;
        case "position" -> position = present() ? choice(ClaimStance.Position.class) : null;
        default -> throw unknown(name);
      }
    }
    ClaimId toward = claim;
    ClaimStance.Position taken = position;
    return built(() -> {
      checkSet("ClaimStance", new String[] {"claim", "position"}, toward, taken);
      return ClaimStance.of(verifyNotNull(toward), verifyNotNull(taken));
    }, start);
  }

  private Span span() throws IOException {
    LedgerRecords.Place start = openObject();
    Span.Builder b = Span.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "start" -> b.start(integer());
        case "end" -> b.end(integer());
        case "exact" -> { if (present()) b.exact(string()); }
        case "prefix" -> { if (present()) b.prefix(string()); }
        case "suffix" -> { if (present()) b.suffix(string()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  private Provenance provenance() throws IOException {
    LedgerRecords.Place start = openObject();
    Provenance.Builder b = Provenance.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "method" -> { if (present()) b.method(choice(Provenance.Method.class)); }
        case "agent" -> { if (present()) b.agent(string()); }
        case "confidence" -> { if (present()) b.confidence(number()); }
        case "rule" -> { if (present()) b.rule(string()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  private ClaimReview review() throws IOException {
    LedgerRecords.Place start = openObject();
    ClaimReview.Builder b = ClaimReview.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "reviewer" -> { if (present()) b.reviewer(string()); }
        case "reviewerSource" -> { if (present()) b.reviewerSource(id(sourceIds)); }
        case "rating" -> { if (present()) b.rating(string()); }
        case "ratingValue" -> { if (present()) b.ratingValue(integer()); }
        case "bestRating" -> { if (present()) b.bestRating(integer()); }
        case "worstRating" -> { if (present()) b.worstRating(integer()); }
        case "date" -> { if (present()) b.date(date()); }
        case "url" -> { if (present()) b.url(string()); }
        default -> throw unknown(name);
      }
    }
    return built(b::build, start);
  }

  /**
   * The next field of the innermost object with the parser on its value, or null after the
   * object's closing brace, which closes its level.
   */
  private @Nullable String nextField() throws IOException {
    fields[depth] = null;
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      names = firstName[depth];
      depth--;
      return null;
    }
    String name = p.currentName();
    if (checksNames) {
      checkNewName(name);
    }
    fields[depth] = name;
    p.nextToken();
    return name;
  }

  /** Opens a nested object at the current value; returns where it starts. */
  private LedgerRecords.Place openObject() {
    expect(JsonToken.START_OBJECT, "an object");
    LedgerRecords.Place start = here();
    depth++;
    fields[depth] = null;
    elements[depth] = -1;
    firstName[depth] = names;
    return start;
  }

  /**
   * Refuses {@code name} if the innermost object had it already, else remembers it. An object of
   * more than {@link #CHECKED_NAMES} fields is refused too, as comparing each name with all before
   * it would cost the square of their number: a parser that checks names itself reads it.
   */
  private void checkNewName(String name) {
    int first = firstName[depth];
    if (names - first == CHECKED_NAMES) {
      throw problem("more than " + CHECKED_NAMES + " fields in one object, not checked for repeated names");
    }
    for (int i = first; i < names; i++) {
      if (seenNames[i].equals(name)) {
        throw problem("field \"" + name + "\" repeated in one object");
      }
    }
    if (names == seenNames.length) {
      seenNames = Arrays.copyOf(seenNames, 2 * names);
    }
    seenNames[names++] = name;
  }

  /**
   * Skips the current value, which is ignored; a list or object only with a parser that checks
   * its names itself, as this reader does not read them.
   */
  private void skip() throws IOException {
    if (checksNames && p.currentToken().isStructStart()) {
      throw problem("an ignored list or object is not checked for repeated names");
    }
    p.skipChildren();
  }

  /** Reads the list at the current value, calling {@code each} with the parser on each element. */
  private void list(Element each) throws IOException {
    expect(JsonToken.START_ARRAY, "a list");
    depth++;
    fields[depth] = null;
    elements[depth] = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      each.read();
      elements[depth]++;
    }
    depth--;
  }

  /** Reads the object of strings at the current value into {@code put}. */
  private void map(java.util.function.BiConsumer<String, String> put) throws IOException {
    openObject();
    for (String name = nextField(); name != null; name = nextField()) {
      put.accept(name, string());
    }
  }

  /** Whether the current value is given, not {@code null}. */
  private boolean present() {
    return p.currentToken() != JsonToken.VALUE_NULL;
  }

  private String string() throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    return p.getText();
  }

  private int integer() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    checkNumberLength();
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw problem("integer " + p.getText() + " out of range (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  private double number() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expect(JsonToken.VALUE_NUMBER_FLOAT, "a number");
    }
    checkNumberLength();
    double value = p.getDoubleValue();
    if (Double.isInfinite(value) || value == 0 && hasNonZeroDigit(p.getText())) {
      throw problem("number " + p.getText() + " is out of the range of a double (it would read as " + value + ")");
    }
    return value;
  }

  /**
   * Refuses a number longer than {@link ReadLimits#maxNumberLength()} characters, sign, point and
   * exponent included; Jackson's own limit counts only the digits.
   */
  private void checkNumberLength() throws IOException {
    if (p.getTextLength() > maxNumberLength) {
      throw problem("number of " + p.getTextLength() + " characters is longer than ReadLimits.MAX_NUMBER_LENGTH ("
          + maxNumberLength + ")");
    }
  }

  /** Whether the digits of {@code number} before its exponent are not all zeros. */
  private static boolean hasNonZeroDigit(String number) {
    for (int i = 0; i < number.length() && Character.toLowerCase(number.charAt(i)) != 'e'; i++) {
      if (number.charAt(i) >= '1' && number.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private <E extends Enum<E>> E choice(Class<E> type) throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    try {
      return ((TextValues<E>) choices.computeIfAbsent(type, t -> new TextValues<>(name -> Enum.valueOf(type, name))))
          .get(p);
    } catch (IllegalArgumentException e) {
      Class<?> outer = type.getEnclosingClass();
      String typeName = outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
      throw problem("\"" + p.getText() + "\" is not a " + typeName + " (expected one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
  }

  private PartialDate date() throws IOException {
    return cached(dates);
  }

  /** The id at the current value, the one already read when it was; a {@code null} id is refused. */
  private <T> T id(TextValues<T> read) throws IOException {
    return cached(read);
  }

  /** The value of the string at the current value, made by {@code values}, whose refusal is reported here. */
  private <T> T cached(TextValues<T> values) throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    try {
      return values.get(p);
    } catch (IllegalArgumentException e) {
      throw problem(String.valueOf(e.getMessage()));
    }
  }

  /** Throws as the generated builders do when a required attribute of {@code type} is not set. */
  private static void checkSet(String type, String[] names, @Nullable Object... values) {
    StringBuilder missing = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (values[i] == null) {
        missing.append(missing.length() == 0 ? "" : ", ").append(names[i]);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("Cannot build " + type + ", some of required attributes are not set [" + missing + "]");
    }
  }

  /** The record built, or its problem reported where the record starts. */
  private <T> T recordBuilt(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw LedgerFormatException.at(source, recordStart.line(), recordStart.column(), recordPath, String.valueOf(e.getMessage()))
          .causedBy(e);
    }
  }

  /** A nested value built, or its problem reported where the value starts. */
  private <T> T built(Supplier<T> build, LedgerRecords.Place start) {
    try {
      return build.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw LedgerFormatException.at(source, start.line(), start.column(), path(), String.valueOf(e.getMessage())).causedBy(e);
    }
  }

  private void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw problem("expected " + what + ", found " + shown());
    }
  }

  /** An unknown field, reported at its value, where the parser is. */
  private LedgerFormatException unknown(String name) {
    return problem("unknown field \"" + name + "\"");
  }

  /** A problem at the current token. */
  private LedgerFormatException problem(String reason) {
    return LedgerFormatException.at(source, p.currentTokenLocation(), path(), reason);
  }

  private LedgerRecords.Place here() {
    return new LedgerRecords.Place(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
  }

  private String shown() {
    try {
      return LedgerJson.shown(p);
    } catch (IOException e) {
      return String.valueOf(p.currentToken());
    }
  }

  /** The path of the value being read, such as {@code attributions[3].evidence[0].start}. */
  private String path() {
    StringBuilder out = new StringBuilder(recordPath);
    for (int level = 0; level <= depth; level++) {
      if (elements[level] >= 0) {
        out.append('[').append(elements[level]).append(']');
      } else if (fields[level] != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(fields[level]);
      }
    }
    return out.toString();
  }

}

package dev.claimtrail.io.claimreview;

import static com.google.common.base.Verify.verifyNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.hash.Hashing;
import dev.claimtrail.io.imports.WebOutlets;
import dev.claimtrail.ledger.Ledger;
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
import dev.claimtrail.model.Setting;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns ClaimReview nodes into ledger records: the claim with its reviews, the fact-checker as an
 * outlet, the review page and the claim's appearances as documents, the claim's author as a
 * speaker, and an attribution of the reviewed words to that author in each of those documents. A
 * review's records are all made before any is added, so a review is imported whole or not at all.
 */
final class ReviewImporter {
  private static final String PREFIX = "claimreview:";
  private static final Pattern WIKIDATA = Pattern.compile("https?://(?:www\\.)?wikidata\\.org/(?:wiki|entity)/(Q[1-9][0-9]*)");

  static final Set<String> REVIEW_FIELDS = Set.of("@type", "@id", "url", "claimReviewed", "itemReviewed",
      "reviewRating", "author", "publisher", "datePublished", "name", "headline", "inLanguage");
  static final Set<String> CLAIM_FIELDS = Set.of("@type", "@id", "author", "datePublished", "appearance",
      "firstAppearance", "name");
  static final Set<String> RATING_FIELDS = Set.of("@type", "@id", "ratingValue", "bestRating", "worstRating",
      "alternateName");
  static final Set<String> PARTY_FIELDS = Set.of("@type", "@id", "name", "sameAs", "url");
  static final Set<String> WORK_FIELDS = Set.of("@type", "@id", "url", "headline", "name", "datePublished",
      "author", "publisher", "inLanguage");
  /** Properties of presentation or bookkeeping that carry nothing the ledger records. */
  static final Set<String> NOT_IMPORTED = Set.of("@context", "image", "logo", "thumbnailUrl", "description",
      "dateModified", "mainEntityOfPage", "sdPublisher", "sdDatePublished", "ratingExplanation", "jobTitle");

  private final Map<SpeakerId, Speaker> speakers = new LinkedHashMap<>();
  private final Map<OutletId, Outlet> sources = new LinkedHashMap<>();
  private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
  private final Map<StatementId, Statement> statements = new LinkedHashMap<>();
  private final Map<AttributionId, Attribution> attributions = new LinkedHashMap<>();
  private final Map<ClaimId, Claim> claims = new LinkedHashMap<>();

  /** Adds the records of the ClaimReview {@code review}, the top-level item at {@code path}. */
  void add(JsonNode review, String path, Nodes nodes) {
    Records out = new Records();
    try {
      records(review, path, nodes, out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw nodes.problem(path, String.valueOf(e.getMessage())).causedBy(e);
    }
    out.speakers.values().forEach(s -> speakers.put(s.id(), s));
    out.sources.values().forEach(s -> sources.put(s.id(), s));
    out.documents.values().forEach(d -> documents.put(d.id(), d));
    out.statements.values().forEach(s -> statements.put(s.id(), s));
    out.attributions.values().forEach(a -> attributions.put(a.id(), a));
    out.claims.values().forEach(c -> claims.put(c.id(), c));
  }

  /** The ledger of every review added. */
  Ledger finish() {
    Ledger.Builder builder = Ledger.builder();
    speakers.values().forEach(builder::add);
    sources.values().forEach(builder::add);
    documents.values().forEach(builder::add);
    statements.values().forEach(builder::add);
    attributions.values().forEach(builder::add);
    claims.values().forEach(builder::add);
    return builder.build();
  }

  /** The id of the claim with the given text, the same for every review of those words. */
  static ClaimId claimId(String text) {
    return ClaimId.of(PREFIX + hash(text));
  }

  /** The id of the statement of the reviewed words {@code text}. */
  static StatementId statementId(String text) {
    return StatementId.of(PREFIX + hash(text));
  }

  /** The id of the speaker named {@code name} in a ClaimReview. */
  static SpeakerId speakerId(String name) {
    return SpeakerId.of(PREFIX + name);
  }

  private void records(JsonNode review, String path, Nodes nodes, Records out) {
    nodes.checkFields(review, path, REVIEW_FIELDS, NOT_IMPORTED);
    String claimText = nodes.requiredText(review, "claimReviewed", path, "the claim reviewed");
    Optional<String> url = nodes.text(review, "url", path);
    url.ifPresent(u -> checkUrl(nodes, u, Nodes.join(path, "url")));
    Optional<PartialDate> published = nodes.date(review, "datePublished", path);

    List<JsonNode> authors = nodes.objects(review, "author");
    String reviewerField = "author";
    if (authors.isEmpty()) {
      authors = nodes.objects(review, "publisher");
      reviewerField = "publisher";
    }
    if (authors.isEmpty()) {
      throw nodes.problem(Nodes.join(path, "author"), "required field is missing: the fact-checker who wrote the review");
    }
    List<String> reviewerNames = new ArrayList<>();
    List<String> reviewerLinks = new ArrayList<>();
    Optional<String> reviewerUrl = Optional.empty();
    for (int i = 0; i < authors.size(); i++) {
      String at = Nodes.join(path, reviewerField) + (authors.size() > 1 ? "[" + i + "]" : "");
      JsonNode author = party(nodes, authors.get(i), at);
      reviewerNames.add(nodes.requiredText(author, "name", at, "the fact-checker's name"));
      reviewerLinks.addAll(nodes.texts(author, "sameAs", at));
      Optional<String> authorUrl = nodes.text(author, "url", at);
      if (reviewerUrl.isEmpty()) {
        reviewerUrl = authorUrl;
      } else {
        authorUrl.ifPresent(reviewerLinks::add);
      }
    }
    if (!reviewerField.equals("publisher")) {
      nodes.objects(review, "publisher").forEach(p -> party(nodes, p, Nodes.join(path, "publisher")));
    }
    String reviewer = String.join(", ", reviewerNames);
    Optional<String> reviewerDomain = url.isPresent() ? WebOutlets.domain(url.get())
        : reviewerUrl.flatMap(WebOutlets::domain);
    OutletId reviewerSource = reviewerDomain.isPresent()
        ? outlet(out, reviewerDomain.get(), reviewer)
        : WebOutlets.sourceId(PREFIX + reviewer);
    if (reviewerDomain.isEmpty()) {
      Outlet known = out.sources.containsKey(reviewerSource) ? out.sources.get(reviewerSource) : sources.get(reviewerSource);
      out.sources.put(reviewerSource, known != null ? known
          : Outlet.builder().id(reviewerSource).name(reviewer).kind(Outlet.Kind.NEWS_SITE).build());
    }
    if (!reviewerLinks.isEmpty()) {
      Outlet known = verifyNotNull(out.sources.containsKey(reviewerSource) ? out.sources.get(reviewerSource) : sources.get(reviewerSource));
      Map<String, String> ids = links(known.externalIds(), reviewerLinks);
      if (!ids.equals(known.externalIds())) {
        out.sources.put(reviewerSource, Outlet.builder().id(known.id()).name(known.name()).kind(known.kind())
            .addAllAliases(known.aliases()).addAllDomains(known.domains()).putAllExternalIds(ids).build());
      }
    }

    String ratingPath = Nodes.join(path, "reviewRating");
    JsonNode rating = nodes.object(review, "reviewRating", path)
        .orElseThrow(() -> nodes.problem(ratingPath, "required field is missing: the rating"));
    nodes.checkFields(rating, ratingPath, RATING_FIELDS, NOT_IMPORTED);
    ClaimReview.Builder claimReview = ClaimReview.builder()
        .reviewer(reviewer)
        .rating(nodes.requiredText(rating, "alternateName", ratingPath, "the rating in words"));
    nodes.wholeNumber(rating, "ratingValue", ratingPath).ifPresent(claimReview::ratingValue);
    nodes.wholeNumber(rating, "bestRating", ratingPath).ifPresent(claimReview::bestRating);
    nodes.wholeNumber(rating, "worstRating", ratingPath).ifPresent(claimReview::worstRating);
    claimReview.reviewerSource(reviewerSource);
    published.ifPresent(claimReview::date);
    url.ifPresent(claimReview::url);

    ClaimId claimId = claimId(claimText);
    Claim known = claims.get(claimId);
    ClaimReview built;
    try {
      built = claimReview.build();
    } catch (IllegalStateException e) {
      throw nodes.problem(ratingPath, String.valueOf(e.getMessage())).causedBy(e);
    }
    Claim.Builder claim = Claim.builder().id(claimId).text(known == null ? claimText : known.text());
    if (known != null) {
      claim.addAllReviews(known.reviews());
    }
    if (known == null || !known.reviews().contains(built)) {
      claim.addReview(built);
    }
    out.claims.put(claimId, claim.build());

    List<Attributed> attributed = new ArrayList<>();
    Optional<SpeakerId> claimAuthor = Optional.empty();
    Optional<TimeReference> said = Optional.empty();
    Optional<Setting> setting = Optional.empty();
    String itemPath = Nodes.join(path, "itemReviewed");
    Optional<JsonNode> item = nodes.object(review, "itemReviewed", path);
    if (item.isPresent()) {
      nodes.checkFields(item.get(), itemPath, CLAIM_FIELDS, NOT_IMPORTED);
      claimAuthor = speaker(nodes, out, item.get(), itemPath);
      said = nodes.date(item.get(), "datePublished", itemPath).map(TimeReference::of);
      setting = nodes.text(item.get(), "name", itemPath)
          .map(place -> Setting.builder().kind(Setting.Kind.OTHER).description(place).place(place).build());
      for (String field : List.of("firstAppearance", "appearance")) {
        List<JsonNode> works = nodes.objects(item.get(), field);
        for (int i = 0; i < works.size(); i++) {
          String at = Nodes.join(itemPath, field) + (item.get().get(field).isArray() ? "[" + i + "]" : "");
          attributed.add(appearance(nodes, out, works.get(i), at, claimAuthor));
        }
      }
    }
    if (url.isPresent()) {
      Document.Builder page = Document.builder().id(WebOutlets.documentId(url.get())).url(url.get());
      page.outlet(reviewerSource);
      published.ifPresent(page::published);
      nodes.text(review, "headline", path).or(() -> nodes.text(review, "name", path)).ifPresent(page::title);
      nodes.text(review, "inLanguage", path).ifPresent(page::language);
      Document document = merge(out, page.build());
      out.documents.put(document.id(), document);
      attributed.add(0, new Attributed(document.id(), claimAuthor));
    }

    if (attributed.stream().anyMatch(a -> a.speaker.isPresent())) {
      StatementId statementId = statementId(claimText);
      out.statements.put(statementId, statements.getOrDefault(statementId,
          Statement.of(statementId, claimText, Statement.Kind.INDIRECT)));
      String reviewKey = url.orElse(reviewer + "|" + claimText + "|" + published.map(PartialDate::toString).orElse(""));
      Provenance provenance = Provenance.imported("ClaimReview by " + reviewer);
      for (Attributed a : attributed) {
        if (a.speaker.isEmpty()) {
          continue;
        }
        AttributionId id = AttributionId.of(PREFIX + hash(reviewKey + "|" + a.document + "|" + a.speaker.get()));
        Attribution.Builder attribution = Attribution.builder()
            .id(id)
            .statement(statementId)
            .speaker(a.speaker.get())
            .document(a.document)
            .stance(Stance.CLAIMS)
            .addClaimStance(ClaimStance.of(claimId, ClaimStance.Position.ASSERTS))
            .provenance(provenance);
        said.ifPresent(attribution::said);
        setting.ifPresent(attribution::setting);
        out.attributions.put(id, attribution.build());
      }
    }
  }

  /** A work the claim appears in: its document, and who put the claim forward there. */
  private Attributed appearance(Nodes nodes, Records out, JsonNode work, String path, Optional<SpeakerId> claimAuthor) {
    if (work.isTextual()) {
      String url = work.asText().strip();
      checkUrl(nodes, url, path);
      Document document = merge(out, Document.builder().id(WebOutlets.documentId(url)).url(url)
          .outlet(outlet(out, WebOutlets.domain(url).orElseThrow(), WebOutlets.domain(url).orElseThrow())).build());
      out.documents.put(document.id(), document);
      return new Attributed(document.id(), claimAuthor);
    }
    if (!work.isObject()) {
      throw nodes.problem(path, "expected an object or a URL for the work the claim appears in");
    }
    nodes.checkFields(work, path, WORK_FIELDS, NOT_IMPORTED);
    String url = nodes.requiredText(work, "url", path, "the address of the work the claim appears in");
    checkUrl(nodes, url, Nodes.join(path, "url"));
    String domain = WebOutlets.domain(url).orElseThrow();
    String outletName = domain;
    Optional<JsonNode> publisher = nodes.object(work, "publisher", path);
    if (publisher.isPresent()) {
      String at = Nodes.join(path, "publisher");
      outletName = nodes.requiredText(party(nodes, publisher.get(), at), "name", at, "the publisher's name");
    }
    Document.Builder document = Document.builder()
        .id(WebOutlets.documentId(url))
        .url(url)
        .kind(documentKind(nodes.types(work, path)))
        .outlet(outlet(out, domain, outletName));
    nodes.text(work, "headline", path).or(() -> nodes.text(work, "name", path)).ifPresent(document::title);
    nodes.date(work, "datePublished", path).ifPresent(document::published);
    nodes.text(work, "inLanguage", path).ifPresent(document::language);
    Document built = merge(out, document.build());
    out.documents.put(built.id(), built);
    Optional<SpeakerId> author = speaker(nodes, out, work, path);
    return new Attributed(built.id(), author.or(() -> claimAuthor));
  }

  /** The speaker of the {@code author} of {@code node}, added to {@code out}; empty without an author. */
  private Optional<SpeakerId> speaker(Nodes nodes, Records out, JsonNode node, String path) {
    List<JsonNode> authors = nodes.objects(node, "author");
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    if (authors.size() > 1) {
      throw nodes.problem(Nodes.join(path, "author"), "more than one author; a claim is attributed to one speaker");
    }
    String at = Nodes.join(path, "author");
    JsonNode author = party(nodes, authors.get(0), at);
    String name = nodes.requiredText(author, "name", at, "the author's name");
    SpeakerId id = speakerId(name);
    Speaker known = out.speakers.containsKey(id) ? out.speakers.get(id) : speakers.get(id);
    Speaker.Kind kind = speakerKind(nodes.types(author, at));
    Speaker.Builder speaker = Speaker.builder().id(id).name(name).kind(known == null ? kind : known.kind());
    List<String> sameAs = nodes.texts(author, "sameAs", at);
    nodes.text(author, "url", at).ifPresent(sameAs::add);
    speaker.putAllExternalIds(links(known == null ? Map.of() : known.externalIds(), sameAs));
    Speaker built = speaker.build();
    out.speakers.put(id, built);
    return Optional.of(id);
  }

  /**
   * {@code known} ids with {@code links} added: a Wikidata entity URL as {@code wikidata} (its Q
   * id), any other link as {@code sameAs}, {@code sameAs.2}, ...; a link already kept is not added
   * again, and a {@code wikidata} id already kept is not replaced.
   */
  static Map<String, String> links(Map<String, String> known, List<String> links) {
    Map<String, String> out = new LinkedHashMap<>(known);
    for (String link : links) {
      Matcher wikidata = WIKIDATA.matcher(link);
      if (wikidata.matches()) {
        out.putIfAbsent("wikidata", wikidata.group(1));
      } else if (!out.containsValue(link)) {
        int n = 1;
        while (out.containsKey(n == 1 ? "sameAs" : "sameAs." + n)) {
          n++;
        }
        out.put(n == 1 ? "sameAs" : "sameAs." + n, link);
      }
    }
    return out;
  }

  /** The party at {@code path}: an object with known fields, or its name alone as text. */
  private static JsonNode party(Nodes nodes, JsonNode node, String path) {
    if (node.isTextual()) {
      return JsonNodeFactory.instance.objectNode().put("name", node.asText());
    }
    if (!node.isObject()) {
      throw nodes.problem(path, "expected an object with a name");
    }
    nodes.checkFields(node, path, PARTY_FIELDS, NOT_IMPORTED);
    return node;
  }

  /** The id of the outlet of {@code domain}, named {@code name} unless it is already known by another name. */
  private OutletId outlet(Records out, String domain, String name) {
    OutletId id = WebOutlets.sourceId(domain);
    Outlet known = out.sources.containsKey(id) ? out.sources.get(id) : sources.get(id);
    if (known == null) {
      out.sources.put(id, WebOutlets.outlet(domain, name));
    } else if (!known.name().equals(name) && !known.aliases().contains(name) && !name.equals(domain)) {
      boolean namedByDomain = known.name().equals(domain);
      out.sources.put(id, Outlet.builder()
          .id(id)
          .name(namedByDomain ? name : known.name())
          .kind(known.kind())
          .addAllAliases(known.aliases())
          .addAlias(namedByDomain ? domain : name)
          .addAllDomains(known.domains())
          .build());
    }
    return id;
  }

  /** {@code document}, with what an earlier review said of the same URL where this one is silent. */
  private Document merge(Records out, Document document) {
    Document known = out.documents.containsKey(document.id()) ? out.documents.get(document.id())
        : documents.get(document.id());
    if (known == null) {
      return document;
    }
    Document.Builder merged = Document.builder().id(known.id()).kind(known.kind());
    known.url().ifPresent(merged::url);
    known.outlet().or(document::outlet).ifPresent(merged::outlet);
    known.title().or(document::title).ifPresent(merged::title);
    known.published().or(document::published).ifPresent(merged::published);
    known.language().or(document::language).ifPresent(merged::language);
    return merged.build();
  }

  private static void checkUrl(Nodes nodes, String url, String path) {
    if (WebOutlets.domain(url).isEmpty()) {
      throw nodes.problem(path, "not an absolute http(s) URL with a host name: \"" + url + "\"");
    }
  }

  private static Speaker.Kind speakerKind(List<String> types) {
    for (String type : types) {
      switch (type) {
        case "Person":
          return Speaker.Kind.PERSON;
        case "GovernmentOrganization":
          return Speaker.Kind.GOVERNMENT;
        case "NewsMediaOrganization":
          return Speaker.Kind.MEDIA_OUTLET;
        case "Country":
          return Speaker.Kind.COUNTRY;
        default:
          if (type.endsWith("Organization") || type.equals("Corporation") || type.equals("NGO")) {
            return Speaker.Kind.ORGANIZATION;
          }
      }
    }
    return Speaker.Kind.PERSON;
  }

  private static Document.Kind documentKind(List<String> types) {
    for (String type : types) {
      switch (type) {
        case "SocialMediaPosting":
        case "BlogPosting":
        case "DiscussionForumPosting":
          return Document.Kind.POST;
        case "VideoObject":
        case "Clip":
          return Document.Kind.VIDEO;
        case "RadioBroadcast":
        case "BroadcastEvent":
        case "TVEpisode":
          return Document.Kind.BROADCAST;
        default:
          break;
      }
    }
    return Document.Kind.ARTICLE;
  }

  private static String hash(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /** A document the reviewed words appear in and who, if known, put them forward there. */
  private record Attributed(DocumentId document, Optional<SpeakerId> speaker) {}

  /** The records of one review. */
  private static final class Records {
    final Map<SpeakerId, Speaker> speakers = new LinkedHashMap<>();
    final Map<OutletId, Outlet> sources = new LinkedHashMap<>();
    final Map<DocumentId, Document> documents = new LinkedHashMap<>();
    final Map<StatementId, Statement> statements = new LinkedHashMap<>();
    final Map<AttributionId, Attribution> attributions = new LinkedHashMap<>();
    final Map<ClaimId, Claim> claims = new LinkedHashMap<>();
  }
}

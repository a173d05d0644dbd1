package dev.claimtrail.graph.export;

import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * The schema.org terms and the few claimtrail terms the RDF exports use (PROV-O and XSD terms come
 * from RDF4J's vocabularies), and the prefixes both serializations declare.
 */
final class Vocabulary {
  /** schema.org, in the {@code http} form that JSON-LD processors expand schema.org's own context to. */
  static final Namespace SCHEMA = Values.namespace("schema", "http://schema.org/");
  /** claimtrail's terms for what neither schema.org nor PROV-O has: positions toward claims, "said on". */
  static final Namespace CLAIMTRAIL = Values.namespace("ct", "urn:claimtrail:vocab:");
  /** The prefixes declared by the Turtle and JSON-LD output, in this order. */
  static final List<Namespace> PREFIXES = List.of(SCHEMA, PROV.NS, XSD.NS, CLAIMTRAIL);

  static final IRI QUOTATION = schema("Quotation");
  static final IRI CLAIM = schema("Claim");
  static final IRI CLAIM_REVIEW = schema("ClaimReview");
  static final IRI RATING = schema("Rating");
  static final IRI PERSON = schema("Person");
  static final IRI ORGANIZATION = schema("Organization");
  static final IRI GOVERNMENT_ORGANIZATION = schema("GovernmentOrganization");
  static final IRI COUNTRY = schema("Country");
  static final IRI CREATIVE_WORK = schema("CreativeWork");
  static final IRI NEWS_ARTICLE = schema("NewsArticle");
  static final IRI SOCIAL_MEDIA_POSTING = schema("SocialMediaPosting");
  static final IRI VIDEO_OBJECT = schema("VideoObject");

  static final IRI NAME = schema("name");
  static final IRI ALTERNATE_NAME = schema("alternateName");
  static final IRI IDENTIFIER = schema("identifier");
  static final IRI SAME_AS = schema("sameAs");
  static final IRI JOB_TITLE = schema("jobTitle");
  static final IRI AFFILIATION = schema("affiliation");
  static final IRI TEXT = schema("text");
  static final IRI IN_LANGUAGE = schema("inLanguage");
  static final IRI SPOKEN_BY_CHARACTER = schema("spokenByCharacter");
  static final IRI CREATOR = schema("creator");
  static final IRI DATE_CREATED = schema("dateCreated");
  static final IRI IS_PART_OF = schema("isPartOf");
  static final IRI HEADLINE = schema("headline");
  static final IRI URL = schema("url");
  static final IRI DATE_PUBLISHED = schema("datePublished");
  static final IRI SHA256 = schema("sha256");
  static final IRI PUBLISHER = schema("publisher");
  static final IRI IS_BASED_ON = schema("isBasedOn");
  static final IRI CITATION = schema("citation");
  static final IRI APPEARANCE = schema("appearance");
  static final IRI ITEM_REVIEWED = schema("itemReviewed");
  static final IRI AUTHOR = schema("author");
  static final IRI REVIEW_RATING = schema("reviewRating");
  static final IRI RATING_VALUE = schema("ratingValue");
  static final IRI BEST_RATING = schema("bestRating");
  static final IRI WORST_RATING = schema("worstRating");

  static final IRI ASSERTS = claimtrail("asserts");
  static final IRI DENIES = claimtrail("denies");
  static final IRI CONFIRMS = claimtrail("confirms");
  static final IRI DISPUTES = claimtrail("disputes");
  static final IRI SAID_ON = claimtrail("saidOn");

  private Vocabulary() {}

  private static IRI schema(String localName) {
    return Values.iri(SCHEMA, localName);
  }

  private static IRI claimtrail(String localName) {
    return Values.iri(CLAIMTRAIL, localName);
  }
}

package dev.claimtrail.graph.export;

import static dev.claimtrail.graph.export.Vocabulary.*;

import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.graph.Edge;
import dev.claimtrail.graph.Node;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimReview;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.RecordId;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * The triples that {@link JsonLdWriter} and {@link TurtleWriter} both write: each node of an {@link
 * AttributionGraph} becomes a resource typed with schema.org and PROV-O classes and carrying its
 * record's fields, each edge one or more triples between those resources. The model iterates subject
 * by subject, in graph order.
 */
final class ProvModel {
  /**
   * Values are made without RDF4J's validation of literals, which follows XSD 1.0 and so rejects the
   * year 0000 that XSD 1.1 (the version RDF 1.1 uses) and ISO 8601 allow, as partial dates do.
   */
  private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
  private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q[1-9][0-9]*");

  private final Ledger ledger;
  private final RecordIris iris;
  private final Map<Resource, List<org.eclipse.rdf4j.model.Statement>> bySubject = new LinkedHashMap<>();

  private ProvModel(Ledger ledger, RecordIris iris) {
    this.ledger = ledger;
    this.iris = iris;
  }

  /** The triples of {@code graph}, with record IRIs from {@code iris}. */
  static Model of(AttributionGraph graph, RecordIris iris) {
    ProvModel prov = new ProvModel(graph.ledger(), iris);
    graph.nodes().forEach(prov::node);
    graph.edges().forEach(prov::edge);
    Model model = new LinkedHashModel();
    PREFIXES.forEach(model::setNamespace);
    prov.bySubject.values().forEach(model::addAll);
    return model;
  }

  private void node(Node node) {
    switch (node.kind()) {
      case SPEAKER:
        speaker(ledger.speaker(SpeakerId.of(node.id())).orElseThrow());
        break;
      case OUTLET:
        outlet(ledger.outlet(OutletId.of(node.id())).orElseThrow());
        break;
      case DOCUMENT:
        document(ledger.document(DocumentId.of(node.id())).orElseThrow());
        break;
      case STATEMENT:
        statement(ledger.statement(StatementId.of(node.id())).orElseThrow());
        break;
      case CLAIM:
        claim(ledger.claim(ClaimId.of(node.id())).orElseThrow());
        break;
    }
  }

  private void speaker(Speaker s) {
    IRI id = iri(s.id());
    add(id, RDF.TYPE, PROV.AGENT);
    speakerClass(s.kind()).ifPresent(type -> add(id, RDF.TYPE, type));
    add(id, NAME, text(s.name()));
    s.aliases().forEach(alias -> add(id, ALTERNATE_NAME, text(alias)));
    s.roles().stream().map(Role::title).distinct().forEach(title -> add(id, JOB_TITLE, text(title)));
    externalIds(id, s.externalIds());
  }

  private static Optional<IRI> speakerClass(Speaker.Kind kind) {
    switch (kind) {
      case PERSON:
        return Optional.of(PERSON);
      case GOVERNMENT:
        return Optional.of(GOVERNMENT_ORGANIZATION);
      case COUNTRY:
        return Optional.of(COUNTRY);
      case ANONYMOUS:
      case UNKNOWN:
        return Optional.empty();
      default:
        return Optional.of(ORGANIZATION);
    }
  }

  private void outlet(Outlet s) {
    IRI id = iri(s.id());
    add(id, RDF.TYPE, PROV.AGENT);
    add(id, RDF.TYPE, ORGANIZATION);
    add(id, NAME, text(s.name()));
    s.aliases().forEach(alias -> add(id, ALTERNATE_NAME, text(alias)));
    externalIds(id, s.externalIds());
  }

  private void externalIds(IRI id, Map<String, String> externalIds) {
    externalIds.forEach((dataset, value) -> {
      add(id, IDENTIFIER, text(dataset + ":" + value));
      if (dataset.equalsIgnoreCase("wikidata") && WIKIDATA_ITEM.matcher(value).matches()) {
        add(id, SAME_AS, VALUES.createIRI("http://www.wikidata.org/entity/" + value));
      }
    });
  }

  private void document(Document d) {
    IRI id = iri(d.id());
    add(id, RDF.TYPE, PROV.ENTITY);
    add(id, RDF.TYPE, documentClass(d.kind()));
    d.title().ifPresent(title -> add(id, HEADLINE, text(title)));
    d.url().ifPresent(url -> add(id, URL, text(url)));
    d.published().ifPresent(date -> {
      add(id, DATE_PUBLISHED, date(date));
      if (date.precision() == PartialDate.Precision.MINUTE) {
        add(id, PROV.GENERATED_AT_TIME, date(date));
      }
    });
    d.language().ifPresent(language -> add(id, IN_LANGUAGE, text(language)));
    d.contentHash().ifPresent(hash -> add(id, SHA256, text(hash)));
  }

  private static IRI documentClass(Document.Kind kind) {
    switch (kind) {
      case ARTICLE:
        return NEWS_ARTICLE;
      case POST:
        return SOCIAL_MEDIA_POSTING;
      case VIDEO:
        return VIDEO_OBJECT;
      default:
        return CREATIVE_WORK;
    }
  }

  private void statement(Statement s) {
    IRI id = iri(s.id());
    add(id, RDF.TYPE, PROV.ENTITY);
    add(id, RDF.TYPE, QUOTATION);
    add(id, TEXT, text(s.text()));
    s.language().ifPresent(language -> add(id, IN_LANGUAGE, text(language)));
  }

  private void claim(Claim c) {
    IRI id = iri(c.id());
    add(id, RDF.TYPE, PROV.ENTITY);
    add(id, RDF.TYPE, CLAIM);
    add(id, TEXT, text(c.text()));
    for (int i = 0; i < c.reviews().size(); i++) {
      review(id, VALUES.createIRI(id.stringValue() + "/review/" + (i + 1)), c.reviews().get(i));
    }
  }

  private void review(IRI claim, IRI id, ClaimReview r) {
    add(id, RDF.TYPE, CLAIM_REVIEW);
    add(id, ITEM_REVIEWED, claim);
    if (r.reviewerSource().isPresent()) {
      add(id, AUTHOR, iri(r.reviewerSource().get()));
    } else {
      IRI author = VALUES.createIRI(id.stringValue() + "/author");
      add(id, AUTHOR, author);
      add(author, RDF.TYPE, ORGANIZATION);
      add(author, NAME, text(r.reviewer()));
    }
    IRI rating = VALUES.createIRI(id.stringValue() + "/rating");
    add(id, REVIEW_RATING, rating);
    add(rating, RDF.TYPE, RATING);
    add(rating, ALTERNATE_NAME, text(r.rating()));
    r.ratingValue().ifPresent(v -> add(rating, RATING_VALUE, integer(v)));
    r.bestRating().ifPresent(v -> add(rating, BEST_RATING, integer(v)));
    r.worstRating().ifPresent(v -> add(rating, WORST_RATING, integer(v)));
    r.date().ifPresent(date -> add(id, DATE_PUBLISHED, date(date)));
    r.url().ifPresent(url -> add(id, URL, text(url)));
  }

  private void edge(Edge edge) {
    IRI from = nodeIri(edge.source());
    IRI to = nodeIri(edge.target());
    switch (edge.kind()) {
      case SAID:
        add(to, PROV.WAS_ATTRIBUTED_TO, from);
        add(to, SPOKEN_BY_CHARACTER, from);
        add(to, CREATOR, from);
        attributions(edge).forEach(a -> a.said().map(TimeReference::date)
            .ifPresent(date -> add(to, DATE_CREATED, date(date))));
        break;
      case REPORTED_IN:
        add(from, IS_PART_OF, to);
        attributions(edge).forEach(a -> add(to, a.isSecondHand() ? PROV.WAS_DERIVED_FROM : PROV.HAD_PRIMARY_SOURCE, from));
        break;
      case PUBLISHED_BY:
        add(from, PUBLISHER, to);
        add(from, PROV.WAS_ATTRIBUTED_TO, to);
        break;
      case VIA:
        add(from, PROV.WAS_QUOTED_FROM, to);
        break;
      case ASSERTS:
      case DENIES:
      case CONFIRMS:
      case DISPUTES:
        add(from, stance(edge), to);
        add(to, APPEARANCE, from);
        break;
      case CITES:
        add(from, IS_BASED_ON, to);
        break;
      case LINKS_TO:
        add(from, CITATION, to);
        break;
      case SAID_ON:
        add(from, Vocabulary.SAID_ON, to);
        break;
      case AFFILIATED_WITH:
        add(from, AFFILIATION, to);
        break;
      case SPEAKS_AS:
        add(from, PROV.ACTED_ON_BEHALF_OF, to);
        break;
      case REVIEWED_BY:
        // The claim's reviews name their authors.
        break;
    }
  }

  private static IRI stance(Edge edge) {
    switch (edge.kind()) {
      case ASSERTS:
        return ASSERTS;
      case DENIES:
        return DENIES;
      case CONFIRMS:
        return CONFIRMS;
      default:
        return DISPUTES;
    }
  }

  private List<Attribution> attributions(Edge edge) {
    List<Attribution> out = new ArrayList<>();
    for (AttributionId id : edge.attributions()) {
      ledger.attribution(id).ifPresent(out::add);
    }
    return out;
  }

  private IRI nodeIri(Node node) {
    return VALUES.createIRI(iris.of(node.kind(), node.id()));
  }

  private IRI iri(RecordId id) {
    return VALUES.createIRI(iris.of(id));
  }

  private static Literal integer(int value) {
    return VALUES.createLiteral(Integer.toString(value), XSD.INTEGER);
  }

  private static Literal text(String value) {
    return VALUES.createLiteral(ExportText.wellFormed(value));
  }

  /** A partial date as the XSD type of its precision: gYear, gYearMonth, date or dateTime. */
  private static Literal date(PartialDate date) {
    switch (date.precision()) {
      case YEAR:
        return VALUES.createLiteral(date.toString(), XSD.GYEAR);
      case MONTH:
        return VALUES.createLiteral(date.toString(), XSD.GYEARMONTH);
      case DAY:
        return VALUES.createLiteral(date.toString(), XSD.DATE);
      default:
        return VALUES.createLiteral(date + ":00", XSD.DATETIME);
    }
  }

  private void add(Resource subject, IRI predicate, Value object) {
    bySubject.computeIfAbsent(subject, s -> new ArrayList<>())
        .add(VALUES.createStatement(subject, predicate, object));
  }
}

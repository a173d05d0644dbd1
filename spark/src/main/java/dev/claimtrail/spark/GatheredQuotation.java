package dev.claimtrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the occurrences of one quotation in Quotebank's article-centric files into the line the
 * quotation-centric files give it, as Quotebank aggregates them: the longest form of its text, the
 * earliest date of its articles, their URLs by date (then URL, each once), the earliest phase, and
 * the global speaker, probabilities and Wikidata ids its occurrences share. The line is then
 * imported as any quotation-centric line; it is placed, and its problems reported, at its first
 * occurrence (the first article holding it, in input order). Rows in: {@link
 * ArticleQuotations#OCCURRENCE} with the article's {@code source}, {@code line} and {@code order};
 * row out: {@link NumberedLines#SCHEMA}, whose {@code order} is the quotation's place.
 */
final class GatheredQuotation implements MapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Row call(String quoteId, Iterator<Row> rows) {
    List<Row> occurrences = new ArrayList<>();
    rows.forEachRemaining(occurrences::add);
    occurrences.sort(Comparator.<Row>comparingLong(r -> r.getAs("order")).thenComparingInt(r -> r.getAs("place")));
    Row first = occurrences.get(0);
    String quotation = occurrences.stream().map(r -> r.<String>getAs("quotation"))
        .reduce((longest, next) -> next.length() > longest.length() ? next : longest).orElseThrow();
    String date = occurrences.stream().map(r -> r.<String>getAs("date")).min(Comparator.naturalOrder()).orElseThrow();
    @Nullable String phase = occurrences.stream().map(r -> r.<String>getAs("phase")).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    List<Row> byDate = new ArrayList<>(occurrences);
    byDate.sort(Comparator.<Row, String>comparing(r -> r.getAs("date")).thenComparing(r -> r.<String>getAs("url")));
    Set<String> urls = new LinkedHashSet<>();
    byDate.forEach(r -> urls.add(r.getAs("url")));

    ObjectMapper json = new ObjectMapper();
    ObjectNode line = json.createObjectNode()
        .put("quoteID", quoteId)
        .put("quotation", quotation)
        .put("speaker", first.<String>getAs("speaker"));
    if (first.getAs("qids") != null) {
      line.set("qids", parse(json, first.getAs("qids")));
    }
    line.put("date", date);
    if (first.getAs("occurrences") != null) {
      line.set("numOccurrences", parse(json, first.getAs("occurrences")));
    }
    ArrayNode probas = line.putArray("probas");
    for (Row candidate : first.<Row>getList(first.fieldIndex("probas"))) {
      probas.addArray().add(candidate.<String>getAs("speaker")).add(parse(json, candidate.getAs("proba")));
    }
    ArrayNode found = line.putArray("urls");
    urls.forEach(found::add);
    if (phase != null) {
      line.put("phase", phase);
    }
    long place = QuotationImport.placeOf(first.getAs("order"), first.<Integer>getAs("place"));
    return RowFactory.create(first.getAs("source"), first.getAs("line"), place, line.toString());
  }

  /** A value the article parser kept as JSON text, which it parsed once already. */
  private static JsonNode parse(ObjectMapper json, String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

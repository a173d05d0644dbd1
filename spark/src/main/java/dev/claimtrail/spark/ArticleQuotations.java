package dev.claimtrail.spark;

import static dev.claimtrail.spark.ValueTypes.STRINGS;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Iterators;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.io.imports.WebOutlets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of Quotebank's article-centric files: one article per line, an object with the
 * article's {@code url}, {@code date} and optional {@code phase}, and its {@code quotations}, each
 * with {@code quoteID}, {@code quotation}, {@code globalTopSpeaker}, {@code globalProbas} (objects
 * with {@code speaker}, {@code proba} and optional {@code qids}) and optional {@code
 * numOccurrences}. Other fields (the article's text, title, names; a quotation's offsets and local
 * probabilities) are left aside. Each article gives a row in {@link #RESULT}: its quotations, or
 * the problem that makes the line unreadable (not JSON, a required field missing or of the wrong
 * kind, a URL without a host name), named by field. Values checked by the quotation-centric mapping
 * (probabilities, Wikidata ids, dates, counts) are kept as their JSON text for it.
 */
final class ArticleQuotations implements MapPartitionsFunction<Row, Row> {
  /** One quotation as found in one article. */
  static final StructType OCCURRENCE = struct(
      required("quote_id", StringType), required("place", IntegerType), required("quotation", StringType),
      required("speaker", StringType), optional("qids", StringType),
      required("probas", DataTypes.createArrayType(struct(required("speaker", StringType),
          required("proba", StringType)), false)),
      optional("occurrences", StringType), required("url", StringType), required("date", StringType),
      optional("phase", StringType));
  /** What one line gives: where it was read, its quotations, and its problem or null. */
  static final StructType RESULT = struct(required("source", StringType), required("line", LongType),
      required("order", LongType), required("quotations", DataTypes.createArrayType(OCCURRENCE, false)),
      optional("failure", QuotationImport.PROBLEM));

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(Iterator<Row> lines) {
    ObjectMapper json = new ObjectMapper(ReadLimits.defaults().jsonFactory());
    return Iterators.transform(lines, line -> gathered(json, line));
  }

  /** The quotations of one article line, or the failure that stops them. */
  private static Row gathered(ObjectMapper json, Row line) {
    String source = line.getAs("source");
    long number = line.getAs("line");
    List<Row> quotations = List.of();
    Row failure = null;
    try {
      quotations = quotations(source, number, json.readTree(line.<String>getAs("text")));
    } catch (LedgerFormatException e) {
      failure = RowFactory.create(null, e.fieldPath().orElse(null), e.reason());
    } catch (JacksonException e) {
      LedgerFormatException problem = LedgerFormatException.of(source, e);
      failure = RowFactory.create(problem.column().isPresent() ? problem.column().getAsLong() : null,
          problem.fieldPath().orElse(null), problem.reason());
    }
    return ScalaRows.of(RESULT, RowFactory.create(source, number, line.getAs("order"), quotations, failure));
  }

  /** The quotations of an article; none for a blank line. */
  private static List<Row> quotations(String source, long line, @Nullable JsonNode article) {
    if (article == null || article.isMissingNode()) {
      return List.of();
    }
    Fields fields = new Fields(source, line);
    fields.check(article.isObject(), "", "expected a JSON object for the article");
    String url = fields.text(article, "url", "url");
    fields.check(WebOutlets.domain(url).isPresent(), "url", "not an absolute http(s) URL with a host name: \"" + url + "\"");
    String date = fields.text(article, "date", "date");
    String phase = article.hasNonNull("phase") ? fields.text(article, "phase", "phase") : null;
    JsonNode quotations = article.path("quotations");
    fields.check(quotations.isArray(), "quotations", "expected an array of quotations");
    fields.check(quotations.size() <= QuotationImport.MAX_QUOTATIONS, "quotations",
        "more than " + QuotationImport.MAX_QUOTATIONS + " quotations in one article");
    List<Row> out = new ArrayList<>();
    for (int q = 0; q < quotations.size(); q++) {
      String at = "quotations[" + q + "]";
      JsonNode quotation = quotations.get(q);
      fields.check(quotation.isObject(), at, "expected an object for the quotation");
      String speaker = fields.text(quotation, "globalTopSpeaker", at + ".globalTopSpeaker");
      JsonNode probas = quotation.path("globalProbas");
      fields.check(probas.isArray() || probas.isMissingNode() || probas.isNull(), at + ".globalProbas", "expected an array");
      List<Row> candidates = new ArrayList<>();
      String qids = null;
      for (int p = 0; p < probas.size(); p++) {
        String entry = at + ".globalProbas[" + p + "]";
        JsonNode candidate = probas.get(p);
        fields.check(candidate.isObject(), entry, "expected an object with speaker and proba");
        String name = fields.text(candidate, "speaker", entry + ".speaker");
        fields.check(candidate.has("proba"), entry + ".proba", "required field is missing");
        candidates.add(RowFactory.create(name, candidate.get("proba").toString()));
        if (name.strip().equals(speaker.strip()) && candidate.hasNonNull("qids")) {
          qids = candidate.get("qids").toString();
        }
      }
      out.add(RowFactory.create(fields.text(quotation, "quoteID", at + ".quoteID"), q,
          fields.text(quotation, "quotation", at + ".quotation"), speaker, qids, candidates,
          quotation.hasNonNull("numOccurrences") ? quotation.get("numOccurrences").toString() : null,
          url, date, phase));
    }
    return out;
  }

  /** Checks the fields of one line, reporting a problem at the line and field. */
  private record Fields(String source, long line) {
    void check(boolean ok, String field, String reason) {
      if (!ok) {
        throw LedgerFormatException.atLine(source, line, field, reason);
      }
    }

    String text(JsonNode node, String name, String field) {
      JsonNode value = node.path(name);
      check(!value.isMissingNode() && !value.isNull(), field, "required field is missing");
      check(value.isTextual() && !value.asText().isBlank(), field, "expected a string that is not blank");
      return value.asText();
    }
  }
}

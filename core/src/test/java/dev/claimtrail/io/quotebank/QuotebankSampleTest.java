package dev.claimtrail.io.quotebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Imports the hand-written Quotebank sample and checks, line by line and field by field, that every
 * value of the input lands where docs/import.md says, reading the sample independently with
 * Jackson's tree model.
 */
class QuotebankSampleTest {
  static final Path SAMPLE = resource("/import/quotebank-sample.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter QUOTEBANK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static Path resource(String name) {
    try {
      return Path.of(QuotebankSampleTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyFieldOfEverySampleLineLandsInTheLedger() throws IOException {
    ImportResult result = Quotebank.read(SAMPLE, ImportOptions.strict());
    Ledger ledger = result.ledger();
    List<String> lines = Files.readAllLines(SAMPLE);
    assertEquals(lines.size(), result.imported());
    assertEquals(0, result.skipped());
    assertEquals(lines.size(), ledger.statements().size());

    Set<String> expectedDocuments = new LinkedHashSet<>();
    int expectedAttributions = 0;
    for (String line : lines) {
      JsonNode quote = JSON.readTree(line);
      String quoteId = quote.get("quoteID").asText();
      Statement statement = ledger.statement(LineImporter.statementId(quoteId)).orElseThrow();
      assertEquals(quote.get("quotation").asText(), statement.text(), quoteId);
      assertEquals(Statement.Kind.DIRECT_QUOTE, statement.kind());
      assertEquals("en", statement.language().orElseThrow());

      List<String> urls = new ArrayList<>(new LinkedHashSet<>(texts(quote.get("urls"))));
      List<Attribution> attributions = ledger.attributionsOf(statement.id());
      JsonNode probas = quote.get("probas");
      assertEquals(urls.size() * probas.size(), attributions.size(), quoteId);
      expectedAttributions += attributions.size();

      TimeReference said = TimeReference.of(PartialDate.of(
          LocalDateTime.parse(quote.get("date").asText(), QUOTEBANK_DATE)));
      String agent = quote.has("phase") ? "Quotebank phase " + quote.get("phase").asText() : "Quotebank";
      for (int u = 0; u < urls.size(); u++) {
        String url = urls.get(u);
        expectedDocuments.add(url);
        Document document = ledger.document(DocumentId.of(url)).orElseThrow();
        assertEquals(url, document.url().orElseThrow());
        String host = url.replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "").toLowerCase(Locale.ROOT);
        String domain = host.startsWith("www.") ? host.substring(4) : host;
        assertEquals(OutletId.of(domain), document.outlet().orElseThrow());
        Outlet outlet = ledger.outlet(OutletId.of(domain)).orElseThrow();
        assertEquals(List.of(domain), outlet.domains());
        for (int c = 0; c < probas.size(); c++) {
          String candidate = probas.get(c).get(0).asText();
          double probability = probas.get(c).get(1).asDouble();
          Attribution attribution = ledger.attribution(LineImporter.attributionId(quoteId, u + 1, c + 1))
              .orElseThrow();
          assertEquals(statement.id(), attribution.statement());
          assertEquals(DocumentId.of(url), attribution.document());
          assertEquals(LineImporter.speakerId(candidate), attribution.speaker());
          assertEquals(said, attribution.said().orElseThrow());
          assertEquals(Provenance.Method.IMPORTED, attribution.provenance().method());
          assertEquals(agent, attribution.provenance().agent());
          assertEquals(probability, attribution.provenance().confidence().orElseThrow(), 1e-12);
          Speaker speaker = ledger.speaker(attribution.speaker()).orElseThrow();
          if (candidate.equals("None")) {
            assertEquals(Speaker.Kind.ANONYMOUS, speaker.kind());
            assertEquals("unknown speaker", speaker.name());
          } else {
            assertEquals(candidate, speaker.name());
            assertEquals(Speaker.Kind.PERSON, speaker.kind());
          }
        }
      }
      String speakerName = quote.get("speaker").asText();
      assertEquals(speakerName, probas.get(0).get(0).asText(), "the sample's speaker is its top candidate");
      Speaker speaker = ledger.speaker(LineImporter.speakerId(speakerName)).orElseThrow();
      Set<String> known = wikidataIds(speaker);
      assertTrue(known.containsAll(quote.has("qids") ? texts(quote.get("qids")) : List.of()), quoteId);
      if (quote.has("numOccurrences")) {
        assertTrue(quote.get("numOccurrences").asInt() >= urls.size(), quoteId);
      }
    }
    assertEquals(expectedAttributions, ledger.attributions().size());
    assertEquals(expectedDocuments.size(), ledger.documents().size());
  }

  @Test
  void wikidataIdsOfASpeakerAreGatheredOverEveryLineThatNamesIt() {
    Ledger ledger = Quotebank.read(SAMPLE);
    Speaker one = ledger.speaker(LineImporter.speakerId("Amara Okafor")).orElseThrow();
    assertEquals("Q90000101", one.externalIds().get(LineImporter.WIKIDATA));
    assertFalse(one.externalIds().containsKey(LineImporter.WIKIDATA_CANDIDATES));

    Speaker homonyms = ledger.speaker(LineImporter.speakerId("John Smith")).orElseThrow();
    assertFalse(homonyms.externalIds().containsKey(LineImporter.WIKIDATA));
    assertEquals("Q90000301 Q90000302 Q90000303 Q90000304",
        homonyms.externalIds().get(LineImporter.WIKIDATA_CANDIDATES));

    Speaker late = ledger.speaker(LineImporter.speakerId("Ngozi Eze")).orElseThrow();
    assertEquals("Q90000501", late.externalIds().get(LineImporter.WIKIDATA),
        "a speaker first seen without ids gains them when a later line names it as its speaker");

    Speaker noIds = ledger.speaker(LineImporter.speakerId("José Álvarez Núñez")).orElseThrow();
    assertTrue(noIds.externalIds().isEmpty());
  }

  @Test
  void aQuotationWithoutAKnownSpeakerKeepsItsDocumentsThroughTheUnknownSpeaker() {
    Ledger ledger = Quotebank.read(SAMPLE);
    Statement unclaimed = ledger.statement(LineImporter.statementId("2019-03-12-000003")).orElseThrow();
    List<Attribution> attributions = ledger.attributionsOf(unclaimed.id());
    assertEquals(1, attributions.size());
    assertEquals(LineImporter.speakerId("None"), attributions.get(0).speaker());
    assertEquals(1.0, attributions.get(0).provenance().confidence().orElseThrow());
    assertEquals(DocumentId.of("https://www.portcitynews.example/2019/03/false"), attributions.get(0).document());
  }

  @Test
  void outletsAreTheHostsOfTheUrlsWithoutWww() {
    Ledger ledger = Quotebank.read(SAMPLE);
    Set<String> domains = new TreeSet<>();
    ledger.outlets().forEach(s -> domains.add(s.id().value()));
    assertEquals(new TreeSet<>(List.of("asiadesk.example", "bosphorusherald.example", "coastaldaily.example",
        "francophone.example", "nordicwire.example", "portcitynews.example", "regional.tv.example")), domains);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Set<String> wikidataIds(Speaker speaker) {
    Set<String> out = new TreeSet<>();
    String one = speaker.externalIds().get(LineImporter.WIKIDATA);
    if (one != null) {
      out.add(one);
    }
    String several = speaker.externalIds().get(LineImporter.WIKIDATA_CANDIDATES);
    if (several != null) {
      out.addAll(List.of(several.split(" ")));
    }
    return out;
  }
}

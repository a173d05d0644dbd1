package dev.claimtrail.io.quotebank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.imports.ImportResult;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Statement;
import dev.claimtrail.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated Quotebank lines import into the records they describe, and mutated or truncated
 * samples import, fail with {@link LedgerFormatException}, or are skipped and reported line by
 * line — never another exception, and never a line lost without a trace.
 */
class QuotebankPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static byte[] sample;
  private static Path report;

  @BeforeContainer
  static void readSample() throws IOException {
    sample = Files.readAllBytes(QuotebankSampleTest.SAMPLE);
    report = Files.createTempFile("quotebank-report", ".tsv");
  }

  @AfterContainer
  static void deleteReport() throws IOException {
    Files.deleteIfExists(report);
  }

  /** A quotation as the property generates it; {@code probabilities} are keyed by speaker name. */
  record Quote(String id, String text, String speaker, List<String> qids, LocalDateTime date,
      Map<String, Double> probabilities, List<String> urls, Optional<String> phase) {}

  @Property(tries = 100)
  void generatedLinesImportIntoTheRecordsTheyDescribe(@ForAll("quotes") List<Quote> quotes) {
    StringBuilder input = new StringBuilder();
    quotes.forEach(q -> input.append(line(q)).append('\n'));
    ImportResult result = Quotebank.read(
        new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "generated",
        ImportOptions.strict());
    Ledger ledger = result.ledger();
    assertEquals(quotes.size(), result.imported());
    assertEquals(quotes.size(), ledger.statements().size());
    for (Quote q : quotes) {
      Statement statement = ledger.statement(LineImporter.statementId(q.id())).orElseThrow();
      assertEquals(q.text(), statement.text());
      Set<List<Object>> expected = new HashSet<>();
      for (String url : q.urls()) {
        q.probabilities().forEach((name, p) -> expected.add(List.of(name, url, p)));
      }
      Set<List<Object>> actual = new HashSet<>();
      for (Attribution a : ledger.attributionsOf(statement.id())) {
        String name = ledger.speaker(a.speaker()).orElseThrow().name();
        actual.add(List.of(name.equals("unknown speaker") ? "None" : name, a.document().value(),
            a.provenance().confidence().orElseThrow()));
        assertEquals(PartialDate.of(q.date()), a.said().orElseThrow().date());
        assertEquals(q.phase().map(p -> "Quotebank phase " + p).orElse("Quotebank"), a.provenance().agent());
      }
      assertEquals(expected, actual);
      if (!q.speaker().equals("None")) {
        Map<String, String> ids = ledger.speaker(LineImporter.speakerId(q.speaker())).orElseThrow().externalIds();
        quotes.stream().filter(other -> other.speaker().equals(q.speaker())).flatMap(other -> other.qids().stream())
            .forEach(qid -> assertEquals(true,
                List.of(ids.getOrDefault(LineImporter.WIKIDATA, ids.getOrDefault(LineImporter.WIKIDATA_CANDIDATES, ""))
                    .split(" ")).contains(qid), qid));
      }
    }
  }

  @Property(tries = 300)
  void mutatedSamplesImportOrFailWithTheDocumentedException(@ForAll("mutatedSamples") byte[] input) {
    try {
      Quotebank.read(new ByteArrayInputStream(input), "mutated", ImportOptions.strict());
    } catch (LedgerFormatException expected) {
      assertEquals("mutated", expected.source());
    }
  }

  @Property(tries = 150)
  void skipAndReportAccountsForEveryNonBlankLine(@ForAll("mutatedSamples") byte[] input) throws IOException {
    ImportResult result = Quotebank.read(new ByteArrayInputStream(input), "mutated",
        ImportOptions.skipAndReport(report));
    assertEquals(nonBlankLines(input), result.imported() + result.skipped());
    assertEquals(result.skipped() + 1, Files.readAllLines(report).size());
    assertEquals(result.imported(), result.ledger().statements().size());
  }

  @Provide
  Arbitrary<List<Quote>> quotes() {
    return quote().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Quote::id);
  }

  @Provide
  Arbitrary<byte[]> mutatedSamples() {
    return Generators.damaged(List.of(sample), SNIPPETS, 8);
  }


  private static final List<String> SNIPPETS = List.of(
      "{", "}", "[", "]", "\"", ",", ":", "\n", "\r", "null", "true", "-1", "1e999", "0.5", "\"None\"",
      "\\u0000", "\\ud800", "\u00ff", "\ufeff", "😀", "[".repeat(2000), "\"x\":1,", "\"urls\":[],",
      "\"date\":\"2020-13-45 99:99:99\",", "\"probas\":[[\"None\",2]],", "9".repeat(40), " ");



  /** Lines that are not blank once decoded; a line that is not UTF-8 counts as not blank. */
  private static long nonBlankLines(byte[] input) {
    long count = 0;
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (i == input.length && start == i) {
          break;
        }
        int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
        int from = start == 0 && end >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
            && (input[2] & 0xFF) == 0xBF ? 3 : start;
        try {
          String line = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input, from, end - from)).toString();
          if (!line.isBlank()) {
            count++;
          }
        } catch (CharacterCodingException e) {
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }

  private static Arbitrary<Quote> quote() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('0', '9').withChars('-').ofMinLength(4)
        .ofMaxLength(17).filter(s -> !s.isBlank());
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("Ada Obi", "Lin Wei", "Élodie Brun", "None"),
        Generators.labels().map(String::strip).filter(s -> !s.isEmpty() && wellFormed(s)));
    Arbitrary<Map<String, Double>> probabilities = Combinators.combine(
            names.list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            Arbitraries.doubles().between(0, 1).list().ofSize(4))
        .as((n, p) -> {
          Map<String, Double> out = new LinkedHashMap<>();
          for (int i = 0; i < n.size(); i++) {
            out.put(n.get(i), p.get(i));
          }
          return out;
        });
    Arbitrary<List<String>> urls = Combinators.combine(Generators.domains(),
            Arbitraries.strings().alpha().numeric().withChars('/', '?', '=', '%', 'é').ofMaxLength(12))
        .as((domain, path) -> "https://" + domain + "/" + path)
        .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<LocalDateTime> dates = Arbitraries.integers().between(0, 365 * 20)
        .flatMap(day -> Arbitraries.integers().between(0, 24 * 60 - 1)
            .map(minute -> LocalDateTime.of(2005, 1, 1, 0, 0).plusDays(day).plusMinutes(minute)));
    Arbitrary<List<String>> qids = Arbitraries.integers().between(1, 99_999_999).map(n -> "Q" + n)
        .list().ofMaxSize(3).uniqueElements();
    return Combinators.combine(ids, Generators.quoteTexts().filter(QuotebankPropertiesTest::wellFormed),
            probabilities, qids, dates, urls, Arbitraries.of("A", "B", "C", "D", "E").optional())
        .as((id, text, probas, q, date, u, phase) -> {
          String speaker = probas.keySet().iterator().next();
          return new Quote(id, text, speaker, speaker.equals("None") ? List.of() : q, date, probas, u, phase);
        });
  }

  /** Whether {@code text} has no lone surrogate, so that it survives UTF-8 as Quotebank's text does. */
  private static boolean wellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  private static String line(Quote q) {
    ObjectNode node = JSON.createObjectNode();
    node.put("quoteID", q.id());
    node.put("quotation", q.text());
    node.put("speaker", q.speaker());
    ArrayNode qids = node.putArray("qids");
    q.qids().forEach(qids::add);
    node.put("date", q.date().toString().replace('T', ' ') + (q.date().getSecond() == 0 ? ":00" : ""));
    node.put("numOccurrences", q.urls().size());
    ArrayNode probas = node.putArray("probas");
    q.probabilities().forEach((name, p) -> probas.addArray().add(name).add(Double.toString(p)));
    ArrayNode urls = node.putArray("urls");
    q.urls().forEach(urls::add);
    q.phase().ifPresent(p -> node.put("phase", p));
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

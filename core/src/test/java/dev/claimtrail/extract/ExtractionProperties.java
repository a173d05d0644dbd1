package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExtractionProperties {
  private static final String[] PIECES = {"\"", "“", "”", "'", " ", "\n", "\n\n", ",", ".", ":",
    " said", " told reporters", " he", " She", " Minister Ana Ruiz", " the minister", " officials",
    " according to", " Moscow", " on Aug. 18", " last month", " reportedly", " that", " We", " win",
    " [the]", " …", " Daily News", " noted", " in an interview with", " – who"};

  @Provide
  Arbitrary<String> newsLikeText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Property(tries = 200)
  void evidenceSpansSliceTheTextAndStatementsKeepPrintedWords(@ForAll("newsLikeText") String text) {
    Ledger ledger = Extractor.standard().extract(text);
    ledger.attributions().forEach(a -> {
      a.evidence().forEach(span -> assertTrue(span.slices(text), span.toString()));
      String statement = ledger.statement(a.statement()).orElseThrow().text();
      a.evidence().forEach(span -> assertTrue(statement.contains(span.exact())));
    });
  }

  @Property(tries = 100)
  void extractionIsDeterministic(@ForAll("newsLikeText") String text) {
    Ledger first = Extractor.standard().extract(text);
    Ledger second = Extractor.standard().extract(text);
    assertEquals(first.attributions(), second.attributions());
    assertEquals(first.speakers(), second.speakers());
  }
}

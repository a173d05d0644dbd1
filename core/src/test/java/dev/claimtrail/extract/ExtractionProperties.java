package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of extraction over news-like text, mutated gold articles and arbitrary strings: no
 * exception but the documented refusal of a text above the limit (on news-like text not even from a
 * candidate the standard extractor would skip), evidence spans that slice the text exactly,
 * statements that keep the printed words, and the same ledger for the same text.
 */
class ExtractionProperties {
  private static final String[] PIECES = {"\"", "“", "”", "'", " ", "\n", "\n\n", ",", ".", ":",
    " said", " told reporters", " he", " She", " Minister Ana Ruiz", " the minister", " officials",
    " according to", " Moscow", " on Aug. 18", " last month", " reportedly", " that", " We", " win",
    " [the]", " …", " Daily News", " noted", " in an interview with", " – who", ", adding that",
    " and urged", " who asked not to be named", ", while", " familiar with the matter", " quoted",
    " as saying", " Dr.", " St.", " &", " her office", " them"};
  private static final String[] INSERTIONS = {"\"", "“", "”", "„", "«", "»", "‘", "’", "\n", "\n\n",
    ",", ".", " said ", " told ", ", she said, ", " according to ", " that ", "…", "—", " on Thursday ",
    " in June ", "\u0000", "\uD83D\uDE00", "\t", " the minister ", " which "};
  private static final List<String> GOLD_TEXTS = goldTexts();

  private static List<String> goldTexts() {
    try (Stream<Path> files = Files.list(Path.of(ExtractionProperties.class.getResource("/gold").toURI()))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
        try {
          return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Articles built from the sentences reporters write; see {@link NewsTextGenerators}. */
  @Provide
  Arbitrary<String> newsLikeText() {
    return NewsTextGenerators.articles();
  }

  /** Words, marks and breaks of news text strung together in any order. */
  @Provide
  Arbitrary<String> shuffledNewsPieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  /** A gold article with up to a dozen edits: insertions of marks and words, cuts, repeats. */
  @Provide
  Arbitrary<String> mutatedGoldText() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 400),
        Arbitraries.of(INSERTIONS)).as(Edit::new);
    return Combinators.combine(Arbitraries.of(GOLD_TEXTS), edit.list().ofMaxSize(12))
        .as((text, edits) -> {
          String mutated = text;
          for (Edit e : edits) {
            mutated = e.applyTo(mutated);
          }
          return mutated;
        });
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(newsLikeText(), shuffledNewsPieces(), mutatedGoldText(),
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("\"“”„«»‘’'.,:;!?—– \n").ofMaxLength(300));
  }

  /** One edit of a text: 0 inserts {@code piece}, 1 cuts {@code length} characters, 2 repeats them. */
  private record Edit(int kind, double where, int length, String piece) {
    String applyTo(String text) {
      int at = (int) (where * text.length());
      int end = Math.min(text.length(), at + length);
      switch (kind) {
        case 0:
          return text.substring(0, at) + piece + text.substring(at);
        case 1:
          return text.substring(0, at) + text.substring(end);
        default:
          return text.substring(0, end) + text.substring(at);
      }
    }
  }

  private static void assertEvidenceSlicesText(String text, Ledger ledger) {
    ledger.attributions().forEach(a -> a.evidence().forEach(span -> {
      assertTrue(span.slices(text), span.toString());
      assertEquals(text.substring(span.start(), span.end()), span.exact());
    }));
  }

  @Property(tries = 400)
  void strictExtractionNeverThrowsOnNewsLikeText(@ForAll("newsLikeText") String text) {
    assertEquals(1, Extractor.standard().strict().extract(text).documents().size());
  }

  @Property(tries = 400)
  void evidenceSpansOfNewsLikeTextSliceIt(@ForAll("newsLikeText") String text) {
    assertEvidenceSlicesText(text, Extractor.standard().extract(text));
  }

  @Property(tries = 300)
  void evidenceSpansSliceTheTextAndStatementsKeepPrintedWords(@ForAll("anyText") String text) {
    Ledger ledger = Extractor.standard().extract(text);
    assertEquals(1, ledger.documents().size());
    assertEvidenceSlicesText(text, ledger);
    ledger.attributions().forEach(a -> {
      String statement = ledger.statement(a.statement()).orElseThrow().text();
      a.evidence().forEach(span -> assertTrue(statement.contains(Tokens.collapseSpace(span.exact())),
          () -> "'" + statement + "' lacks evidence " + span));
    });
  }

  @Property(tries = 100)
  void extractionIsDeterministic(@ForAll("anyText") String text) {
    Ledger first = Extractor.standard().extract(text);
    Ledger second = Extractor.standard().extract(text);
    assertEquals(first.attributions(), second.attributions());
    assertEquals(first.statements(), second.statements());
    assertEquals(first.speakers(), second.speakers());
    assertEquals(first.outlets(), second.outlets());
  }

  @Property(tries = 100)
  void aTextAboveTheLimitIsRefusedAndOneWithinItIsNot(@ForAll("anyText") String text,
      @ForAll @IntRange(max = 400) int limit) {
    Extractor extractor = Extractor.standard().withMaxTextLength(limit);
    if (text.length() > limit) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.extract(text));
      assertTrue(e.getMessage().contains("limit of " + limit + " characters"), e::getMessage);
    } else {
      assertEquals(1, extractor.extract(text).documents().size());
    }
  }
}

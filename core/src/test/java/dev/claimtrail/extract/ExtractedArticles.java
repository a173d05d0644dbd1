package dev.claimtrail.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Extracts short example texts and finds their attributions by words, for the extractor's example tests. */
final class ExtractedArticles {
  /** The published date of every example text: a Friday. */
  static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 10);

  private ExtractedArticles() {}

  /** The ledger the standard extractor makes of {@code text}, published on {@link #PUBLISHED}. */
  static Ledger extract(String text) {
    return Extractor.standard().extract(text, ArticleMetadata.builder().published(PUBLISHED).build());
  }

  /** The one attribution whose statement text contains {@code words}; fails listing all otherwise. */
  static Attribution about(Ledger ledger, String words) {
    return only(ledger, "attributions of '" + words + "'", s -> s.text().contains(words));
  }

  /** The one attribution of kind {@code kind} whose statement text contains {@code words}. */
  static Attribution about(Ledger ledger, String words, Statement.Kind kind) {
    return only(ledger, kind + " attributions of '" + words + "'",
        s -> s.text().contains(words) && s.kind() == kind);
  }

  private static Attribution only(Ledger ledger, String what, Predicate<Statement> wanted) {
    List<Attribution> found = ledger.attributions().stream()
        .filter(a -> wanted.test(statement(ledger, a)))
        .collect(Collectors.toList());
    assertEquals(1, found.size(), () -> what + " in " + describe(ledger));
    return found.get(0);
  }

  static Statement statement(Ledger ledger, Attribution a) {
    return ledger.statement(a.statement()).orElseThrow();
  }

  static Speaker speaker(Ledger ledger, Attribution a) {
    return ledger.speaker(a.speaker()).orElseThrow();
  }

  /** One line per attribution: speaker, statement text and time said. */
  static String describe(Ledger ledger) {
    return ledger.attributions().stream()
        .map(a -> speaker(ledger, a).name() + ": " + statement(ledger, a).text() + " " + a.said())
        .collect(Collectors.joining("\n", "\n", ""));
  }
}

package dev.claimtrail.eval;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hand-annotated gold texts under {@code src/test/resources/gold}: each {@code NN-name.txt}
 * beside its gold ledger {@code NN-name.ledger.json}, which holds one document with that text; and
 * the seed article with its curated ledger from the project's {@code seeds} directory.
 */
final class GoldSet {
  /** One gold text and its ledger. */
  record Pair(String name, String text, Ledger ledger) {
    /** The document whose text is the pair's text. */
    Document document() {
      return ledger.documents().stream().filter(d -> d.text().equals(Optional.of(text))).findFirst()
          .orElseThrow(() -> new IllegalStateException(name + ": no document holds the text"));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The file name of the seed article without its extension. */
  static final String SEED = "000_3345cdc3c9b6cfd0";

  private GoldSet() {}

  /**
   * The seed article and its curated ledger, which also holds documents the article links to; the
   * pair's {@link Pair#document()} is the article.
   */
  static Pair seed() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path text = dir.resolve("seeds").resolve(SEED + ".txt");
      if (Files.isRegularFile(text)) {
        try {
          Ledger ledger = Ledger.load(text.resolveSibling(SEED + ".ledger.json"));
          return new Pair("seed", Files.readString(text, StandardCharsets.UTF_8), ledger);
        } catch (IOException e) {
          throw new UncheckedIOException(text.toString(), e);
        }
      }
    }
    throw new IllegalStateException("no seeds/" + SEED + ".txt above " + Path.of("").toAbsolutePath());
  }

  /** Every gold pair, by file name. */
  static List<Pair> all() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
          .map(GoldSet::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory() {
    try {
      return Path.of(GoldSet.class.getResource("/gold").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Pair read(Path textFile) {
    String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
    try {
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      return new Pair(name, text, Ledger.load(textFile.resolveSibling(name + ".ledger.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(textFile.toString(), e);
    }
  }
}

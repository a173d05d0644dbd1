package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Article texts named on the command line: files read as UTF-8, or standard input for {@code -}.
 * A file that is missing or not UTF-8 fails with its name in the message.
 */
final class Articles {
  /**
   * One article: where it came from, its text, its size in bytes, and when it was published if
   * its metadata file says so ({@link ArticleSidecar}).
   */
  record Article(String name, String text, long bytes, Optional<PartialDate> published) {}

  private final List<Article> articles;

  private Articles(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  /** Reads every named article, in order; {@code stdin} is read for {@code -}. */
  static Articles read(List<String> names, InputStream stdin) {
    List<Article> articles = new ArrayList<>();
    for (String name : names) {
      boolean isStdin = "-".equals(name);
      byte[] bytes = isStdin ? readAll(stdin) : readAll(Path.of(name));
      String shownName = isStdin ? "standard input" : name;
      Optional<PartialDate> published = isStdin ? Optional.empty() : ArticleSidecar.published(Path.of(name));
      articles.add(new Article(shownName, decode(shownName, bytes), bytes.length, published));
    }
    return new Articles(articles);
  }

  /** The articles in the order named. */
  List<Article> all() {
    return articles;
  }

  /** The total size of the articles, in bytes. */
  long totalBytes() {
    return articles.stream().mapToLong(Article::bytes).sum();
  }

  /**
   * Extracts every article with the standard {@link Extractor} and the metadata {@code metadataOf}
   * gives it, advancing {@code progress} by each article's size; the ledger holds them all. A
   * failure names the article.
   */
  Ledger extract(Function<Article, ArticleMetadata> metadataOf, ProgressBar progress) {
    Ledger.Builder extracted = Ledger.builder();
    for (Article article : articles) {
      try {
        extracted.addAll(Extractor.standard().extract(article.text(), metadataOf.apply(article)));
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot extract " + article.name() + ": " + Failures.describe(e), e);
      }
      progress.advance(article.bytes());
    }
    return extracted.build();
  }

  private static byte[] readAll(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException(file + " is a directory, not an article");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(InputStream stdin) {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new IllegalArgumentException(String.format(
          "%s is not UTF-8 text: invalid byte at offset %d", name, in.position()));
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}

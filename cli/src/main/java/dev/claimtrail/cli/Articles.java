package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.BatchExtraction;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
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
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Article texts named on the command line: files read as UTF-8, or standard input for {@code -}.
 * A file that is missing or not UTF-8 is kept as a failure with its name, so that a command can
 * either stop on it ({@link #requireAllRead()}) or report it and go on with the others.
 */
final class Articles {
  /**
   * One article: its position among the names given, where it came from, its text, its size in
   * bytes, and what its metadata file says of it ({@link ArticleSidecar}), if anything.
   */
  record Article(int position, String name, String text, long bytes, ArticleMetadata sidecar) {}

  /**
   * An article that could not be read or extracted.
   *
   * @param position its position among the names given
   * @param name the file, or "standard input"
   * @param cause what went wrong
   */
  record Failure(int position, String name, RuntimeException cause) {
    /** The error line for this failure, without the {@code claimtrail:} prefix. */
    String describe() {
      return "cannot extract " + name + ": " + Failures.describe(cause);
    }
  }

  /**
   * What extracting every readable article gave.
   *
   * @param ledger the records of every article extracted
   * @param articles how many articles were named
   * @param failures the articles that could not be read or extracted, in the order named
   */
  record Extraction(Ledger ledger, int articles, List<Failure> failures) {}

  private final List<Article> articles;
  private final List<Failure> unreadable;
  private final int named;

  private Articles(List<Article> articles, List<Failure> unreadable, int named) {
    this.articles = List.copyOf(articles);
    this.unreadable = List.copyOf(unreadable);
    this.named = named;
  }

  /**
   * Reads every named article, in order; {@code stdin} is read for {@code -}. An article that
   * cannot be read is kept as a failure rather than thrown.
   */
  static Articles read(List<String> names, InputStream stdin) {
    List<Article> articles = new ArrayList<>();
    List<Failure> unreadable = new ArrayList<>();
    for (int position = 0; position < names.size(); position++) {
      String name = names.get(position);
      boolean isStdin = "-".equals(name);
      String shownName = isStdin ? "standard input" : name;
      try {
        byte[] bytes = isStdin ? readAll(stdin) : readAll(Path.of(name));
        ArticleMetadata sidecar = isStdin ? ArticleMetadata.none() : ArticleSidecar.metadata(Path.of(name));
        articles.add(new Article(position, shownName, decode(shownName, bytes), bytes.length, sidecar));
      } catch (RuntimeException e) {
        unreadable.add(new Failure(position, shownName, e));
      }
    }
    return new Articles(articles, unreadable, names.size());
  }

  /** These articles; throws what reading the first one that could not be read threw. */
  Articles requireAllRead() {
    if (!unreadable.isEmpty()) {
      throw unreadable.get(0).cause();
    }
    return this;
  }

  /** The articles that were read, in the order named. */
  List<Article> all() {
    return articles;
  }

  /** The total size of the articles read, in bytes. */
  long totalBytes() {
    return articles.stream().mapToLong(Article::bytes).sum();
  }

  /**
   * Extracts every article read with the standard {@link Extractor} and the metadata {@code
   * metadataOf} gives it, advancing {@code progress} by each article's size; the ledger holds them
   * all. Throws on the first article that could not be read or extracted, naming it.
   */
  Ledger extract(Function<Article, ArticleMetadata> metadataOf, ProgressBar progress) {
    Extraction extraction = extractEach(Extractor.standard(), metadataOf, progress);
    if (!extraction.failures().isEmpty()) {
      Failure first = extraction.failures().get(0);
      throw new IllegalStateException(first.describe(), first.cause());
    }
    return extraction.ledger();
  }

  /**
   * Extracts every article read with {@code extractor}, as {@link #extract} does with the standard
   * one, but goes on past an article that fails:
   * the result holds the ledger of the others and every failure, of reading or of extracting, in
   * the order the articles were named.
   */
  Extraction extractEach(Extractor extractor, Function<Article, ArticleMetadata> metadataOf,
      ProgressBar progress) {
    List<BatchExtraction.Article> batch = new ArrayList<>();
    for (Article article : articles) {
      batch.add(new BatchExtraction.Article(article.name(), article.text(), metadataOf.apply(article)));
    }
    BatchExtraction.Result result =
        BatchExtraction.with(extractor).extract(batch, i -> progress.advance(articles.get(i).bytes()));
    List<Failure> failures = new ArrayList<>(unreadable);
    for (BatchExtraction.Failure failure : result.failures()) {
      Article article = articles.get(failure.index());
      failures.add(new Failure(article.position(), article.name(), failure.cause()));
    }
    failures.sort(Comparator.comparingInt(Failure::position));
    return new Extraction(result.ledger(), named, List.copyOf(failures));
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

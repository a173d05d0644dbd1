package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.io.FileLedgerCodec;
import dev.claimtrail.io.ReadLimits;
import dev.claimtrail.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a query command's ledger comes from: ledger files named with {@code --ledger}, articles
 * named on the command line and extracted on the fly, or both, merged in that order (a record
 * with an id seen before replaces it). With neither, the curated seed ledger of the claimtrail
 * checkout ({@value #DEFAULT_LEDGER}) is used, found under the {@code claimtrail.home} system
 * property (which the {@code claimtrail} script sets) or else in the working directory or one of
 * its parents.
 */
final class LedgerInputs {
  /** The ledger used when a command is given none, relative to the claimtrail checkout. */
  static final String DEFAULT_LEDGER = "seeds/000_3345cdc3c9b6cfd0.ledger.json";

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "A ledger file (JSON, JSON Lines or snapshot); repeat to merge several. "
          + "Default, when no articles are given either: the curated seed ledger " + DEFAULT_LEDGER + ".")
  private List<Path> ledgers = new ArrayList<>();

  @Option(names = "--read-limit", paramLabel = "LIMIT=N",
      description = "Read ledgers under this limit instead of its default; repeat for several. LIMIT is "
          + "nesting-depth, string-length, name-length, number-length, document-length or line-length "
          + "(docs/format.md lists the defaults).")
  private Map<String, Long> readLimits = new LinkedHashMap<>();

  @Mixin private PublishedOption published;

  /**
   * Reads the ledger files and extracts the articles named by {@code articles} ('-' is standard
   * input), with a progress bar on {@code err} for large inputs; falls back to the default ledger
   * when there is nothing to read.
   */
  Ledger load(List<String> articles, InputStream stdin, PrintWriter err) {
    List<Path> files = ledgers.isEmpty() && articles.isEmpty() ? List.of(defaultLedger()) : ledgers;
    return load(files, readLimits(), Articles.read(articles, stdin).requireAllRead(),
        published::metadata, err);
  }

  /**
   * The ledger of {@code files}, read under {@code limits}, and of {@code articles} extracted with
   * {@code metadataOf}, merged in that order, with a progress bar on {@code err} for large inputs.
   */
  static Ledger load(List<Path> files, ReadLimits limits, Articles articles,
      Function<Articles.Article, ArticleMetadata> metadataOf, PrintWriter err) {
    FileLedgerCodec codec = new FileLedgerCodec(limits);
    long total = articles.totalBytes() + files.stream().mapToLong(LedgerInputs::size).sum();
    List<Ledger> loaded = new ArrayList<>();
    try (ProgressBar progress = ProgressBar.forBytes(err, "loading", total)) {
      for (Path file : files) {
        loaded.add(codec.read(file));
        progress.advance(size(file));
      }
      if (!articles.all().isEmpty()) {
        loaded.add(articles.extract(metadataOf, progress));
      }
    }
    if (loaded.size() == 1) {
      return loaded.get(0);
    }
    Ledger.Builder merged = Ledger.builder();
    loaded.forEach(merged::addAll);
    return merged.build();
  }

  /** The limits of {@code --read-limit}, the defaults for those not given. */
  private ReadLimits readLimits() {
    ReadLimits.Builder limits = ReadLimits.builder();
    readLimits.forEach((name, value) -> {
      String given = "--read-limit " + name + "=" + value;
      if (name.equals("document-length")) {
        limits.maxDocumentLength(value);
        return;
      }
      if (value < 1 || value >= Integer.MAX_VALUE) {
        throw new IllegalArgumentException(given + ": must lie in [1, " + Integer.MAX_VALUE + ")");
      }
      int n = value.intValue();
      switch (name) {
        case "nesting-depth" -> limits.maxNestingDepth(n);
        case "string-length" -> limits.maxStringLength(n);
        case "name-length" -> limits.maxNameLength(n);
        case "number-length" -> limits.maxNumberLength(n);
        case "line-length" -> limits.maxLineLength(n);
        default -> throw new IllegalArgumentException(given + ": no such limit; one of nesting-depth, string-length, "
            + "name-length, number-length, document-length, line-length");
      }
    });
    return limits.build();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The curated seed ledger of the checkout under {@code claimtrail.home}, or of the working
   * directory or its nearest parent that has one.
   */
  static Path defaultLedger() {
    String home = System.getProperty("claimtrail.home");
    if (home != null) {
      return Path.of(home).resolve(DEFAULT_LEDGER);
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DEFAULT_LEDGER);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no ledger given and no " + DEFAULT_LEDGER + " in " + start
        + " or its parents: name one with --ledger FILE, or give article files");
  }
}

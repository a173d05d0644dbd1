package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.query.Quotes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Extracts who said what from articles with the standard extractor, prints a row per attribution
 * (speaker, statement, said, setting, reported by), and writes the ledger ({@code -o}) and its
 * graph ({@code --graph}) only when asked, saying on standard error what it wrote where.
 * An article that cannot be read or extracted is reported on standard error and the others are
 * extracted and written all the same; a last line counts the failures, and the exit code is then
 * 1. When no article could be extracted, nothing is written.
 */
@Command(
    name = "extract",
    description = {
      "Extract who said what from news articles.",
      "Reads plain UTF-8 text ('-' is standard input) and prints one row per attribution (speaker, "
          + "statement, said, setting, reported by); writes files only when asked (-o, --graph).",
      "An article that cannot be read or extracted is reported and the others are extracted all the "
          + "same; the exit code is then 1."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read; '-' is standard input.")
  private List<String> files;

  @Mixin private PublishedOption published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published the articles.")
  private String outlet;

  @Option(names = "--url", paramLabel = "URL", description = "Where the article was published (one FILE only).")
  private String url;

  @Option(names = {"-o", "--output"}, paramLabel = "LEDGER",
      description = "Also write the extracted ledger here, in claimtrail's JSON format (JSON Lines "
          + "if the name ends in .jsonl, a binary snapshot that opens fast if it ends in .ctl).")
  private Path output;

  @Option(names = "--graph", paramLabel = "FILE",
      description = "Also write the attribution graph here, in the format of the file's extension "
          + "(.dot, .graphml, .json for Cytoscape.js, .jsonld, .ttl for Turtle).")
  private Path graph;

  @Option(names = "--no-graph", description = "Write no attribution graph, even with --graph (none is the default).")
  private boolean noGraph;

  @Option(names = "--quote-sieves", paramLabel = "NAMES", split = ",",
      description = "Run only these quote sieves, in this order (comma-separated), to measure what "
          + "each adds; default: all of them, as docs/extraction.md lists.")
  private List<String> quoteSieves;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Print only attributions made with a confidence of at least P (0 to 1); the "
          + "ledger and graph written keep them all.")
  private Double minConfidence;

  @Option(names = "--max-text-length", paramLabel = "N",
      description = "Refuse an article longer than N characters (default: ${DEFAULT-VALUE}).")
  private int maxTextLength = Extractor.MAX_TEXT_LENGTH;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Optional<Path> graphFile = graphFile();
    Optional<GraphFormat> graphFormat = graphFile.map(this::graphFormat);
    checkUrl();
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new ParameterException(spec.commandLine(), "--min-confidence must lie in [0, 1]: " + minConfidence);
    }
    Articles articles = Articles.read(files, System.in);
    PrintWriter err = spec.commandLine().getErr();
    Articles.Extraction extraction;
    try (ProgressBar progress = ProgressBar.forBytes(err, "extracting", articles.totalBytes())) {
      extraction = articles.extractEach(extractor(), this::metadata, progress);
    }
    boolean verbose = ClaimtrailCommand.isVerbose(spec.root().commandLine().getParseResult());
    for (Articles.Failure failure : extraction.failures()) {
      err.println("claimtrail: " + failure.describe());
      if (verbose) {
        failure.cause().printStackTrace(err);
      }
    }
    if (extraction.failures().size() < extraction.articles()) {
      write(extraction.ledger(), graphFile, graphFormat);
    }
    if (extraction.failures().isEmpty()) {
      return 0;
    }
    err.printf("claimtrail: %d of %d %s failed%n", extraction.failures().size(), extraction.articles(),
        extraction.articles() == 1 ? "article" : "articles");
    return spec.exitCodeOnExecutionException();
  }

  private void write(Ledger ledger, Optional<Path> graphFile, Optional<GraphFormat> graphFormat) {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      ledger.save(output);
      err.println("claimtrail: wrote " + ledger + " to " + output);
    }
    if (graphFile.isPresent()) {
      AttributionGraph attributionGraph = AttributionGraph.of(ledger);
      graphFormat.orElseThrow().write(attributionGraph, graphFile.get());
      err.println("claimtrail: wrote " + attributionGraph + " to " + graphFile.get());
    }
    Quotes printed = minConfidence == null ? ledger.quotes() : ledger.quotes().minConfidence(minConfidence);
    format.print(printed.list(), spec.commandLine().getOut());
  }

  private Extractor extractor() {
    if (maxTextLength < 1) {
      throw new ParameterException(spec.commandLine(), "--max-text-length must be positive: " + maxTextLength);
    }
    Extractor standard = Extractor.standard().withMaxTextLength(maxTextLength);
    try {
      return quoteSieves == null ? standard : standard.withQuoteSieves(quoteSieves);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--quote-sieves: " + e.getMessage());
    }
  }

  private Optional<Path> graphFile() {
    return noGraph ? Optional.empty() : Optional.ofNullable(graph);
  }

  private GraphFormat graphFormat(Path file) {
    return GraphFormat.ofFile(file).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--graph " + file + ": name a file ending in " + GraphFormat.extensions()));
  }

  private void checkUrl() {
    if (url != null && files.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "--url names one article, but " + files.size() + " files were given");
    }
  }

  private ArticleMetadata metadata(Articles.Article article) {
    return published.metadata(article, Optional.ofNullable(outlet), Optional.ofNullable(url));
  }
}

package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.graph.AttributionGraph;
import dev.claimtrail.extract.Extractor;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.PartialDate;
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
 * Extracts who said what from articles with the standard {@link Extractor}, prints a row per
 * attribution (speaker, statement, said, setting, reported by), and writes the ledger if asked.
 */
@Command(
    name = "extract",
    description = {
      "Extract who said what, when, in what setting and reported by whom from news articles",
      "(plain text, UTF-8; '-' reads standard input) and print one row per attribution."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read; '-' is standard input.")
  private List<String> files;

  @Option(names = "--published", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "When the articles were published (yyyy, yyyy-MM or yyyy-MM-dd); anchors "
          + "relative dates such as 'last month'.")
  private PartialDate published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published the articles.")
  private String outlet;

  @Option(names = "--url", paramLabel = "URL", description = "Where the article was published (one FILE only).")
  private String url;

  @Option(names = "--graph", paramLabel = "FILE",
      description = "Also write the attribution graph here, in the format of the file's extension "
          + "(.dot, .graphml, .json for Cytoscape.js).")
  private Path graph;

  @Mixin private FormatOption format;

  @Override
  public Integer call() {
    Optional<GraphFormat> graphFormat = graphFormat();
    ArticleMetadata metadata = metadata();
    Articles articles = Articles.read(files, System.in);
    Ledger.Builder extracted = Ledger.builder();
    try (ProgressBar progress =
        ProgressBar.forBytes(spec.commandLine().getErr(), "extracting", articles.totalBytes())) {
      for (Articles.Article article : articles.all()) {
        extracted.addAll(extract(article, metadata));
        progress.advance(article.bytes());
      }
    }
    Ledger ledger = extracted.build();
    graphFormat.ifPresent(f -> f.write(AttributionGraph.of(ledger), graph));
    format.print(ledger.quotes().list(), spec.commandLine().getOut());
    return 0;
  }

  private static Ledger extract(Articles.Article article, ArticleMetadata metadata) {
    try {
      return Extractor.standard().extract(article.text(), metadata);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot extract " + article.name() + ": " + Failures.describe(e), e);
    }
  }

  private Optional<GraphFormat> graphFormat() {
    if (graph == null) {
      return Optional.empty();
    }
    return Optional.of(GraphFormat.ofFile(graph).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--graph " + graph + ": name a file ending in " + GraphFormat.extensions())));
  }

  private ArticleMetadata metadata() {
    if (url != null && files.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "--url names one article, but " + files.size() + " files were given");
    }
    ArticleMetadata.Builder metadata = ArticleMetadata.builder();
    Optional.ofNullable(published).ifPresent(metadata::published);
    Optional.ofNullable(outlet).ifPresent(metadata::outlet);
    Optional.ofNullable(url).ifPresent(metadata::url);
    return metadata.build();
  }
}

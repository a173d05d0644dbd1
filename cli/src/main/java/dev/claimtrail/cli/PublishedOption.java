package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.model.PartialDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --published} option of the commands that extract articles. */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "When the articles were published (yyyy, yyyy-MM or yyyy-MM-dd); anchors "
          + "relative dates such as 'last month'. Default: what the article's NAME.meta.json says, if any.")
  private PartialDate published;

  /**
   * Metadata for {@code article} with the published date given by this option or, failing that,
   * by the article's metadata file.
   */
  ArticleMetadata.Builder metadata(Articles.Article article) {
    ArticleMetadata.Builder metadata = ArticleMetadata.builder();
    Optional.ofNullable(published).or(article::published).ifPresent(metadata::published);
    return metadata;
  }
}

package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.model.PartialDate;
import picocli.CommandLine.Option;

/** The {@code --published} option of the commands that extract articles. */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "When the articles were published (yyyy, yyyy-MM or yyyy-MM-dd); anchors "
          + "relative dates such as 'last month'.")
  private PartialDate published;

  /** Metadata for the articles with the published date, if given. */
  ArticleMetadata.Builder metadata() {
    ArticleMetadata.Builder metadata = ArticleMetadata.builder();
    if (published != null) {
      metadata.published(published);
    }
    return metadata;
  }
}

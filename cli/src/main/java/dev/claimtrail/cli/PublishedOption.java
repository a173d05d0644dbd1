package dev.claimtrail.cli;

import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.model.PartialDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --published} option of the commands that extract articles, and the metadata an
 * article is extracted with: what the options say, or else what its metadata file says.
 */
final class PublishedOption {
  @Option(names = "--published", paramLabel = "DATE", converter = PartialDateConverter.class,
      description = "When the articles were published (yyyy, yyyy-MM or yyyy-MM-dd); anchors "
          + "relative dates such as 'last month'. Default: what the article's NAME.meta.json says, if any.")
  private PartialDate published;

  /**
   * Metadata for {@code article}: the published date of this option, and the {@code outlet} and
   * {@code url} given, each one when given and otherwise as the article's metadata file says; its
   * title and language as that file says.
   */
  ArticleMetadata metadata(Articles.Article article, Optional<String> outlet, Optional<String> url) {
    ArticleMetadata sidecar = article.sidecar();
    return ArticleMetadata.builder()
        .published(Optional.ofNullable(published).or(sidecar::published))
        .outlet(outlet.or(sidecar::outlet))
        .url(url.or(sidecar::url))
        .title(sidecar.title())
        .language(sidecar.language())
        .build();
  }

  /** Metadata for {@code article} as {@link #metadata(Articles.Article, Optional, Optional)} gives, with no outlet or url given. */
  ArticleMetadata metadata(Articles.Article article) {
    return metadata(article, Optional.empty(), Optional.empty());
  }
}

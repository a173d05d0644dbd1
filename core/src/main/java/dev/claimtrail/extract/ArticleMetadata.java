package dev.claimtrail.extract;

import static com.google.common.base.Preconditions.checkState;

import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of an article besides its text: its id, the outlet that published it, its url,
 * published date, language and title. Everything is optional; the published date anchors relative
 * dates of the text ("last month", "on Thursday"), and without it only dates the text spells out
 * with a year are resolved.
 */
@Value.Immutable
public interface ArticleMetadata {
  /** {@return the id the document gets; derived from the text's hash when absent} */
  Optional<DocumentId> documentId();

  /** {@return the name of the outlet that published the article} */
  Optional<String> outlet();

  /** {@return where the article was published} */
  Optional<String> url();

  /** {@return when the article was published, to the precision known} */
  Optional<PartialDate> published();

  /** {@return the language of the article, as a BCP 47 tag such as {@code en}} */
  Optional<String> language();

  /** {@return the title or headline} */
  Optional<String> title();

  /** {@return metadata that knows nothing} */
  static ArticleMetadata none() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates the names. */
  @Value.Check
  default void check() {
    outlet().ifPresent(o -> checkState(!o.isBlank(), "article metadata: outlet must not be blank"));
    title().ifPresent(o -> checkState(!o.isBlank(), "article metadata: title must not be blank"));
    url().ifPresent(o -> checkState(!o.isBlank(), "article metadata: url must not be blank"));
  }

  /** Builds {@link ArticleMetadata}. */
  final class Builder extends ImmutableArticleMetadata.Builder {
    /**
     * Sets the published day.
     *
     * @param day the day the article was published
     * @return this builder
     */
    public Builder published(LocalDate day) {
      return published(PartialDate.of(day));
    }
  }
}

package dev.claimtrail.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an article's metadata file says of when it was published. The file sits beside the
 * article, named after it with {@code .meta.json} for its extension ({@code a.txt} →
 * {@code a.meta.json}), in the form of the seed's metadata: {@code "published": {"known": true,
 * "date": "2024-08-20"}}, or, when the day is not known, {@code {"known": false, "notBefore":
 * "2024-08-18"}}, read as the month of that earliest date. It anchors relative dates such as
 * "last month" when no {@code --published} is given.
 */
final class ArticleSidecar {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleSidecar() {}

  /** The metadata file of {@code article}, whether or not it exists. */
  static Path of(Path article) {
    String name = article.getFileName().toString();
    return article.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".meta.json");
  }

  /** When {@code article} was published, as its metadata file tells, if it has one that does. */
  static Optional<PartialDate> published(Path article) {
    Path file = of(article);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode published = read(file).path("published");
    try {
      if (published.path("known").asBoolean(false) && published.hasNonNull("date")) {
        return Optional.of(PartialDate.parse(published.get("date").asText()));
      }
      if (published.hasNonNull("notBefore")) {
        PartialDate earliest = PartialDate.parse(published.get("notBefore").asText());
        return Optional.of(earliest.month()
            .map(month -> PartialDate.ofMonth(earliest.year(), month))
            .orElse(earliest));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": field published: " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(String.format("%s:%d:%d: not valid JSON: %s", file,
          e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

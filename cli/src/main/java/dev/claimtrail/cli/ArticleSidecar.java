package dev.claimtrail.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.extract.ArticleMetadata;
import dev.claimtrail.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What an article's metadata file says of it. The file sits beside the article, named after it
 * with {@code .meta.json} for its extension ({@code a.txt} → {@code a.meta.json}), in one of two
 * forms:
 *
 * <ul>
 *   <li>plain: {@code {"published": "2024-03-12", "outlet": "Metro Wire", "url": "...", "title":
 *       "...", "language": "en"}}, every field optional (absent or null), strings all; {@code
 *       published} may also take the nested form below. Any other field is refused.
 *   <li>the curated seed's, marked {@code "format": "claimtrail-seed-meta"}: only its {@code
 *       published} is read, and its other fields, notes on the curation, are left alone.
 * </ul>
 *
 * <p>A nested {@code published} is {@code {"known": true, "date": "2024-08-20"}}, or, when the day
 * is not known, {@code {"known": false, "notBefore": "2024-08-18"}}, read as the month of that
 * earliest date; a {@code "reasoning"} beside them is a note. The published date anchors relative
 * dates such as "last month" when no {@code --published} is given. A field of the wrong type, a
 * blank string, an unknown field or a date that is no date is refused with an {@link
 * IllegalArgumentException} naming the file and the field.
 */
final class ArticleSidecar {
  /** The {@code format} of the curated seed's metadata file. */
  static final String SEED_FORMAT = "claimtrail-seed-meta";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fields of the plain form and where each goes in the metadata. */
  private static final Map<String, BiConsumer<ArticleMetadata.Builder, String>> TEXT_FIELDS = Map.of(
      "outlet", ArticleMetadata.Builder::outlet,
      "url", ArticleMetadata.Builder::url,
      "title", ArticleMetadata.Builder::title,
      "language", ArticleMetadata.Builder::language);

  private static final List<String> PLAIN_FIELDS = List.of("published", "outlet", "url", "title", "language");
  private static final List<String> NESTED_PUBLISHED_FIELDS = List.of("known", "date", "notBefore", "reasoning");

  private ArticleSidecar() {}

  /** The metadata file of {@code article}, whether or not it exists. */
  static Path of(Path article) {
    String name = article.getFileName().toString();
    return article.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".meta.json");
  }

  /** What the metadata file of {@code article} says; nothing if it has none. */
  static ArticleMetadata metadata(Path article) {
    Path file = of(article);
    ArticleMetadata.Builder metadata = ArticleMetadata.builder();
    if (!Files.isRegularFile(file)) {
      return metadata.build();
    }
    JsonNode root = read(file);
    if (!root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a JSON object, got " + root.getNodeType());
    }
    boolean seed = SEED_FORMAT.equals(root.path("format").asText(null));
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String name = field.getKey();
      if (field.getValue().isNull()) {
        continue;
      }
      if (name.equals("published")) {
        published(file, field.getValue()).ifPresent(metadata::published);
      } else if (!seed && TEXT_FIELDS.containsKey(name)) {
        TEXT_FIELDS.get(name).accept(metadata, text(file, name, field.getValue()));
      } else if (!seed) {
        throw new IllegalArgumentException(String.format("%s: unknown field '%s' (expected %s)",
            file, name, String.join(", ", PLAIN_FIELDS)));
      }
    }
    return metadata.build();
  }

  private static String text(Path file, String name, JsonNode value) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          String.format("%s: field %s: expected a string, got %s", file, name, value));
    }
    if (value.asText().isBlank()) {
      throw new IllegalArgumentException(String.format("%s: field %s: must not be blank", file, name));
    }
    return value.asText();
  }

  private static Optional<PartialDate> published(Path file, JsonNode published) {
    try {
      if (published.isTextual()) {
        return Optional.of(PartialDate.parse(published.asText()));
      }
      if (!published.isObject()) {
        throw new IllegalArgumentException("expected a date or an object, got " + published);
      }
      published.fieldNames().forEachRemaining(name -> {
        if (!NESTED_PUBLISHED_FIELDS.contains(name)) {
          throw new IllegalArgumentException(String.format("unknown field '%s' (expected %s)",
              name, String.join(", ", NESTED_PUBLISHED_FIELDS)));
        }
      });
      if (published.path("known").asBoolean(false)) {
        if (!published.path("date").isTextual()) {
          throw new IllegalArgumentException("known, but no \"date\" string");
        }
        return Optional.of(PartialDate.parse(published.get("date").asText()));
      }
      if (published.hasNonNull("notBefore")) {
        PartialDate earliest = PartialDate.parse(published.get("notBefore").asText());
        return Optional.of(earliest.month()
            .map(month -> PartialDate.ofMonth(earliest.year(), month))
            .orElse(earliest));
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": field published: " + e.getMessage(), e);
    }
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

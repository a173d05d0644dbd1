package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One report: an article, a broadcast, a post, a video. It may keep its text, whose SHA-256 is
 * {@link #contentHash()} (the hash may be kept without the text). Its {@link #cites()} are the
 * outlets it names as its sources; {@link #related()} are other documents it links to.
 */
@Value.Immutable
public interface Document extends WithDocument {
  /** The kinds of document. */
  enum Kind {
    /** A written news article. */
    ARTICLE,
    /** A television or radio broadcast. */
    BROADCAST,
    /** An interview, as published. */
    INTERVIEW,
    /** A post on a social platform. */
    POST,
    /** A video. */
    VIDEO,
    /** A press release. */
    PRESS_RELEASE,
    /** Any other kind of document. */
    OTHER
  }

  /** {@return the id} */
  DocumentId id();

  /** {@return the kind of document} */
  @Value.Default
  default Kind kind() {
    return Kind.ARTICLE;
  }

  /** {@return the outlet that published it, if known} */
  Optional<OutletId> outlet();

  /** {@return where it was published} */
  Optional<String> url();

  /** {@return its title or headline} */
  Optional<String> title();

  /** {@return when it was published} */
  Optional<PartialDate> published();

  /** {@return its language, as a BCP 47 tag such as {@code en}} */
  Optional<String> language();

  /** {@return its text, if kept} Evidence spans of attributions reported in it index into this text. */
  Optional<String> text();

  /** {@return the SHA-256 of the UTF-8 text, in lower-case hex; computed from the text when not given} */
  Optional<String> contentHash();

  /** {@return outlets the document names as its sources} */
  List<OutletId> cites();

  /** {@return other documents it links to, such as related stories} */
  List<DocumentId> related();

  /**
   * {@return a document with the given id, of kind article}
   *
   * @param id the document's id
   */
  static Document of(DocumentId id) {
    return builder().id(id).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the SHA-256 of {@code text} encoded as UTF-8, in lower-case hex}
   *
   * @param text the text to hash
   */
  static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }

  /** {@return fills in the hash of the text when it is missing, and validates it otherwise} */
  @Value.Check
  default Document checkAndComputeHash() {
    title().ifPresent(t -> checkState(!t.isBlank(), "document %s: title must not be blank", id()));
    if (text().isPresent() && contentHash().isEmpty()) {
      return ((ImmutableDocument) ImmutableDocument.copyOf(this)).withContentHash(sha256(text().get()));
    }
    if (text().isPresent()) {
      checkState(contentHash().get().equals(sha256(text().get())),
          "document %s: contentHash %s does not match its text (SHA-256 %s)",
          id(), contentHash().get(), sha256(text().get()));
    }
    return this;
  }

  /** Builds a {@link Document}. */
  final class Builder extends ImmutableDocument.Builder {}
}

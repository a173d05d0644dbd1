package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import dev.claimtrail.text.QuoteText;
import dev.claimtrail.text.Segment;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words someone said, as printed: a direct quote, a partial quote inside paraphrase, or an indirect
 * statement (paraphrase, headline). The text keeps editorial insertions ("[the]") and elisions
 * ("…") as printed; {@link #segments()} tells them apart and {@link #normalized()} is the form that
 * variants of the same words share. Who said it, and where it was reported, are {@link
 * Attribution}s.
 */
@Value.Immutable
public interface Statement extends WithStatement {
  /** How directly a statement renders the speaker's words. */
  enum Kind {
    /** A complete quotation in quote marks. */
    DIRECT_QUOTE,
    /** Quoted words embedded in the reporter's own sentence. */
    PARTIAL_QUOTE,
    /** The reporter's rendering of what was said, without quote marks. */
    INDIRECT
  }

  /** {@return the id} */
  StatementId id();

  /** {@return the words as printed} */
  String text();

  /** {@return how directly the text renders the speaker's words} */
  Kind kind();

  /** {@return the language of the text, as a BCP 47 tag, if known} */
  Optional<String> language();

  /**
   * {@return a statement with the given id, text and kind}
   *
   * @param id the statement's id
   * @param text the words as printed
   * @param kind direct quote, partial quote or indirect statement
   */
  static Statement of(StatementId id, String text, Kind kind) {
    return builder().id(id).text(text).kind(kind).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the text split into verbatim words, editorial insertions and elisions; computed on each call
   * rather than kept, as a ledger holds millions of statements and asks this of few}
   */
  default List<Segment> segments() {
    return QuoteText.segments(text());
  }

  /** {@return the normalized form of the text, see {@link QuoteText#normalize(String)}; computed on each call} */
  default String normalized() {
    return QuoteText.normalize(text());
  }

  /** Validates the text. */
  @Value.Check
  default void check() {
    checkState(!text().isBlank(), "statement %s: text must not be blank", id());
  }

  /** Builds a {@link Statement}. */
  final class Builder extends ImmutableStatement.Builder {}
}

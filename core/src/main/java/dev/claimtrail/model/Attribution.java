package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The link of a {@link Statement} to its {@link Speaker}, as one {@link Document} reports it: who
 * said it, when ({@link #said()}), with which cue and {@link Stance}, in what {@link Setting} and to
 * whom, and through whom it is known ({@link #via()}: "RT noted that ... Putin said ..." makes
 * Putin's attribution go via RT's). It carries the hedges of the report ("reportedly"), positions
 * toward claims, the evidence spans in the document's text, and how the record was made.
 *
 * <p>The date said, the document's published date and the time of the event talked about stay
 * separate: {@link #said()}, {@link Document#published()}, {@link #eventTime()}.
 */
@Value.Immutable
public interface Attribution extends WithAttribution {
  /** {@return the id} */
  AttributionId id();

  /** {@return what was said} */
  StatementId statement();

  /** {@return who said it} */
  SpeakerId speaker();

  /** {@return the document that reports it} */
  DocumentId document();

  /** {@return the words naming the speaker where the statement is reported ("the Russian leader")} */
  Optional<String> speakerMention();

  /**
   * {@return where {@link #speakerMention()} is printed in the document's text, when the maker knows: an
   * extractor's attributions keep the offsets of the words it resolved to the speaker}
   */
  Optional<Span> speakerMentionSpan();

  /** {@return when it was said, if the report tells} */
  Optional<TimeReference> said();

  /** {@return when the event talked about happened, if the report tells and it differs from {@link #said()}} */
  Optional<TimeReference> eventTime();

  /** {@return the reporting verb or phrase as printed ("warned", "wrote on social media")} */
  Optional<String> cue();

  /** {@return what the speaker does with the statement, normalized from the cue} */
  @Value.Default
  default Stance stance() {
    return Stance.SAYS;
  }

  /** {@return the occasion it was said on} */
  Optional<Setting> setting();

  /** {@return whom it was said to ("reporters", "top diplomats in Beijing")} */
  Optional<String> addressee();

  /** {@return the attribution through which this one is known, for second-hand reports} */
  Optional<AttributionId> via();

  /** {@return hedging words of the report ("reportedly", "allegedly", "according to")} */
  List<String> hedges();

  /** {@return positions this attribution takes toward claims} */
  List<ClaimStance> claimStances();

  /** {@return where the report shows it: spans of the document's text; several for a split quote} */
  List<Span> evidence();

  /** {@return how this record was made} */
  Provenance provenance();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** {@return whether this attribution is known only through another one} */
  default boolean isSecondHand() {
    return via().isPresent();
  }

  /** Validates what can be checked without the rest of the ledger. */
  @Value.Check
  default void check() {
    via().ifPresent(v -> checkState(!v.equals(id()), "attribution %s: via refers to itself", id()));
    cue().ifPresent(c -> checkState(!c.isBlank(), "attribution %s: cue must not be blank", id()));
    for (String hedge : hedges()) {
      checkState(!hedge.isBlank(), "attribution %s: hedges must not be blank", id());
    }
    for (int i = 1; i < evidence().size(); i++) {
      checkState(evidence().get(i).start() >= evidence().get(i - 1).end(),
          "attribution %s: evidence spans must be in text order without overlap: %s then %s",
          id(), evidence().get(i - 1), evidence().get(i));
    }
  }

  /** Builds an {@link Attribution}. */
  final class Builder extends ImmutableAttribution.Builder {}
}

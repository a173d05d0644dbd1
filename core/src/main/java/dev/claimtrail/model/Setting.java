package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where and how something was said: "an interview with the public broadcaster RTP", "on
 * social media", "a July 24 visit to China".
 */
@Value.Immutable
public interface Setting extends WithSetting {
  /** The kinds of occasion a statement is made on. */
  enum Kind {
    /** An interview. */
    INTERVIEW,
    /** A post on social media. */
    SOCIAL_MEDIA,
    /** A press conference or briefing. */
    PRESS_CONFERENCE,
    /** A speech or address. */
    SPEECH,
    /** A visit. */
    VISIT,
    /** A meeting or talks. */
    MEETING,
    /** A television or radio broadcast. */
    BROADCAST,
    /** A written statement. */
    WRITTEN_STATEMENT,
    /** Any other occasion. */
    OTHER
  }

  /** {@return the kind of occasion} */
  Kind kind();

  /** {@return the words of the text that describe it} */
  String description();

  /** {@return the outlet of an interview or broadcast, if known} */
  Optional<OutletId> outlet();

  /** {@return the place, if given ("Beijing")} */
  Optional<String> place();

  /**
   * {@return a setting of the given kind and description}
   *
   * @param kind the kind of occasion
   * @param description the occasion in words
   */
  static Setting of(Kind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates the description. */
  @Value.Check
  default void check() {
    checkState(!description().isBlank(), "setting description must not be blank");
  }

  /** Builds a {@link Setting}. */
  final class Builder extends ImmutableSetting.Builder {}
}

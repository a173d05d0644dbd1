package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When something happened: a {@link PartialDate}, or a range of two, with the phrase of the text
 * it was read from ("last month", "on Aug. 18"). A range is inclusive at both ends.
 */
@Value.Immutable
public interface TimeReference extends WithTimeReference {
  /** {@return the date, or the start of the range} */
  PartialDate date();

  /** {@return the end of the range, if this is one} */
  Optional<PartialDate> until();

  /** {@return the words of the text this time was read from, if any} */
  Optional<String> phrase();

  /**
   * {@return a single date without a phrase}
   *
   * @param date the date
   */
  static TimeReference of(PartialDate date) {
    return builder().date(date).build();
  }

  /**
   * {@return a single date read from {@code phrase}}
   *
   * @param date the date
   * @param phrase the words of the text that give it
   */
  static TimeReference of(PartialDate date, String phrase) {
    return builder().date(date).phrase(phrase).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the first day this time may denote} */
  default LocalDate firstDay() {
    return date().firstDay();
  }

  /** {@return the last day this time may denote} */
  default LocalDate lastDay() {
    return until().orElse(date()).lastDay();
  }

  /**
   * {@return whether this time may fall within {@code [from, to]} (both inclusive)}
   *
   * @param from the first day of the range
   * @param to the last day of the range, inclusive
   */
  default boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay().isBefore(from) && !firstDay().isAfter(to);
  }

  /**
   * Validates the range and phrase; returns the one shared instance of this time, as many
   * attributions tell the same day.
   *
   * @return the shared instance equal to this one
   */
  @Value.Check
  default TimeReference checkAndShare() {
    until().ifPresent(end -> checkState(!end.lastDay().isBefore(date().firstDay()),
        "time range ends (%s) before it starts (%s)", end, date()));
    phrase().ifPresent(p -> checkState(!p.isBlank(), "time phrase must not be blank"));
    return Interned.of(this);
  }

  /** Builds a {@link TimeReference}. */
  final class Builder extends ImmutableTimeReference.Builder {}
}

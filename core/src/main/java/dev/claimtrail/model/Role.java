package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role a speaker holds over a time: "Prime Minister" of "United Kingdom" from 2019-07 to 2022-09.
 * An absent bound means the role is held since or until an unknown time.
 */
@Value.Immutable
public interface Role extends WithRole {
  /** {@return the title, e.g. "Foreign Minister"} */
  String title();

  /** {@return the organization or country the role is held in, if any} */
  Optional<String> organization();

  /** {@return when the role began, if known; written as {@code from} in the ledger formats} */
  Optional<PartialDate> start();

  /** {@return when the role ended, if it has; written as {@code to} in the ledger formats} */
  Optional<PartialDate> end();

  /**
   * {@return a role with the given title and organization, over an unknown time}
   *
   * @param title the title, such as "Foreign Minister"
   * @param organization where the title is held
   */
  static Role of(String title, String organization) {
    return builder().title(title).organization(organization).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * {@return whether the role may have been held at some time within {@code date}}
   *
   * @param date the date to test
   */
  default boolean heldAt(PartialDate date) {
    return start().map(f -> !date.lastDay().isBefore(f.firstDay())).orElse(true)
        && end().map(t -> !date.firstDay().isAfter(t.lastDay())).orElse(true);
  }

  /** Validates title and bounds. */
  @Value.Check
  default void check() {
    checkState(!title().isBlank(), "role title must not be blank");
    if (start().isPresent() && end().isPresent()) {
      checkState(!end().get().lastDay().isBefore(start().get().firstDay()),
          "role '%s' ends (%s) before it begins (%s)", title(), end().get(), start().get());
    }
  }

  /** Builds a {@link Role}. */
  final class Builder extends ImmutableRole.Builder {}
}

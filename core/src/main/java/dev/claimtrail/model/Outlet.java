package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outlet that publishes documents: a TV channel, a news site, an agency, a social or video
 * platform. It has a name, other names ("RT", "Russia Today", "the state-owned news outlet"), web
 * domains, and notes on who owns it.
 */
@Value.Immutable
public interface Outlet extends WithOutlet {
  /** The kinds of outlet. */
  enum Kind {
    /** A television channel. */
    TV_CHANNEL,
    /** A radio station. */
    RADIO,
    /** A newspaper. */
    NEWSPAPER,
    /** A news site. */
    NEWS_SITE,
    /** A news agency. */
    NEWS_AGENCY,
    /** A social platform. */
    SOCIAL_PLATFORM,
    /** A video platform. */
    VIDEO_PLATFORM,
    /** A blog. */
    BLOG,
    /** Any other kind of outlet. */
    OTHER
  }

  /** {@return the id} */
  OutletId id();

  /** {@return the preferred name} */
  String name();

  /** {@return the kind of outlet} */
  Kind kind();

  /** {@return other names and descriptions of the outlet} */
  List<String> aliases();

  /** {@return web domains the outlet publishes on, lower case, e.g. {@code rt.com}} */
  List<String> domains();

  /** {@return who owns it, in words, e.g. "state-owned"} */
  Optional<String> ownership();

  /** {@return ids in other datasets, by dataset name} */
  Map<String, String> externalIds();

  /**
   * {@return an outlet with the given id, name and kind}
   *
   * @param id the outlet's id
   * @param name the outlet's name
   * @param kind the kind of outlet
   */
  static Outlet of(OutletId id, String name, Kind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates names and domains. */
  @Value.Check
  default void check() {
    checkState(!name().isBlank(), "source %s: name must not be blank", id());
    for (String domain : domains()) {
      checkState(!domain.isBlank() && domain.equals(domain.toLowerCase(java.util.Locale.ROOT))
          && !domain.contains("/"), "source %s: domain must be a lower-case host name: '%s'", id(), domain);
    }
  }

  /** Builds a {@link Outlet}. */
  final class Builder extends ImmutableOutlet.Builder {}
}

package dev.claimtrail.model;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who says things: a person, an organization, a government, an outlet, a group, or an
 * anonymous source ("staff members close to" someone, with an {@link #affiliation()}). A speaker has
 * a name, other names it goes by ({@link #aliases()}, including descriptions such as "the Russian
 * leader"), roles over time, and ids in other datasets ({@link #externalIds()}, e.g. {@code
 * wikidata → Q7747}).
 */
@Value.Immutable
public interface Speaker extends WithSpeaker {
  /** The kinds of speaker. */
  enum Kind {
    /** A person. */
    PERSON,
    /** An organization: a company, a party, an agency, a group with a name. */
    ORGANIZATION,
    /** A government, a ministry or an office speaking as one. */
    GOVERNMENT,
    /** A country speaking as a whole ("Russia said"). */
    COUNTRY,
    /** An outlet speaking for itself. */
    MEDIA_OUTLET,
    /** A group of people with no name of its own ("residents"). */
    GROUP,
    /** An unnamed source, described by who it is tied to. */
    ANONYMOUS,
    /**
     * A speaker the text does not let the maker tell: an extractor records a quote that reads as
     * speech under such a speaker, with a low confidence, rather than lose it.
     */
    UNKNOWN
  }

  /** {@return the id} */
  SpeakerId id();

  /** {@return the preferred name} */
  String name();

  /** {@return the kind of speaker} */
  Kind kind();

  /** {@return other names and descriptions the speaker goes by} */
  List<String> aliases();

  /** {@return roles held over time} */
  List<Role> roles();

  /** {@return the speaker this one is tied to, for anonymous and group speakers} */
  Optional<Affiliation> affiliation();

  /** {@return the outlet this speaker is, when an outlet speaks ("Russia Today noted ...")} */
  Optional<OutletId> outlet();

  /** {@return ids in other datasets, by dataset name (e.g. {@code wikidata})} */
  Map<String, String> externalIds();

  /**
   * {@return a speaker with the given id, name and kind}
   *
   * @param id the speaker's id
   * @param name the preferred name
   * @param kind the kind of speaker
   */
  static Speaker of(SpeakerId id, String name, Kind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the name followed by the aliases} */
  default List<String> names() {
    return ImmutableList.<String>builder().add(name()).addAll(aliases()).build();
  }

  /**
   * The name and the aliases written as proper names ("Mara Quist", "Quist", "Bank of Riverton"),
   * in that order, leaving out descriptions ("the city's mayor", "staff members close to Quist"):
   * names whose every word begins with a capital letter or a digit, but for the small words names
   * carry ("of", "the", "de", "van", "al-"). An unnamed speaker, whose name is a description, has
   * none.
   *
   * @return the proper names, perhaps none
   */
  default List<String> properNames() {
    return names().stream().filter(ProperNames::isProperName).collect(ImmutableList.toImmutableList());
  }

  /** Validates names. */
  @Value.Check
  default void check() {
    checkState(!name().isBlank(), "speaker %s: name must not be blank", id());
    for (String alias : aliases()) {
      checkState(!alias.isBlank(), "speaker %s: aliases must not be blank", id());
    }
    affiliation().ifPresent(a -> checkState(!a.speaker().equals(id()),
        "speaker %s: is affiliated with itself", id()));
  }

  /** Builds a {@link Speaker}. */
  final class Builder extends ImmutableSpeaker.Builder {}
}

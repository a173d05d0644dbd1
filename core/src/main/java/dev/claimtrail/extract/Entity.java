package dev.claimtrail.extract;

import dev.claimtrail.model.Role;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something that is named or described in one text and may speak: a person, an outlet, a country,
 * an organization or an unnamed source. Mutable while the text is read; turned into a {@link
 * Speaker} when the ledger is built.
 */
final class Entity {
  final int order;
  Speaker.Kind kind;
  String name;
  final Set<String> aliases = new LinkedHashSet<>();
  final List<Role> roles = new ArrayList<>();
  /** The country of a person's nationality or title, or the country a country entity is. */
  @Nullable String country;
  /** 'm', 'f' or 0 when unknown. */
  char gender;
  boolean leader;
  @Nullable Entity affiliation;
  @Nullable String relation;
  Outlet.Kind outletKind = Outlet.Kind.OTHER;
  @Nullable String ownership;
  boolean speaks;
  int lastSpoke = -1;

  Entity(int order, Speaker.Kind kind, String name) {
    this.order = order;
    this.kind = kind;
    this.name = name;
  }

  /** Whether this entity is a person. */
  boolean isPerson() {
    return kind == Speaker.Kind.PERSON;
  }

  /** Records {@code alias} unless it is the name itself. */
  void addAlias(String alias) {
    if (!alias.isBlank() && !alias.equals(name)) {
      aliases.add(alias);
    }
  }

  /**
   * Records the role {@code title}, held in {@code country} when it is known, unless a role whose
   * title ends with it is already recorded ("Sen." after "Senate Majority Leader" adds nothing).
   */
  void addRole(String title, @Nullable String country) {
    String lower = title.toLowerCase(java.util.Locale.ROOT);
    for (Role r : roles) {
      if (r.title().toLowerCase(java.util.Locale.ROOT).endsWith(lower)) {
        return;
      }
    }
    Role.Builder role = Role.builder();
    role.title(title);
    if (country != null) {
      role.organization(country);
    }
    roles.add(role.build());
  }

  /** Whether the entity has a role whose title holds {@code word} (lower case). */
  boolean hasTitleWord(String word) {
    for (Role r : roles) {
      for (String part : r.title().toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
        if (part.equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return kind + ":" + name;
  }
}

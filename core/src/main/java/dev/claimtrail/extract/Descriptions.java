package dev.claimtrail.extract;

import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a description headed by a role noun ("the Russian leader", "the Vesta news agency",
 * "staff members close to the minister") to the entity it stands for: a name within it, an
 * earlier entity that fits its role, nationality and title words when it is definite, a country
 * for a government, or else a new unnamed source, organization or outlet made of its words.
 */
final class Descriptions {
  private final Tokens t;
  private final Lexicon lex;
  private final EntityIndex index;

  Descriptions(Tokens t, Lexicon lex, EntityIndex index) {
    this.t = t;
    this.lex = lex;
    this.index = index;
  }

  /**
   * Resolves a description {@code [a, b)} such as "the Russian leader" to an entity of the text, or
   * makes an unnamed source of it ("officials", "staff members close to X").
   */
  Entities.@Nullable Resolved describe(int a, int b, String mention, @Nullable Entity linkTarget,
      @Nullable String relation) {
    String head = t.lower(b - 1);
    Lexicon.RoleKind kind = lex.roleNouns.get(head);
    String nationality = null;
    List<String> titleWords = new ArrayList<>();
    for (int k = a; k < b; k++) {
      String w = lex.withoutPastPrefix(t.lower(k));
      String nat = lex.nationalities.get(w);
      if (nat != null) {
        nationality = nat;
      }
      if (lex.titleWords.containsKey(w) && lex.titleWords.get(w).kind() != Lexicon.TitleKind.PART) {
        titleWords.add(w);
      }
    }
    boolean possessed = lex.isDeterminerAt(t, a, Lexicon.DeterminerKind.POSSESSIVE);
    boolean definite = lex.isDeterminerAt(t, a, Lexicon.DeterminerKind.DEFINITE);
    if (kind == null) {
      return null;
    }
    if (kind == Lexicon.RoleKind.OUTLET || kind == Lexicon.RoleKind.ORGANIZATION) {
      Entity named = namedWithin(a, b, kind, head);
      if (named != null) {
        return new Entities.Resolved(named, mention, false);
      }
    }
    if (definite && kind != Lexicon.RoleKind.ANONYMOUS) {
      Entity e = antecedent(a, kind, nationality, titleWords, linkTarget, head);
      if (e != null) {
        e.addAlias(lowerFirst(mention));
        return new Entities.Resolved(e, mention, false);
      }
      if (kind == Lexicon.RoleKind.GOVERNMENT && nationality != null) {
        Entity country = index.country(nationality);
        return new Entities.Resolved(country, mention, false);
      }
    }
    if (kind == Lexicon.RoleKind.GOVERNMENT && nationality != null && !possessed) {
      return new Entities.Resolved(index.country(nationality), mention, false);
    }
    String key = "~" + mention.toLowerCase(Locale.ROOT);
    Entity e = index.known(key);
    if (e == null) {
      Speaker.Kind speakerKind = kind == Lexicon.RoleKind.OUTLET ? Speaker.Kind.MEDIA_OUTLET
          : kind == Lexicon.RoleKind.GOVERNMENT ? Speaker.Kind.GOVERNMENT
          : kind == Lexicon.RoleKind.ORGANIZATION ? Speaker.Kind.ORGANIZATION
          : Speaker.Kind.ANONYMOUS;
      e = new Entity(index.nextOrder(), speakerKind, mention);
      e.country = nationality;
      if (linkTarget != null) {
        e.affiliation = linkTarget;
        e.relation = relation;
      }
      index.register(e, key);
      index.addMention(b - 1, e);
    }
    return new Entities.Resolved(e, mention, false);
  }

  /**
   * The outlet or organization a description names within it ("the Vesta news agency"), made one
   * if the name is new; null when no name that is not a country stands in it.
   */
  private @Nullable Entity namedWithin(int a, int b, Lexicon.RoleKind kind, String head) {
    for (int k = a; k < b - 1; k++) {
      if (index.runStart(k) != k || index.runEnd(k) >= b || lex.nationalities.containsKey(t.lower(k))) {
        continue;
      }
      Entity e = index.entityOfRun(k, index.runEnd(k));
      if (e == null || e.kind == Speaker.Kind.COUNTRY) {
        continue;
      }
      if (e.isPerson() && e.roles.isEmpty()) {
        e.kind = kind == Lexicon.RoleKind.OUTLET ? Speaker.Kind.MEDIA_OUTLET : Speaker.Kind.ORGANIZATION;
        Outlet.Kind outletKind = lex.outletKinds.get(head);
        e.outletKind = outletKind != null ? outletKind : Outlet.Kind.OTHER;
      }
      return e.isPerson() ? null : e;
    }
    return null;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private @Nullable Entity antecedent(int at, Lexicon.RoleKind kind, @Nullable String nationality,
      List<String> titleWords, @Nullable Entity exclude, String head) {
    Entity fallback = null;
    for (int m = index.mentionIndexBefore(at); m >= 0 && at - index.mention(m).token() < 3000; m--) {
      Entity e = index.mention(m).entity();
      if (e != exclude && e.kind == Speaker.Kind.ANONYMOUS && namesHead(e, head)) {
        return e;
      }
      if (e == exclude || !fitsRole(e, kind, nationality, titleWords)) {
        continue;
      }
      if (kind == Lexicon.RoleKind.OUTLET && !e.speaks && fallback == null) {
        fallback = e;
        continue;
      }
      return e;
    }
    return fallback;
  }

  /** Whether an unnamed source's description has {@code head} as one of its words. */
  private static boolean namesHead(Entity e, String head) {
    for (String word : e.name.toLowerCase(Locale.ROOT).split(" ")) {
      if (word.equals(head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fitsRole(Entity e, Lexicon.RoleKind kind, @Nullable String nationality,
      List<String> titleWords) {
    if (nationality != null && !nationality.equals(e.country)) {
      return false;
    }
    switch (kind) {
      case LEADER:
        return e.isPerson() && e.leader;
      case PERSON:
        if (!e.isPerson()) {
          return false;
        }
        for (String w : titleWords) {
          if (!e.hasTitleWord(w)) {
            return false;
          }
        }
        return true;
      case OUTLET:
        return e.kind == Speaker.Kind.MEDIA_OUTLET;
      case GOVERNMENT:
        return e.kind == Speaker.Kind.GOVERNMENT || e.kind == Speaker.Kind.COUNTRY;
      case ORGANIZATION:
        return e.kind == Speaker.Kind.ORGANIZATION;
      default:
        return false;
    }
  }
}

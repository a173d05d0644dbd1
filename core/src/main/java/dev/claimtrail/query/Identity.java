package dev.claimtrail.query;

import com.google.common.collect.ImmutableList;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Role;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.text.QuoteText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One answer to "who is this?": a speaker that a name, alias or role description may denote, with
 * what it was matched by and the role it held at the date asked about.
 *
 * @param speaker the speaker
 * @param how whether the description matched the speaker's name, an alias or a role
 * @param matchedBy the name, alias or role (as "title, organization") that matched
 * @param role the role the description names, or else one held at the date asked about, if any
 */
public record Identity(Speaker speaker, How how, String matchedBy, Optional<Role> role) {
  /** Words that qualify a description without telling whom it denotes: "the", "then-", "former". */
  private static final Set<String> QUALIFIERS =
      Set.of("the", "a", "an", "then", "former", "ex", "current", "now", "late", "of");

  /** What a description matched, from the most to the least telling. */
  public enum How {
    /** The speaker's preferred name contains every word of the description. */
    NAME,
    /** One of the speaker's aliases contains every word of the description. */
    ALIAS,
    /** The title and organization of one of the speaker's roles account for every word. */
    ROLE
  }

  /**
   * {@return the speakers that {@code description} may denote at {@code at} (any time if empty), best first:
   * by {@link How}, then in ledger order, each speaker once} Words such as "the", "then" and
   * "former" are ignored. A description matches a name or alias that contains all its other words;
   * it matches a role whose title words it contains when each of its remaining words is a word of
   * the role's organization or an adjective of it (a word sharing all but at most the last two
   * letters of the organization word: "Russian" and "Russia", "Ukrainian" and "Ukraine"). With a
   * date, a role must be held at some time within it, and a speaker found by name or alias is kept
   * if it held some role then or has no roles on record. Reads every speaker of the ledger.
   *
   * @param view the records to look in
   * @param description words for the speaker: part of a name, or a role
   * @param at when the role is held; empty for any time
   */
  public static Results<Identity> resolve(LedgerView view, String description, Optional<PartialDate> at) {
    List<String> words = significantWords(description);
    if (words.isEmpty()) {
      return table(List.of());
    }
    List<Identity> best = view.speakers().stream()
        .flatMap(speaker -> identify(speaker, words, at).stream())
        .sorted(Comparator.comparing(Identity::how))
        .collect(Collectors.toList());
    return table(best);
  }

  /** The normalized words of {@code description} without qualifiers, in order. */
  static List<String> significantWords(String description) {
    String normalized = QuoteText.normalize(description);
    if (normalized.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(normalized.split(" ")).filter(w -> !QUALIFIERS.contains(w))
        .collect(ImmutableList.toImmutableList());
  }

  /** How {@code speaker} matches the significant {@code words} at {@code at}, if it does. */
  static Optional<Identity> identify(Speaker speaker, List<String> words, Optional<PartialDate> at) {
    Optional<Role> described = speaker.roles().stream()
        .filter(r -> at.map(r::heldAt).orElse(true) && describes(r, words)).findFirst();
    Optional<Role> roleThen = described.or(() ->
        speaker.roles().stream().filter(r -> at.map(r::heldAt).orElse(false)).findFirst());
    boolean presentThen = at.isEmpty() || speaker.roles().isEmpty() || roleThen.isPresent();
    String joined = String.join(" ", words);
    if (presentThen) {
      for (String name : speaker.names()) {
        if (QuoteText.containsWords(name, joined)) {
          How how = name.equals(speaker.name()) ? How.NAME : How.ALIAS;
          return Optional.of(new Identity(speaker, how, name, roleThen));
        }
      }
    }
    return described.map(r -> new Identity(speaker, How.ROLE, describe(r), Optional.of(r)));
  }

  private static boolean describes(Role role, List<String> words) {
    List<String> title = List.of(QuoteText.normalize(role.title()).split(" "));
    if (!words.containsAll(title)) {
      return false;
    }
    List<String> organization = role.organization().map(QuoteText::normalize).filter(o -> !o.isEmpty())
        .map(o -> List.of(o.split(" "))).orElse(List.of());
    return words.stream().filter(w -> !title.contains(w))
        .allMatch(w -> organization.stream().anyMatch(o -> sameStem(w, o)));
  }

  /** Whether {@code word} is {@code base} or an adjective formed from it ("russian", "russia"). */
  private static boolean sameStem(String word, String base) {
    if (word.equals(base)) {
      return true;
    }
    int common = 0;
    while (common < Math.min(word.length(), base.length()) && word.charAt(common) == base.charAt(common)) {
      common++;
    }
    return common >= 3 && common >= base.length() - 2;
  }

  private static String describe(Role role) {
    return role.title() + role.organization().map(o -> ", " + o).orElse("");
  }

  private static String period(Role role) {
    if (role.start().isEmpty() && role.end().isEmpty()) {
      return "";
    }
    return " (" + role.start().map(Object::toString).orElse("") + "–" + role.end().map(Object::toString).orElse("") + ")";
  }

  private static Results<Identity> table(List<Identity> identities) {
    return new Results<>(identities, List.of(
        Column.data("speakerId", i -> i.speaker().id()),
        Column.of("speaker", "speaker", 28, i -> i.speaker().name()),
        Column.ofEnum("kind", "kind", 12, i -> i.speaker().kind()),
        Column.ofEnum("matched", "matched", 7, Identity::how),
        Column.of("by", "matchedBy", 40, Identity::matchedBy),
        Column.of("role", "role", 44, i -> i.role().map(r -> describe(r) + period(r)))));
  }

  /** A line break, then this identity as a one-row table: speaker, kind, matched, by, role. */
  @Override
  public String toString() {
    return table(List.of(this)).toString();
  }
}

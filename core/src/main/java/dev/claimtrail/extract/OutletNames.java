package dev.claimtrail.extract;

import dev.claimtrail.model.Outlet;
import org.jspecify.annotations.Nullable;

/**
 * What the words of a text say of outlets: a name that ends in an outlet word or a web domain
 * ("Daily News", "rt.com"), the kind of outlet a noun before a name gives ("the broadcaster X"),
 * and who owns it ("state-owned").
 */
final class OutletNames {
  private final Tokens t;
  private final Lexicon lex;

  OutletNames(Tokens t, Lexicon lex) {
    this.t = t;
    this.lex = lex;
  }

  /** The kind of outlet that the word before token {@code a} names ("the newspaper X"), or null. */
  Outlet.@Nullable Kind outletBefore(int a) {
    return t.isWord(a - 1) ? lex.outletKinds.get(t.lower(a - 1)) : null;
  }

  /** The owner named in the few words before token {@code a} ("Kremlin-controlled"), or null. */
  @Nullable String ownershipBefore(int a) {
    for (int j = a - 1; j >= Math.max(0, a - 5); j--) {
      if (!t.isWord(j)) {
        return null;
      }
      String w = t.lower(j);
      for (String ending : lex.ownershipEndings) {
        if (w.endsWith(ending)) {
          return t.text(j);
        }
      }
    }
    return null;
  }

  /** Whether the name run {@code [a, b)} ends in an outlet word or a web domain. */
  boolean isOutletName(int a, int b) {
    String last = t.lowerStem(b - 1);
    if (b - a >= 2 && lex.outletWords.contains(last)) {
      return true;
    }
    return lex.isDomain(last);
  }

  /** The kind of outlet the name run {@code [a, b)} names, from its last word. */
  Outlet.Kind guessOutletKind(int a, int b) {
    String last = t.lowerStem(b - 1);
    if (lex.isDomain(last)) {
      return Outlet.Kind.NEWS_SITE;
    }
    return lex.outletNameKinds.getOrDefault(last, Outlet.Kind.OTHER);
  }
}

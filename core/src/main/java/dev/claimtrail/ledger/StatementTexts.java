package dev.claimtrail.ledger;

import dev.claimtrail.model.Statement;
import dev.claimtrail.text.QuoteFingerprint;
import dev.claimtrail.text.QuoteForms;

/**
 * The indexes of a segment's statement texts by ordinal, which only variant lookups read ({@link
 * Resemblance}): by the hashes of their normalized forms, by their word pairs, and the pair counts
 * that bound which statements can match. Immutable once built.
 */
final class StatementTexts {
  /** Statements by each {@link QuoteFingerprint#whole} hash of their text. */
  final HashPostings byWhole;
  /**
   * Statements by each {@link QuoteFingerprint#wordPairs} hash of their text, and an elided one also
   * by its words that stand alone between elisions ({@link #pairsAndLoneWords}).
   */
  final HashPostings byWordPair;
  /**
   * {@link #byWordPair} restricted to the {@link #isShort short} statements, for a lookup that
   * leaves the longest lists of its hashes unread (see {@link Resemblance}).
   */
  final HashPostings shortByWordPair;
  /**
   * Per statement, the number of its distinct word-pair hashes ({@link QuoteFingerprint#wordPairs})
   * in the high 16 bits and {@link QuoteFingerprint#containedPairs} in the low 16, each capped at
   * 65 535: the bounds a lookup needs to skip candidates that cannot match, in one int.
   */
  private final int[] pairCounts;

  /** Builds the indexes of the texts of {@code statements}, by their ordinals in the table. */
  StatementTexts(RecordTable<?, Statement> statements) {
    HashPostings.Builder wholes = new HashPostings.Builder();
    HashPostings.Builder pairs = new HashPostings.Builder();
    HashPostings.Builder shortPairs = new HashPostings.Builder();
    pairCounts = new int[statements.size()];
    for (int i = 0; i < statements.size(); i++) {
      QuoteForms forms = QuoteForms.of(statements.get(i).text());
      wholes.add(i, QuoteFingerprint.whole(forms));
      int[] wordPairs = QuoteFingerprint.wordPairs(forms);
      int[] hashes = pairsAndLoneWords(wordPairs, forms);
      pairs.add(i, hashes);
      pairCounts[i] = packPairCounts(wordPairs.length, QuoteFingerprint.containedPairs(forms));
      if (hasShortCounts(pairCounts[i])) {
        shortPairs.add(i, hashes);
      }
    }
    byWhole = wholes.build();
    byWordPair = pairs.build();
    shortByWordPair = shortPairs.build();
  }

  /**
   * The indexes {@link #writeTo} wrote for {@code statementCount} statements, read back; throws
   * {@link IllegalArgumentException} if their counts are of another number of statements.
   */
  StatementTexts(ImageInput in, int statementCount) {
    byWhole = HashPostings.read(in);
    byWordPair = HashPostings.read(in);
    shortByWordPair = HashPostings.read(in);
    pairCounts = in.readInts();
    if (pairCounts.length != statementCount) {
      throw new IllegalArgumentException("the pair counts are of " + pairCounts.length + " statements");
    }
  }

  /** Writes these indexes, for the constructor that reads them back. */
  void writeTo(ImageOutput out) {
    byWhole.writeTo(out);
    byWordPair.writeTo(out);
    shortByWordPair.writeTo(out);
    out.writeInts(pairCounts);
  }

  /** The number of distinct word-pair hashes of the statement at {@code ordinal}, capped. */
  int pairCount(int ordinal) {
    return pairsIn(pairCounts[ordinal]);
  }

  /** {@link QuoteFingerprint#containedPairs} of the statement at {@code ordinal}, capped. */
  int containedPairs(int ordinal) {
    return containedIn(pairCounts[ordinal]);
  }

  /**
   * Whether the statement at {@code ordinal} may be a variant candidate while sharing no more than
   * {@link Resemblance#MAX_DEFERRED} hashes with a query: it has fewer than twice that many word
   * pairs, or at most that many {@link QuoteFingerprint#containedPairs}. Any other statement must
   * share more, so a lookup finds it among the hashes it reads in full.
   */
  boolean isShort(int ordinal) {
    return hasShortCounts(pairCounts[ordinal]);
  }

  private static int packPairCounts(int pairs, int contained) {
    return Math.min(pairs, 0xFFFF) << 16 | Math.min(contained, 0xFFFF);
  }

  private static boolean hasShortCounts(int packedCounts) {
    return pairsIn(packedCounts) < 2 * Resemblance.MAX_DEFERRED || containedIn(packedCounts) <= Resemblance.MAX_DEFERRED;
  }

  private static int pairsIn(int packedCounts) {
    return packedCounts >>> 16;
  }

  private static int containedIn(int packedCounts) {
    return packedCounts & 0xFFFF;
  }

  /**
   * The word-pair hashes of a statement plus the hash of each word that stands alone between
   * elisions ("peace … war"), so that a text holding those words in order apart finds the statement
   * by its single words.
   */
  private static int[] pairsAndLoneWords(int[] pairs, QuoteForms forms) {
    if (!forms.elided()) {
      return pairs;
    }
    IntList hashes = new IntList();
    for (int pair : pairs) {
      hashes.add(pair);
    }
    for (String fragment : forms.fragments()) {
      if (!fragment.contains(" ")) {
        hashes.add(QuoteFingerprint.hash(fragment));
      }
    }
    return hashes.toArray();
  }
}

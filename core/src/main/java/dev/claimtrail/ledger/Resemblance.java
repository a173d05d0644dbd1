package dev.claimtrail.ledger;

import dev.claimtrail.text.QuoteFingerprint;
import dev.claimtrail.text.QuoteForms;
import dev.claimtrail.text.QuoteMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The hashes of a quote a variant lookup ({@link Ledger#statementsResembling}) asks for, and how
 * it collects candidate statements from one segment.
 *
 * <p>A statement's count is the number of the quote's hashes it shares, its normalized forms
 * weighing more than all word pairs together. A candidate sharing too few pairs to be any variant
 * {@link QuoteMatcher} accepts is dropped: a similar text shares more than half the pairs of the
 * one with fewer, and a text holding the other's words as a run, or its fragments between elisions
 * in order, shares all the pairs of the other's fewest ({@link QuoteFingerprint#containedPairs}).
 *
 * <p>Most of the postings a quote's hashes reach sit in the lists of its few commonest word pairs.
 * Up to {@link #MAX_DEFERRED} of the longest lists are left unread when the quote is long enough
 * that every statement sharing no more hashes than that cannot be a candidate unless it is {@link
 * StatementTexts#isShort short}: short statements are counted on those lists through the segment's
 * separate index of them, and any other statement, which must share more hashes, is found through
 * the lists read in full and then looked up in the unread ones by binary search, only when those
 * could lift it over its bound. Every count that decides a candidate is therefore exact, and the
 * candidates and their order are those of reading every list.
 */
final class Resemblance {
  /** The most lists of a quote's hashes a lookup leaves unread. */
  static final int MAX_DEFERRED = 3;

  private final int[] wholes;
  /** The quote's word pairs and single words, distinct. */
  private final int[] hashes;
  private final int queryPairs;
  private final int queryContained;
  /** What each shared normalized form counts: more than all the other hashes together. */
  private final int wholeWeight;
  /**
   * How many lists may be left unread for this quote: with {@code m} of them, a statement that is
   * not short needs more than {@code m} shared hashes only when the quote has at least {@code 2m}
   * word pairs and more than {@code m} {@link QuoteFingerprint#containedPairs}.
   */
  private final int deferrable;

  /** The query side of a lookup of a quote with these forms, which must hold a word pair ({@link #hasWordPair}). */
  Resemblance(QuoteForms forms) {
    this(forms, MAX_DEFERRED);
  }

  /**
   * As {@link #Resemblance(QuoteForms)}, leaving at most {@code maxDeferred} lists unread (0 reads
   * every list), which must not exceed {@link #MAX_DEFERRED}.
   */
  Resemblance(QuoteForms forms, int maxDeferred) {
    if (maxDeferred < 0 || maxDeferred > MAX_DEFERRED) {
      throw new IllegalArgumentException("maxDeferred must be within [0, " + MAX_DEFERRED + "]: " + maxDeferred);
    }
    wholes = QuoteFingerprint.whole(forms);
    int[] pairs = QuoteFingerprint.wordPairs(forms);
    hashes = withSingleWords(pairs, forms);
    queryPairs = pairs.length;
    queryContained = QuoteFingerprint.containedPairs(forms);
    wholeWeight = hashes.length + 1;
    deferrable = Math.max(0, Math.min(maxDeferred, Math.min(queryPairs / 2, queryContained - 1)));
  }

  /**
   * Whether some fragment of the quote between elisions has two words: a quote with none cannot be
   * found by word pairs.
   */
  static boolean hasWordPair(QuoteForms forms) {
    return forms.fragments().stream().anyMatch(fragment -> fragment.contains(" "));
  }

  /**
   * Adds the hashes of the single words, with and without insertions, which is how one-word
   * statements and words standing alone between elisions are indexed.
   */
  private static int[] withSingleWords(int[] pairs, QuoteForms forms) {
    String words = forms.plain() + " " + forms.withInsertions();
    IntStream singles = Arrays.stream(words.strip().split(" ")).mapToInt(QuoteFingerprint::hash);
    return IntStream.concat(Arrays.stream(pairs), singles).distinct().toArray();
  }

  /**
   * Adds the live candidates of {@code part}, the {@code p}-th of its ledger, to {@code out}, each as
   * {@code {count, p << 32 | ordinal}}.
   */
  void addCandidates(Part part, int p, List<long[]> out) {
    Segment segment = part.segment;
    StatementTexts texts = segment.texts();
    HashPostings pairs = texts.byWordPair;
    HashPostings shortPairs = texts.shortByWordPair;
    int[] lists = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      lists[i] = pairs.find(hashes[i]);
    }
    int[] deferredLists = new int[deferrable];
    int[] shortLists = new int[deferrable];
    int deferred = 0;
    int additions = 0;
    for (; deferred < deferrable; deferred++) {
      int longest = longest(pairs, lists);
      if (longest < 0) {
        break;
      }
      deferredLists[deferred] = lists[longest];
      lists[longest] = -1;
      shortLists[deferred] = shortPairs.find(hashes[longest]);
      additions += shortPairs.size(shortLists[deferred]);
    }
    int[] wholeLists = new int[wholes.length];
    for (int i = 0; i < wholes.length; i++) {
      wholeLists[i] = texts.byWhole.find(wholes[i]);
      additions += texts.byWhole.size(wholeLists[i]);
    }
    for (int list : lists) {
      additions += pairs.size(list);
    }
    OrdinalCounts counts = new OrdinalCounts(Math.min(additions, segment.statements.size()));
    for (int list : wholeLists) {
      texts.byWhole.addTo(counts, list, wholeWeight);
    }
    for (int list : lists) {
      pairs.addTo(counts, list, 1);
    }
    for (int d = 0; d < deferred; d++) {
      shortPairs.addTo(counts, shortLists[d], 1);
    }
    for (int slot = 0; slot < counts.slots(); slot++) {
      int ordinal = counts.ordinalAt(slot);
      if (ordinal < 0) {
        continue;
      }
      int shared = counts.countAt(slot);
      if (deferred > 0 && !texts.isShort(ordinal)) {
        if (!mayMatch(shared + deferred, texts, ordinal)) {
          continue;
        }
        for (int d = 0; d < deferred; d++) {
          if (pairs.carries(deferredLists[d], ordinal)) {
            shared++;
          }
        }
      }
      if (mayMatch(shared, texts, ordinal) && !part.isDead(RecordKind.STATEMENT, ordinal)) {
        out.add(new long[] {shared, (long) p << 32 | ordinal});
      }
    }
  }

  /** The position in {@code lists} of the longest non-empty list of {@code index}, or -1 when none is left. */
  private static int longest(HashPostings index, int[] lists) {
    int longest = -1;
    for (int i = 0; i < lists.length; i++) {
      if (index.size(lists[i]) > 0 && (longest < 0 || index.size(lists[i]) > index.size(lists[longest]))) {
        longest = i;
      }
    }
    return longest;
  }

  /** Whether a statement sharing {@code shared} counts with the quote passes the bound of its kind. */
  private boolean mayMatch(int shared, StatementTexts texts, int ordinal) {
    return shared >= wholeWeight || 2 * shared >= leastShared(texts, ordinal);
  }

  /** Twice the fewest word pairs a statement must share with the quote to be a variant of any kind but those the whole-text hashes find. */
  private int leastShared(StatementTexts texts, int ordinal) {
    int similar = Math.min(queryPairs, texts.pairCount(ordinal)) + 1;
    return Math.min(similar, 2 * Math.min(queryContained, texts.containedPairs(ordinal)));
  }
}

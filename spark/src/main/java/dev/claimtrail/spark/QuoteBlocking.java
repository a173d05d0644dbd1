package dev.claimtrail.spark;

import dev.claimtrail.text.QuoteFingerprint;
import dev.claimtrail.text.QuoteForms;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Gives a statement its blocking keys: MinHash over the hashes of its word pairs ({@link
 * QuoteFingerprint#wordPairs}), cut into bands of {@link #ROWS} minima, one key per band, and the
 * hashes of its whole normalized forms ({@link QuoteFingerprint#whole}). Two statements that share
 * a key are a candidate pair. Texts with a share {@code s} of their word pairs in common share a
 * band with probability {@code 1 - (1 - s^ROWS)^BANDS}: for a variant that keeps a quarter of the
 * pairs of the text (a truncation), above nine in ten with the {@value #BANDS} bands; for unrelated
 * texts, which share few pairs, next to none. Rows in: {@code id}, {@code text}; rows out: {@code
 * key}, {@code id}, one per key.
 */
final class QuoteBlocking implements FlatMapFunction<Row, Row> {
  /** How many bands of minima a statement's signature has. */
  static final int BANDS = 40;
  /** How many minima a band holds: two, so that one common pair of words ("of the") makes no key. */
  static final int ROWS = 2;

  private static final long serialVersionUID = 1L;
  /** Sets the keys of whole forms apart from those of bands. */
  private static final long WHOLE_SEED = 0x5851F42D4C957F2DL;

  @Override
  public Iterator<Row> call(Row statement) {
    String id = statement.getString(0);
    QuoteForms forms = QuoteForms.of(statement.getString(1));
    List<Row> keys = new ArrayList<>();
    int[] pairs = QuoteFingerprint.wordPairs(forms);
    if (pairs.length > 0) {
      for (int band = 0; band < BANDS; band++) {
        long key = mix(band + 1);
        for (int row = 0; row < ROWS; row++) {
          key = mix(key ^ (minimum(pairs, band * ROWS + row) & 0xFFFFFFFFL));
        }
        keys.add(RowFactory.create(key, id));
      }
    }
    for (int whole : QuoteFingerprint.whole(forms)) {
      keys.add(RowFactory.create(mix(WHOLE_SEED ^ (whole & 0xFFFFFFFFL)), id));
    }
    return keys.iterator();
  }

  /** The least of the pair hashes under the {@code function}-th hash function. */
  private static int minimum(int[] pairs, int function) {
    int least = Integer.MAX_VALUE;
    for (int pair : pairs) {
      least = Math.min(least, (int) mix(pair ^ (function + 1) * 0x9E3779B97F4A7C15L));
    }
    return least;
  }

  /** The finalizer of MurmurHash3's 64-bit hash. */
  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87b3L;
    h ^= h >>> 33;
    return h;
  }
}

package dev.claimtrail.ledger;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An inverted index from 32-bit hashes (of normalized quotes and of their word pairs) to ascending
 * ordinals, packed into bytes. Hashes may collide; callers check the records they get.
 *
 * <p>The distinct hashes are kept sorted: in an int array, or, when there are at least {@link
 * #DIRECTORY_MIN} of them, as their low 16 bits in a char array with the start of each value of
 * the high 16 bits in a directory, two bytes a hash instead of four. The lists of the hashes, in
 * the same order, are {@link PackedLists}.
 *
 * <p>Most word pairs belong to few statements, and the commonest ones to statements close
 * together, so most gaps take one or two bytes: about 1.8 bytes a posting on a synthetic corpus of
 * a million attributions, against four as ints.
 */
final class HashPostings {
  /**
   * Lists per group of {@link PackedLists}: word pairs are many, and a variant lookup spends its
   * time reading their lists more than finding them.
   */
  private static final int GROUP = 8;
  /** The fewest keys kept as their low halves under a directory of the high ones, which costs 256 KiB. */
  static final int DIRECTORY_MIN = 1 << 16;
  /** Bits of the hash sorted per pass of {@link #sort}: three passes cover the 32. */
  private static final int RADIX_BITS = 11;
  /** Below this many pairs, sorting by comparison is as fast as the passes' fixed cost. */
  private static final int RADIX_MIN = 4096;

  /** The keys in ascending order, or null when {@link #lowKeys} holds them. */
  private final int @Nullable [] keys;
  /** The low 16 bits of the keys in ascending order of the keys, or null when {@link #keys} holds them. */
  private final char @Nullable [] lowKeys;
  /**
   * Where the keys of each value of the high 16 bits, taken as a signed short plus 32 768, start in
   * {@link #lowKeys}, plus their end; null when {@link #keys} holds the keys.
   */
  private final int @Nullable [] directory;
  private final PackedLists lists;

  /**
   * Builds the index from pairs packed as {@code hash << 32 | ordinal}, sorted (in place, or into
   * a new array that this returns) with {@link #sort}.
   */
  private HashPostings(long[] pairs, int count, boolean ordinalsAscending) {
    long[] sorted = sort(pairs, count, ordinalsAscending);
    int[] keys = new int[count];
    int[] ordinals = new int[Math.min(count, 1024)];
    PackedLists.Writer writer = new PackedLists.Writer(count, GROUP);
    int keyCount = 0;
    for (int i = 0; i < count; ) {
      int key = (int) (sorted[i] >> 32);
      int listLength = 0;
      for (; i < count && (int) (sorted[i] >> 32) == key; i++) {
        if (listLength == 0 || ordinals[listLength - 1] != (int) sorted[i]) {
          if (listLength == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, listLength * 2);
          }
          ordinals[listLength++] = (int) sorted[i];
        }
      }
      keys[keyCount++] = key;
      writer.add(ordinals, 0, listLength);
    }
    if (keyCount < DIRECTORY_MIN) {
      this.keys = Arrays.copyOf(keys, keyCount);
      this.lowKeys = null;
      this.directory = null;
    } else {
      this.keys = null;
      this.lowKeys = new char[keyCount];
      this.directory = new int[(1 << 16) + 1];
      for (int k = 0; k < keyCount; k++) {
        lowKeys[k] = (char) keys[k];
        directory[highHalf(keys[k]) + 1]++;
      }
      for (int high = 0; high < 1 << 16; high++) {
        directory[high + 1] += directory[high];
      }
    }
    this.lists = writer.build();
  }

  private HashPostings(int @Nullable [] keys, char @Nullable [] lowKeys, int @Nullable [] directory, PackedLists lists) {
    this.keys = keys;
    this.lowKeys = lowKeys;
    this.directory = directory;
    this.lists = lists;
  }

  /** Writes this index for {@link #read}. */
  void writeTo(ImageOutput out) {
    out.writeInts(keys);
    out.writeChars(lowKeys);
    out.writeInts(directory);
    lists.writeTo(out);
  }

  /** The index {@link #writeTo} wrote. */
  static HashPostings read(ImageInput in) {
    int[] keys = in.readNullableInts();
    char[] lowKeys = in.readNullableChars();
    int[] directory = in.readNullableInts();
    PackedLists lists = PackedLists.read(in);
    int keyCount = keys != null ? keys.length : lowKeys != null ? lowKeys.length : -1;
    if (keyCount != lists.count() || (keys == null) == (lowKeys == null) || (lowKeys == null) != (directory == null)
        || directory != null && directory.length != (1 << 16) + 1) {
      throw new IllegalArgumentException("a hash index's keys do not fit its " + lists.count() + " lists");
    }
    return new HashPostings(keys, lowKeys, directory, lists);
  }

  /**
   * The first {@code count} packed pairs sorted as signed longs: by hash, then ordinal. When the
   * ordinals were added in ascending order, as a segment adds its records, a stable least
   * significant digit radix sort on the hash alone gives that order in three passes over the
   * pairs; otherwise, or when there are few pairs, this sorts in place by comparison.
   */
  private static long[] sort(long[] pairs, int count, boolean ordinalsAscending) {
    if (!ordinalsAscending || count < RADIX_MIN) {
      Arrays.sort(pairs, 0, count);
      return pairs;
    }
    long[] from = pairs;
    long[] to = new long[count];
    int[] bucketStarts = new int[1 << RADIX_BITS];
    for (int shift = 32; shift < 64; shift += RADIX_BITS) {
      Arrays.fill(bucketStarts, 0);
      for (int i = 0; i < count; i++) {
        bucketStarts[digit(from[i], shift)]++;
      }
      int start = 0;
      for (int b = 0; b < bucketStarts.length; b++) {
        int size = bucketStarts[b];
        bucketStarts[b] = start;
        start += size;
      }
      for (int i = 0; i < count; i++) {
        to[bucketStarts[digit(from[i], shift)]++] = from[i];
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  /**
   * The digit of a packed pair sorted at bit {@code shift}, the hash's sign bit flipped so that
   * digits order the hashes as signed ints.
   */
  private static int digit(long pair, int shift) {
    return (int) ((pair ^ Long.MIN_VALUE) >>> shift) & ((1 << RADIX_BITS) - 1);
  }

  /** Collects (hash, ordinal) pairs in any order, each pair counted once. */
  static final class Builder {
    private long[] pairs = new long[16];
    private int count;
    private int lastOrdinal;
    private boolean ordinalsAscending = true;

    /** Records that the record at {@code ordinal} carries each of {@code hashes}. */
    void add(int ordinal, int[] hashes) {
      for (int hash : hashes) {
        add(ordinal, hash);
      }
    }

    /** Records that the record at {@code ordinal}, which must not be negative, carries {@code hash}. */
    void add(int ordinal, int hash) {
      if (ordinal < 0) {
        throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
      }
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = (long) hash << 32 | ordinal;
      ordinalsAscending &= ordinal >= lastOrdinal;
      lastOrdinal = ordinal;
    }

    HashPostings build() {
      return new HashPostings(pairs, count, ordinalsAscending);
    }
  }

  /**
   * Where the list of {@code hash} starts, to pass to {@link #size}, {@link #addTo} and {@link
   * #carries}; a negative number when no record carries it.
   */
  @SuppressWarnings("NullAway") // lowKeys and directory are set whenever keys is null
  int find(int hash) {
    int key = keys != null
        ? Arrays.binarySearch(keys, hash)
        : Arrays.binarySearch(lowKeys, directory[highHalf(hash)], directory[highHalf(hash) + 1], (char) hash);
    return key < 0 ? -1 : lists.find(key);
  }

  /** How many records carry the list at {@code list}, a position {@link #find} returned; 0 when negative. */
  int size(int list) {
    return list < 0 ? 0 : lists.size(list);
  }

  /**
   * Adds {@code weight} to the count of every record in the list at {@code list}; nothing when
   * {@code list} is negative.
   */
  void addTo(OrdinalCounts counts, int list, int weight) {
    if (list >= 0) {
      lists.addTo(counts, list, weight);
    }
  }

  /** Whether the record at {@code ordinal} is in the list at {@code list}, decoding at most one block of it. */
  boolean carries(int list, int ordinal) {
    return list >= 0 && lists.carries(list, ordinal);
  }

  /** The high 16 bits of {@code hash} as a directory index: in the order of the hashes as signed ints. */
  private static int highHalf(int hash) {
    return (hash >> 16) + (1 << 15);
  }
}

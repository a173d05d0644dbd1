package dev.claimtrail.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An inverted index from 32-bit hashes (of normalized quotes and of their word pairs) to ascending
 * ordinals, packed into bytes. Hashes may collide; callers check the records they get.
 *
 * <p>The distinct hashes are kept sorted: in an int array, or, when there are at least {@link
 * #DIRECTORY_MIN} of them, as their low 16 bits in a char array with the start of each value of
 * the high 16 bits in a directory, two bytes a hash instead of four. Each hash's list follows the one before
 * in a byte array: its length as a variable-length integer (seven bits a byte, least significant
 * group first), then each ordinal as its gap from the one before, minus one, in the same encoding.
 * A list longer than {@link #BLOCK} also starts with a table of two little-endian ints per block
 * after the first: the ordinal just before the block and where the block starts, so {@link
 * #carries} decodes at most one block. Where each {@link #GROUP}-th list starts is kept in an int
 * array; the lists between are reached by skipping the ones before them.
 *
 * <p>Most word pairs belong to few statements, and the commonest ones to statements close
 * together, so most gaps take one or two bytes: about 1.8 bytes a posting on a synthetic corpus of
 * a million attributions, against four as ints. One index holds at most 2 GiB of packed lists.
 */
final class HashPostings {
  /** Postings per block of a list: the most a {@link #carries} decodes. */
  static final int BLOCK = 32;
  /** Lists per group: one int of start position for every this many keys. */
  static final int GROUP = 8;
  /** The fewest keys kept as their low halves under a directory of the high ones, which costs 256 KiB. */
  static final int DIRECTORY_MIN = 1 << 16;
  /** Bits of the hash sorted per pass of {@link #sort}: three passes cover the 32. */
  private static final int RADIX_BITS = 11;
  /** Below this many pairs, sorting by comparison is as fast as the passes' fixed cost. */
  private static final int RADIX_MIN = 4096;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The keys in ascending order, or null when {@link #lowKeys} holds them. */
  private final int[] keys;
  /** The low 16 bits of the keys in ascending order of the keys, or null when {@link #keys} holds them. */
  private final char[] lowKeys;
  /**
   * Where the keys of each value of the high 16 bits, taken as a signed short plus 32 768, start in
   * {@link #lowKeys}, plus their end; null when {@link #keys} holds the keys.
   */
  private final int[] directory;
  /** The position in {@link #lists} of the list of every {@link #GROUP}-th key. */
  private final int[] groupStarts;
  private final byte[] lists;

  /**
   * Builds the index from pairs packed as {@code hash << 32 | ordinal}, sorted (in place, or into
   * a new array that this returns) with {@link #sort}.
   */
  private HashPostings(long[] pairs, int count, boolean ordinalsAscending) {
    long[] sorted = sort(pairs, count, ordinalsAscending);
    int[] keys = new int[count];
    int[] groupStarts = new int[(count + GROUP - 1) / GROUP];
    int[] ordinals = new int[Math.min(count, 1024)];
    ByteSink sink = new ByteSink(count);
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
      if (keyCount % GROUP == 0) {
        groupStarts[keyCount / GROUP] = sink.size();
      }
      keys[keyCount++] = key;
      sink.writeList(ordinals, listLength);
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
    this.groupStarts = Arrays.copyOf(groupStarts, (keyCount + GROUP - 1) / GROUP);
    this.lists = sink.toArray();
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

  /** A growing byte array that packed lists are written to. */
  private static final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int expected) {
      bytes = new byte[Math.max(16, expected)];
    }

    int size() {
      return size;
    }

    /** Writes the {@code length} ascending {@code ordinals} as one list of the format {@link HashPostings} describes. */
    void writeList(int[] ordinals, int length) {
      writeVarint(length);
      int blocks = (length + BLOCK - 1) / BLOCK;
      int table = size;
      reserve(8 * (blocks - 1));
      size += 8 * (blocks - 1);
      int blocksStart = size;
      int previous = -1;
      for (int i = 0; i < length; i++) {
        if (i > 0 && i % BLOCK == 0) {
          int entry = table + 8 * (i / BLOCK - 1);
          INT.set(bytes, entry, previous);
          INT.set(bytes, entry + 4, size - blocksStart);
        }
        writeVarint(ordinals[i] - previous - 1);
        previous = ordinals[i];
      }
    }

    private void writeVarint(int value) {
      reserve(5);
      while ((value & ~0x7F) != 0) {
        bytes[size++] = (byte) (value | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    private void reserve(int more) {
      if (size + (long) more > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("hash postings exceed 2 GiB; split the records into smaller segments");
      }
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size + more, 2L * bytes.length)));
      }
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /**
   * Where the list of {@code hash} starts, to pass to {@link #size}, {@link #addTo} and {@link
   * #carries}; a negative number when no record carries it.
   */
  int find(int hash) {
    int key = keys != null
        ? Arrays.binarySearch(keys, hash)
        : Arrays.binarySearch(lowKeys, directory[highHalf(hash)], directory[highHalf(hash) + 1], (char) hash);
    if (key < 0) {
      return -1;
    }
    int position = groupStarts[key / GROUP];
    for (int skipped = key - key % GROUP; skipped < key; skipped++) {
      position = skipList(position);
    }
    return position;
  }

  /** How many records carry the list at {@code list}, a position {@link #find} returned; 0 when negative. */
  int size(int list) {
    return list < 0 ? 0 : readVarint(list);
  }

  /**
   * Adds {@code weight} to the count of every record in the list at {@code list}, without copying
   * its postings; nothing when {@code list} is negative.
   */
  void addTo(OrdinalCounts counts, int list, int weight) {
    if (list < 0) {
      return;
    }
    int length = readVarint(list);
    int position = blocksStart(list, length);
    int ordinal = -1;
    for (int i = 0; i < length; i++) {
      int gap = lists[position++];
      if (gap < 0) {
        gap = readVarint(position - 1);
        position += varintLength(gap) - 1;
      }
      ordinal += gap + 1;
      counts.add(ordinal, weight);
    }
  }

  /** Whether the record at {@code ordinal} is in the list at {@code list}, decoding at most one block of it. */
  boolean carries(int list, int ordinal) {
    if (list < 0) {
      return false;
    }
    int length = readVarint(list);
    int table = list + varintLength(length);
    int blocksStart = blocksStart(list, length);
    int low = 0;
    int high = (length - 1) / BLOCK;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if ((int) INT.get(lists, table + 8 * middle) < ordinal) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int block = low;
    int position = block == 0 ? blocksStart : blocksStart + (int) INT.get(lists, table + 8 * (block - 1) + 4);
    int value = block == 0 ? -1 : (int) INT.get(lists, table + 8 * (block - 1));
    int remaining = Math.min(BLOCK, length - block * BLOCK);
    for (int i = 0; i < remaining; i++) {
      int gap = lists[position++];
      if (gap < 0) {
        gap = readVarint(position - 1);
        position += varintLength(gap) - 1;
      }
      value += gap + 1;
      if (value >= ordinal) {
        return value == ordinal;
      }
    }
    return false;
  }

  /** The high 16 bits of {@code hash} as a directory index: in the order of the hashes as signed ints. */
  private static int highHalf(int hash) {
    return (hash >> 16) + (1 << 15);
  }

  /** Where the gaps of the list at {@code list}, of {@code length} postings, start: past its length and block table. */
  private int blocksStart(int list, int length) {
    return list + varintLength(length) + 8 * ((length - 1) / BLOCK);
  }

  /** The position just after the list at {@code list}. */
  private int skipList(int list) {
    int length = readVarint(list);
    int position = blocksStart(list, length);
    int blocks = (length - 1) / BLOCK;
    if (blocks > 0) {
      position += (int) INT.get(lists, list + varintLength(length) + 8 * (blocks - 1) + 4);
    }
    for (int left = length - blocks * BLOCK; left > 0; position++) {
      if (lists[position] >= 0) {
        left--;
      }
    }
    return position;
  }

  /** The variable-length integer at {@code position}, which takes {@link #varintLength} of it in bytes. */
  private int readVarint(int position) {
    int value = 0;
    int shift = 0;
    byte b;
    do {
      b = lists[position++];
      value |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return value;
  }

  /** How many bytes the variable-length integer {@code value} takes. */
  private static int varintLength(int value) {
    return (38 - Integer.numberOfLeadingZeros(value | 1)) / 7;
  }
}

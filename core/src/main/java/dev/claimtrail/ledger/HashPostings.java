package dev.claimtrail.ledger;

import java.util.Arrays;

/**
 * An inverted index from 32-bit hashes (of normalized quotes and of their word pairs) to ascending
 * ordinals, packed in one byte array. Each hash is {@linkplain Hashes#mix mixed}; the top bits of
 * the mix choose a bucket, about one per two to four hashes, and a directory holds where each
 * bucket starts. A bucket lists its hashes in ascending order of their mix, each as the rest of its
 * mix in a fixed number of bytes, then its number of ordinals and the ordinals as gaps from the one
 * before (the first from zero), both as variable-length integers of seven bits a byte. A lookup
 * reads one directory slot and decodes its bucket in place. Hashes may collide; callers check the
 * records they get.
 */
final class HashPostings {
  private static final int[] NONE = {};

  /** Where each bucket starts in {@link #arena}, plus where the last one ends. */
  private final int[] bucketStarts;
  private final byte[] arena;
  /** How many top bits of a mix choose its bucket (0 to 29). */
  private final int bucketBits;
  /** How many bytes hold the rest of a mix (1 to 4). */
  private final int restBytes;

  /**
   * Builds the index from pairs packed as {@code (mix ^ Integer.MIN_VALUE) << 32 | ordinal}, which
   * sort as the unsigned mixes; sorts the given array.
   */
  private HashPostings(long[] pairs, int count) {
    Arrays.sort(pairs, 0, count);
    int keys = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || pairs[i] >>> 32 != pairs[i - 1] >>> 32) {
        keys++;
      }
    }
    bucketBits = 31 - Integer.numberOfLeadingZeros(Math.max(1, keys / 2));
    restBytes = (32 - bucketBits + 7) / 8;
    bucketStarts = new int[(1 << bucketBits) + 1];
    ByteWriter out = new ByteWriter(count * 2 + keys * (restBytes + 1));
    int bucket = 0;
    int i = 0;
    while (i < count) {
      int mix = (int) (pairs[i] >>> 32) ^ Integer.MIN_VALUE;
      int end = i + 1;
      while (end < count && pairs[end] >>> 32 == pairs[i] >>> 32) {
        end++;
      }
      bucket = startBuckets(bucket, bucketOf(mix), out.size());
      out.fixed(restOf(mix), restBytes);
      out.varint(distinctOrdinals(pairs, i, end));
      int previous = 0;
      for (int j = i; j < end; j++) {
        int ordinal = (int) pairs[j];
        if (j == i || ordinal != previous) {
          out.varint(ordinal - previous);
          previous = ordinal;
        }
      }
      i = end;
    }
    startBuckets(bucket, bucketStarts.length - 1, out.size());
    arena = out.toArray();
  }

  /**
   * Records that the buckets after {@code last} up to {@code next} start at {@code at} (those in
   * between being empty); returns {@code next}.
   */
  private int startBuckets(int last, int next, int at) {
    for (int b = last + 1; b <= next; b++) {
      bucketStarts[b] = at;
    }
    return next;
  }

  private static int distinctOrdinals(long[] pairs, int from, int to) {
    int distinct = 1;
    for (int j = from + 1; j < to; j++) {
      if (pairs[j] != pairs[j - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  /** Collects (hash, ordinal) pairs in any order, each pair counted once. */
  static final class Builder {
    private long[] pairs = new long[16];
    private int count;

    /** Records that the record at {@code ordinal} (zero or more) carries each of {@code hashes}. */
    void add(int ordinal, int[] hashes) {
      for (int hash : hashes) {
        add(ordinal, hash);
      }
    }

    /** Records that the record at {@code ordinal} (zero or more) carries {@code hash}. */
    void add(int ordinal, int hash) {
      if (ordinal < 0) {
        throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
      }
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = (long) (Hashes.mix(hash) ^ Integer.MIN_VALUE) << 32 | ordinal;
    }

    HashPostings build() {
      return new HashPostings(pairs, count);
    }
  }

  /** How many records carry {@code hash}. */
  int count(int hash) {
    int at = find(hash);
    return at < 0 ? 0 : valueOf(varintAt(at));
  }

  /**
   * Adds {@code weight} to the count of every record carrying {@code hash}, decoding its postings in
   * place.
   */
  void addTo(OrdinalCounts counts, int hash, int weight) {
    int at = find(hash);
    if (at < 0) {
      return;
    }
    long read = varintAt(at);
    int ordinal = 0;
    for (int k = valueOf(read); k > 0; k--) {
      read = varintAt(nextOf(read));
      ordinal += valueOf(read);
      counts.add(ordinal, weight);
    }
  }

  /** The ascending ordinals of the records carrying {@code hash}. */
  int[] get(int hash) {
    int at = find(hash);
    if (at < 0) {
      return NONE;
    }
    long read = varintAt(at);
    int[] ordinals = new int[valueOf(read)];
    int ordinal = 0;
    for (int k = 0; k < ordinals.length; k++) {
      read = varintAt(nextOf(read));
      ordinal += valueOf(read);
      ordinals[k] = ordinal;
    }
    return ordinals;
  }

  /**
   * Where the posting count of {@code hash} starts in {@link #arena}, or -1 if no record carries
   * it.
   */
  private int find(int hash) {
    int mix = Hashes.mix(hash);
    int bucket = bucketOf(mix);
    int rest = restOf(mix);
    int at = bucketStarts[bucket];
    int end = bucketStarts[bucket + 1];
    while (at < end) {
      int stored = 0;
      for (int b = 0; b < restBytes; b++) {
        stored = stored << 8 | arena[at++] & 0xFF;
      }
      if (stored == rest) {
        return at;
      }
      if (Integer.compareUnsigned(stored, rest) > 0) {
        return -1;
      }
      long read = varintAt(at);
      at = nextOf(read);
      for (int k = valueOf(read); k > 0; k--) {
        while (arena[at++] < 0) {
          // a byte with more to follow
        }
      }
    }
    return -1;
  }

  private int bucketOf(int mix) {
    return (int) (Integer.toUnsignedLong(mix) >>> (32 - bucketBits));
  }

  private int restOf(int mix) {
    return (int) (mix & (1L << (32 - bucketBits)) - 1);
  }

  /**
   * The variable-length integer starting at {@code at} in the high half, and where the next value
   * starts in the low half.
   */
  private long varintAt(int at) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = arena[at++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return (long) value << 32 | at;
      }
    }
  }

  private static int valueOf(long read) {
    return (int) (read >>> 32);
  }

  private static int nextOf(long read) {
    return (int) read;
  }

  /** A growable byte array holding the encoded buckets while they are built. */
  private static final class ByteWriter {
    private byte[] bytes;
    private int size;

    ByteWriter(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
      return size;
    }

    /** Appends the low {@code width} bytes of {@code value}, most significant first. */
    void fixed(int value, int width) {
      for (int b = width - 1; b >= 0; b--) {
        put((byte) (value >>> (8 * b)));
      }
    }

    /** Appends a non-negative {@code value} seven bits a byte, low bits first. */
    void varint(int value) {
      while (value >= 0x80) {
        put((byte) (value | 0x80));
        value >>>= 7;
      }
      put((byte) value);
    }

    private void put(byte b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = b;
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }
}

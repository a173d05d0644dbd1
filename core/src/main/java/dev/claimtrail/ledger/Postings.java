package dev.claimtrail.ledger;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An inverted index from keys to the ascending ordinals of the records that carry them: a table
 * of keys, found through {@link OrdinalSlots}, numbering their lists, which are {@link
 * PackedLists}. Keys are the records' own id objects, so the index adds no copies of them.
 *
 * <p>An index may number its keys by a {@link RecordTable} whose ids they mostly are, as the
 * attributions of a segment mostly refer to its own statements and documents: a key that is the
 * id of a record there is numbered by that record's ordinal and found through the table, and only
 * the other keys are kept in a table of their own, numbered after the records.
 */
final class Postings<K> {
  /**
   * Lists per group of {@link PackedLists} unless asked otherwise: one int of start position per
   * four keys, and at most three lists skipped to find one.
   */
  static final int GROUP = 4;
  private static final int[] NONE = {};

  /** The table numbering the keys that are its records' ids, or null. */
  private final @Nullable RecordTable<?, ?> records;
  /** How many key numbers the records take: the size of {@link #records}, or 0. */
  private final int recordKeys;
  /** The keys that are not ids of {@link #records}, numbered from {@link #recordKeys} on. */
  private final Object[] keys;
  private final PackedLists lists;
  private final OrdinalSlots slots;

  /**
   * The index of the ids of {@code records} (null for none) and of {@code keys}, whose hash codes
   * are {@code keyHashes}, and their {@code lists}, numbered as the keys.
   */
  private Postings(@Nullable RecordTable<?, ?> records, Object[] keys, int[] keyHashes, PackedLists lists) {
    this(records, keys, lists, OrdinalSlots.ofDistinct(keys.length, k -> keyHashes[k]));
  }

  private Postings(@Nullable RecordTable<?, ?> records, Object[] keys, PackedLists lists, OrdinalSlots slots) {
    this.records = records;
    this.recordKeys = records == null ? 0 : records.size();
    this.keys = keys;
    this.lists = lists;
    this.slots = slots;
  }

  /** Writes this index, its keys as their {@link Object#toString()}, for {@link #read}. */
  void writeTo(ImageOutput out) {
    out.writeStrings(keys);
    lists.writeTo(out);
    slots.writeTo(out);
  }

  /**
   * The index {@link #writeTo} wrote, numbering keys by {@code records} (null for none) as the
   * written one did, each key other than a record's id made from its text by {@code keyOf}.
   */
  static <K> Postings<K> read(ImageInput in, @Nullable RecordTable<?, ?> records, Function<String, K> keyOf) {
    Object[] keys = in.readKeys(keyOf);
    PackedLists lists = PackedLists.read(in);
    int recordKeys = records == null ? 0 : records.size();
    if (lists.count() != recordKeys + keys.length) {
      throw new IllegalArgumentException("an index has " + lists.count() + " lists for "
          + (recordKeys + keys.length) + " keys");
    }
    return new Postings<>(records, keys, lists, OrdinalSlots.read(in));
  }

  /**
   * The index over ordinals {@code 0..size-1} where each record carries the keys {@code keysOf}
   * returns (a key listed twice for one record counts once).
   */
  static <K> Postings<K> of(int size, IntFunction<? extends Iterable<? extends K>> keysOf) {
    Pairs<K> pairs = new Pairs<>(size, null, GROUP);
    for (int ordinal = 0; ordinal < size; ordinal++) {
      for (K key : keysOf.apply(ordinal)) {
        pairs.add(key, ordinal);
      }
    }
    return pairs.build();
  }

  /**
   * The index over ordinals {@code 0..size-1} where each record carries at most one key: the one
   * {@code keyOf} returns, or none when it returns null. Spares {@link #of} a collection per record.
   */
  static <K> Postings<K> ofSingle(int size, IntFunction<? extends K> keyOf) {
    return ofSingle(size, keyOf, null, GROUP);
  }

  /**
   * As {@link #ofSingle(int, IntFunction)}, a key that is the id of a record of {@code records}
   * (null for none) numbered by that record's ordinal: {@link #keyIndex} of such a key is its
   * record's ordinal, whether or not any record carries it. The start of one list in every {@code
   * group} is kept (see {@link PackedLists}): 1 finds every list without skipping any, for four
   * bytes a key.
   */
  static <K> Postings<K> ofSingle(int size, IntFunction<? extends K> keyOf, @Nullable RecordTable<?, ?> records, int group) {
    Pairs<K> pairs = new Pairs<>(size, records, group);
    for (int ordinal = 0; ordinal < size; ordinal++) {
      K key = keyOf.apply(ordinal);
      if (key != null) {
        pairs.add(key, ordinal);
      }
    }
    return pairs.build();
  }

  /**
   * (key, ordinal) pairs collected in ascending ordinal order, each counted once. Numbers the keys
   * that are ids of the record table, if any, by their ordinal there, and the others after them in
   * the order they first come, through an open-addressing table of key numbers that grows by
   * doubling, the hash code of each key computed once.
   */
  private static final class Pairs<K> {
    private final @Nullable RecordTable<?, ?> records;
    private final int recordKeys;
    /** The keys that are not ids of {@link #records}. */
    private Object[] keys = new Object[16];
    private int[] keyHashes = new int[16];
    /** The ordinal each key was last added with, by key number, to count a pair once. */
    private int[] lastOrdinals;
    private int keyCount;
    /** Key numbers plus one, by a slot found from the key's hash code; 0 for an empty slot. */
    private int[] table = new int[32];
    private final IntList pairKeys;
    private final IntList pairOrdinals;
    private final int group;

    /**
     * Pairs expected to be about as many as {@code expected}, for the lists' first capacity, with
     * keys numbered by {@code records} where they can be (null for none), packed in groups of
     * {@code group} lists.
     */
    Pairs(int expected, @Nullable RecordTable<?, ?> records, int group) {
      this.records = records;
      this.group = group;
      this.recordKeys = records == null ? 0 : records.size();
      this.lastOrdinals = new int[recordKeys + keys.length];
      Arrays.fill(lastOrdinals, -1);
      pairKeys = new IntList(expected);
      pairOrdinals = new IntList(expected);
    }

    /** Adds that the record at {@code ordinal}, no lower than any added before, carries {@code key}. */
    void add(K key, int ordinal) {
      int k = number(key);
      if (lastOrdinals[k] != ordinal) {
        lastOrdinals[k] = ordinal;
        pairKeys.add(k);
        pairOrdinals.add(ordinal);
      }
    }

    /** The number of {@code key}, numbering it next if it is new. */
    private int number(Object key) {
      int record = records == null ? -1 : records.find(key);
      if (record >= 0) {
        return record;
      }
      int hash = key.hashCode();
      int mask = table.length - 1;
      int slot = Hashes.slot(hash, table.length);
      for (int entry = table[slot]; entry != 0; entry = table[slot]) {
        Object known = keys[entry - 1];
        if (known == key || keyHashes[entry - 1] == hash && known.equals(key)) {
          return recordKeys + entry - 1;
        }
        slot = (slot + 1) & mask;
      }
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keyHashes = Arrays.copyOf(keyHashes, keyCount * 2);
        lastOrdinals = Arrays.copyOf(lastOrdinals, recordKeys + keyCount * 2);
      }
      keys[keyCount] = key;
      keyHashes[keyCount] = hash;
      lastOrdinals[recordKeys + keyCount] = -1;
      table[slot] = ++keyCount;
      if (keyCount * 2 > table.length) {
        rehash(table.length * 2);
      }
      return recordKeys + keyCount - 1;
    }

    /** Moves the key numbers to a table of {@code slotCount} slots, a power of two. */
    private void rehash(int slotCount) {
      table = new int[slotCount];
      int mask = slotCount - 1;
      for (int k = 0; k < keyCount; k++) {
        int slot = Hashes.slot(keyHashes[k], slotCount);
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = k + 1;
      }
    }

    Postings<K> build() {
      int numbers = recordKeys + keyCount;
      int[] starts = new int[numbers + 1];
      for (int i = 0; i < pairKeys.size(); i++) {
        starts[pairKeys.get(i) + 1]++;
      }
      for (int k = 0; k < numbers; k++) {
        starts[k + 1] += starts[k];
      }
      int[] fill = Arrays.copyOf(starts, numbers);
      int[] sorted = new int[pairKeys.size()];
      for (int i = 0; i < pairKeys.size(); i++) {
        sorted[fill[pairKeys.get(i)]++] = pairOrdinals.get(i);
      }
      PackedLists.Writer writer = new PackedLists.Writer(numbers + sorted.length, group);
      for (int k = 0; k < numbers; k++) {
        writer.add(sorted, starts[k], starts[k + 1] - starts[k]);
      }
      return new Postings<>(records, Arrays.copyOf(keys, keyCount), Arrays.copyOf(keyHashes, keyCount), writer.build());
    }
  }

  /** The ascending ordinals of the records carrying {@code key}. */
  int[] get(Object key) {
    return ordinals(keyIndex(key));
  }

  /** The ascending ordinals of the records carrying the key at {@code keyIndex}; none when it is negative. */
  int[] ordinals(int keyIndex) {
    return keyIndex < 0 ? NONE : lists.toArray(lists.find(keyIndex));
  }

  /**
   * For each ordinal below {@code size}, the index of the key its record carries, or -1 if it
   * carries none: read off the postings without hashing a key, for an index whose records carry
   * at most one key each, as {@link #ofSingle} builds.
   */
  int[] keyIndexByOrdinal(int size) {
    int[] keyIndexes = new int[size];
    Arrays.fill(keyIndexes, -1);
    int position = 0;
    for (int k = 0; k < keyCount(); k++) {
      for (int ordinal : lists.toArray(position)) {
        keyIndexes[ordinal] = k;
      }
      position = lists.next(position);
    }
    return keyIndexes;
  }

  /**
   * How many keys are numbered: the distinct keys the records carry, plus, when the keys are
   * numbered by a record table, the ids of its records that no record carries.
   */
  int keyCount() {
    return recordKeys + keys.length;
  }

  /**
   * The index, from 0 to {@link #keyCount()}, of {@code key} among the keys: its record's ordinal
   * when it is the id of a record of the table numbering the keys, if any; otherwise -1 if no
   * record carries it.
   */
  int keyIndex(Object key) {
    int record = records == null ? -1 : records.find(key);
    if (record >= 0) {
      return record;
    }
    int hash = key.hashCode();
    for (int slot = slots.first(hash); slot >= 0; slot = slots.next(slot, hash)) {
      int k = slots.ordinalAt(slot);
      if (keys[k].equals(key)) {
        return recordKeys + k;
      }
    }
    return -1;
  }
}

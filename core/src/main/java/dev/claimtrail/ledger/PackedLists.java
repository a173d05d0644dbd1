package dev.claimtrail.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Numbered lists of ascending ordinals packed into one byte array, for the inverted indexes of a
 * segment.
 *
 * <p>Each list follows the one before: its length as a variable-length integer (seven bits a byte,
 * least significant group first), then each ordinal as its gap from the one before, minus one, in
 * the same encoding (the first ordinal as its gap from -1). A list longer than {@link #BLOCK} also
 * starts with a table of two little-endian ints per block after the first: the ordinal just before
 * the block and where the block starts, so {@link #carries} decodes at most one block. Where the
 * first list of each group of a few lists starts is kept in an int array; the lists after it in
 * the group are reached by skipping the ones before them.
 *
 * <p>Lists address each other by position in the byte array: {@link #find} turns a list's number
 * into its position, which the readers take. Ordinals close together take one byte each, against
 * four as ints. One instance holds at most 2 GiB of packed lists.
 */
final class PackedLists {
  /** Postings per block of a list: the most a {@link #carries} decodes. */
  static final int BLOCK = 32;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int[] NONE = {};

  /** Lists per group: one int of start position for every this many lists. */
  private final int group;
  /** The position in {@link #bytes} of the first list of each group. */
  private final int[] groupStarts;
  private final byte[] bytes;
  private final int count;

  private PackedLists(int group, int[] groupStarts, byte[] bytes, int count) {
    this.group = group;
    this.groupStarts = groupStarts;
    this.bytes = bytes;
    this.count = count;
  }

  /** Writes these lists for {@link #read}. */
  void writeTo(ImageOutput out) {
    out.writeInt(group);
    out.writeInt(count);
    out.writeInts(groupStarts);
    out.writeBytes(bytes);
  }

  /** The lists {@link #writeTo} wrote. */
  static PackedLists read(ImageInput in) {
    int group = in.readInt();
    int count = in.readInt();
    int[] groupStarts = in.readInts();
    if (group < 1 || count < 0 || groupStarts.length != (count + group - 1) / group) {
      throw new IllegalArgumentException(count + " lists in groups of " + group + " do not fit "
          + groupStarts.length + " group starts");
    }
    return new PackedLists(group, groupStarts, in.readBytes(), count);
  }

  /** Writes lists one after another, numbering them from 0. */
  static final class Writer {
    private final int group;
    private byte[] bytes;
    private int size;
    private int[] groupStarts = new int[16];
    private int count;

    /**
     * A writer whose lists are expected to take about {@code expectedBytes} bytes, keeping the start
     * of one list in every {@code group}: fewer lists skipped by {@link #find} for more ints kept.
     */
    Writer(int expectedBytes, int group) {
      if (group < 1) {
        throw new IllegalArgumentException("a group holds at least one list: " + group);
      }
      this.group = group;
      bytes = new byte[Math.max(16, expectedBytes)];
    }

    /** Appends the list of the {@code length} ascending ordinals of {@code ordinals} from {@code from} on. */
    void add(int[] ordinals, int from, int length) {
      if (count % group == 0) {
        if (count / group == groupStarts.length) {
          groupStarts = Arrays.copyOf(groupStarts, groupStarts.length * 2);
        }
        groupStarts[count / group] = size;
      }
      count++;
      writeVarint(length);
      int blocks = (length + BLOCK - 1) / BLOCK;
      int table = size;
      reserve(8 * Math.max(0, blocks - 1));
      size += 8 * Math.max(0, blocks - 1);
      int blocksStart = size;
      int previous = -1;
      for (int i = 0; i < length; i++) {
        int ordinal = ordinals[from + i];
        if (i > 0 && i % BLOCK == 0) {
          int entry = table + 8 * (i / BLOCK - 1);
          INT.set(bytes, entry, previous);
          INT.set(bytes, entry + 4, size - blocksStart);
        }
        writeVarint(ordinal - previous - 1);
        previous = ordinal;
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
        throw new IllegalStateException("packed postings exceed 2 GiB; split the records into smaller segments");
      }
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size + more, 2L * bytes.length)));
      }
    }

    PackedLists build() {
      int groups = (count + group - 1) / group;
      return new PackedLists(group, Arrays.copyOf(groupStarts, groups), Arrays.copyOf(bytes, size), count);
    }
  }

  /** How many lists there are. */
  int count() {
    return count;
  }

  /** The position of list number {@code list}, from 0 to {@link #count()}, for the readers below. */
  int find(int list) {
    int position = groupStarts[list / group];
    for (int skipped = list - list % group; skipped < list; skipped++) {
      position = next(position);
    }
    return position;
  }

  /** The position of the list after the one at {@code position}. */
  int next(int position) {
    int length = readVarint(position);
    int gaps = blocksStart(position, length);
    int blocks = length == 0 ? 0 : (length - 1) / BLOCK;
    if (blocks > 0) {
      gaps += (int) INT.get(bytes, position + varintLength(length) + 8 * (blocks - 1) + 4);
    }
    for (int left = length - blocks * BLOCK; left > 0; gaps++) {
      if (bytes[gaps] >= 0) {
        left--;
      }
    }
    return gaps;
  }

  /** How many ordinals the list at {@code position} holds. */
  int size(int position) {
    return readVarint(position);
  }

  /** The ordinals of the list at {@code position}, in a new array. */
  int[] toArray(int position) {
    int length = readVarint(position);
    if (length == 0) {
      return NONE;
    }
    int[] ordinals = new int[length];
    int at = blocksStart(position, length);
    int ordinal = -1;
    for (int i = 0; i < length; i++) {
      int gap = bytes[at++];
      if (gap < 0) {
        gap = readVarint(at - 1);
        at += varintLength(gap) - 1;
      }
      ordinal += gap + 1;
      ordinals[i] = ordinal;
    }
    return ordinals;
  }

  /** Adds {@code weight} to the count of every ordinal of the list at {@code position}. */
  void addTo(OrdinalCounts counts, int position, int weight) {
    for (int ordinal : toArray(position)) {
      counts.add(ordinal, weight);
    }
  }

  /** Whether the list at {@code position} holds {@code ordinal}, decoding at most one block of it. */
  boolean carries(int position, int ordinal) {
    int length = readVarint(position);
    if (length == 0) {
      return false;
    }
    int table = position + varintLength(length);
    int gaps = blocksStart(position, length);
    int low = 0;
    int high = (length - 1) / BLOCK;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if ((int) INT.get(bytes, table + 8 * middle) < ordinal) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int block = low;
    int at = block == 0 ? gaps : gaps + (int) INT.get(bytes, table + 8 * (block - 1) + 4);
    int value = block == 0 ? -1 : (int) INT.get(bytes, table + 8 * (block - 1));
    int remaining = Math.min(BLOCK, length - block * BLOCK);
    for (int i = 0; i < remaining; i++) {
      int gap = bytes[at++];
      if (gap < 0) {
        gap = readVarint(at - 1);
        at += varintLength(gap) - 1;
      }
      value += gap + 1;
      if (value >= ordinal) {
        return value == ordinal;
      }
    }
    return false;
  }

  /**
   * Where the gaps of the list at {@code position}, of {@code length} ordinals, start: past its
   * length and block table.
   */
  private static int blocksStart(int position, int length) {
    return position + varintLength(length) + (length == 0 ? 0 : 8 * ((length - 1) / BLOCK));
  }

  /** The variable-length integer at {@code position}, which takes {@link #varintLength} of it in bytes. */
  private int readVarint(int position) {
    int value = 0;
    int shift = 0;
    byte b;
    do {
      b = bytes[position++];
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

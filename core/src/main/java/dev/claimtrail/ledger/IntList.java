package dev.claimtrail.ledger;

import java.util.Arrays;

/** A growable list of ints for building indexes without boxing. */
final class IntList {
  private int[] values;
  private int size;

  /** An empty list with room for 16 values before it grows. */
  IntList() {
    this(16);
  }

  /** An empty list with room for {@code capacity} values before it grows. */
  IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  void set(int index, int value) {
    values[index] = value;
  }

  /** Empties the list, keeping its capacity. */
  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}

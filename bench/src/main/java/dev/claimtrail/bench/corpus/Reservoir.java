package dev.claimtrail.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A uniform sample of at most {@code capacity} items from a stream of unknown length. */
final class Reservoir<T> {
  private final int capacity;
  private final SplittableRandom random;
  private final List<T> items;
  private long offered;

  Reservoir(int capacity, SplittableRandom random) {
    this.capacity = capacity;
    this.random = random;
    this.items = new ArrayList<>(capacity);
  }

  /** Offers one item of the stream. */
  void offer(T item) {
    offered++;
    if (items.size() < capacity) {
      items.add(item);
    } else {
      long slot = random.nextLong(offered);
      if (slot < capacity) {
        items.set((int) slot, item);
      }
    }
  }

  /** The sample, in no particular order. */
  List<T> items() {
    return List.copyOf(items);
  }
}

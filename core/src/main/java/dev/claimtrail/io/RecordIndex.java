package dev.claimtrail.io;

import dev.claimtrail.model.RecordId;

/**
 * The index of each record id among the records of one kind read so far, to refuse an id read
 * twice and find a record again from its id. Ids are only added. Not thread-safe.
 */
final class RecordIndex {
  /** Open addressing with linear probing; a slot is free while its id is null. */
  private RecordId[] ids = new RecordId[64];
  private int[] hashes = new int[64];
  private int[] indexes = new int[64];
  private int size;

  /** Adds {@code id} at {@code index} unless it is present; returns the index it had, or -1 if it was added. */
  int putIfAbsent(RecordId id, int index) {
    int hash = id.hashCode();
    int slot = slot(id, hash);
    if (ids[slot] != null) {
      return indexes[slot];
    }
    ids[slot] = id;
    hashes[slot] = hash;
    indexes[slot] = index;
    if (++size > ids.length / 2) {
      grow();
    }
    return -1;
  }

  /** The index of {@code id}, or -1 if it was not added. */
  int get(RecordId id) {
    int slot = slot(id, id.hashCode());
    return ids[slot] == null ? -1 : indexes[slot];
  }

  /** The slot holding {@code id}, or the free one where it goes. */
  private int slot(RecordId id, int hash) {
    int mask = ids.length - 1;
    int slot = TextValues.spread(hash) & mask;
    while (ids[slot] != null && !(hashes[slot] == hash && ids[slot].equals(id))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    RecordId[] oldIds = ids;
    int[] oldHashes = hashes;
    int[] oldIndexes = indexes;
    ids = new RecordId[oldIds.length * 2];
    hashes = new int[ids.length];
    indexes = new int[ids.length];
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = slot(oldIds[i], oldHashes[i]);
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
        indexes[slot] = oldIndexes[i];
      }
    }
  }
}

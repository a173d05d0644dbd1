package dev.claimtrail.ledger;

import java.util.Arrays;

/**
 * A segment as one ledger snapshot sees it: the segment itself, shared by every snapshot that holds
 * it, and the sorted ordinals of its records that newer segments of this snapshot replaced. Those
 * lists are usually empty and are copied, never changed, when a replacement adds to them.
 */
final class Part {
  private static final int[][] NONE_DEAD = new int[RecordKind.values().length][0];

  final Segment segment;
  private final int[][] dead;
  private final int records;

  Part(Segment segment) {
    this(segment, NONE_DEAD);
  }

  private Part(Segment segment, int[][] dead) {
    this.segment = segment;
    this.dead = dead;
    int live = 0;
    for (RecordKind kind : RecordKind.values()) {
      live += live(kind);
    }
    this.records = live;
  }

  /** How many records of the kind are live in this part. */
  int live(RecordKind kind) {
    return kind.table(segment).size() - dead[kind.ordinal()].length;
  }

  /** How many records of any kind are live in this part. */
  int live() {
    return records;
  }

  /** How many records of any kind this part has replaced. */
  int dead() {
    int count = 0;
    for (int[] ordinals : dead) {
      count += ordinals.length;
    }
    return count;
  }

  boolean isDead(RecordKind kind, int ordinal) {
    int[] ordinals = dead[kind.ordinal()];
    return ordinals.length > 0 && Arrays.binarySearch(ordinals, ordinal) >= 0;
  }

  /** The ordinal of the {@code rank}-th live record of the kind. */
  int ordinalOfRank(RecordKind kind, int rank) {
    int ordinal = rank;
    for (int d : dead[kind.ordinal()]) {
      if (d > ordinal) {
        break;
      }
      ordinal++;
    }
    return ordinal;
  }

  /** This part with the record of the kind at {@code ordinal} replaced. */
  Part withDead(RecordKind kind, int ordinal) {
    int[][] copy = dead.clone();
    int[] old = dead[kind.ordinal()];
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = ordinal;
    Arrays.sort(grown);
    copy[kind.ordinal()] = grown;
    return new Part(segment, copy);
  }

  /** Appends the live records of this part, in order, to {@code out}. */
  void addLiveTo(Segment.Records out) {
    addLive(RecordKind.SPEAKER, segment.speakers, out.speakers);
    addLive(RecordKind.SOURCE, segment.sources, out.sources);
    addLive(RecordKind.DOCUMENT, segment.documents, out.documents);
    addLive(RecordKind.STATEMENT, segment.statements, out.statements);
    addLive(RecordKind.ATTRIBUTION, segment.attributions, out.attributions);
    addLive(RecordKind.CLAIM, segment.claims, out.claims);
  }

  private <V> void addLive(RecordKind kind, RecordTable<?, V> table, java.util.List<V> out) {
    for (int i = 0; i < table.size(); i++) {
      if (!isDead(kind, i)) {
        out.add(table.get(i));
      }
    }
  }
}

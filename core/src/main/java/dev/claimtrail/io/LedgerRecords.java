package dev.claimtrail.io;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.internal.HashMixing;
import dev.claimtrail.ledger.InvalidLedgerException;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.RecordId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The records read so far from one ledger file, each with where it starts, so that a duplicate
 * id or a problem found when the ledger is validated can be reported at its place in the file.
 */
final class LedgerRecords {
  /** Finds the exact place of a field inside a record, when the input can be read again. */
  interface FieldLocator {
    /**
     * The place of {@code fieldPath} inside the record that starts at {@code record}, or {@code
     * record} itself when it cannot be found.
     */
    Place locate(Section section, int index, Place record, String fieldPath);
  }

  /** A 1-based line and column; a column of 0 means not known. */
  record Place(long line, long column) {}

  private final String source;
  private final Ledger.Builder builder;
  private final Map<Section, Indexes> indexes = new EnumMap<>(Section.class);
  private final Map<Section, Places> places = new EnumMap<>(Section.class);

  /** Records for a ledger that {@code builder} builds, read from {@code source}. */
  LedgerRecords(String source, Ledger.Builder builder) {
    this.source = source;
    this.builder = builder;
    for (Section section : Section.values()) {
      indexes.put(section, new Indexes());
      places.put(section, new Places());
    }
  }

  private Indexes indexes(Section section) {
    return verifyNotNull(indexes.get(section));
  }

  private Places places(Section section) {
    return verifyNotNull(places.get(section));
  }

  /** How many records of {@code section} were added. */
  int count(Section section) {
    return places(section).size;
  }

  /**
   * Adds a record of {@code section} that starts at {@code place}; {@code fieldPath} is how
   * messages name it. Throws if its id was already read.
   */
  void add(Section section, Object record, Place place, String fieldPath) {
    RecordId id = section.idOf(record);
    int earlier = indexes(section).putIfAbsent(id, count(section));
    if (earlier >= 0) {
      Place first = places(section).get(earlier);
      throw LedgerFormatException.at(source, place.line(), place.column(), fieldPath + ".id",
          String.format("duplicate %s id '%s' (first at line %d)", section.tag, id, first.line()));
    }
    places(section).add(place);
    section.addTo(builder, record);
  }

  /**
   * The validated ledger. When records do not form a valid one, throws for the first problem at
   * its place, with every problem in the cause.
   */
  Ledger build(FieldLocator locator, boolean pathsIncludeSection) {
    try {
      return builder.build();
    } catch (InvalidLedgerException e) {
      InvalidLedgerException.Problem first = e.details().get(0);
      Section section = Section.byTag(first.kind()).orElseThrow(() -> e);
      int index = indexes(section).get(first.id());
      Place place = locator.locate(section, index, places(section).get(index), first.field());
      String path = pathsIncludeSection ? section.field + "[" + index + "]." + first.field() : first.field();
      int more = e.details().size() - 1;
      String reason = first.reason() + (more == 0 ? "" : " (and " + more + " more problems, listed in the cause)");
      throw LedgerFormatException.at(source, place.line(), place.column(), path, reason).causedBy(e);
    }
  }

  /**
   * The index of each record by its id, in open addressing with linear probing: three arrays, where
   * a map would hold an entry and a boxed index for each record. Each id's hash is kept beside it,
   * so that growing never hashes an id again and a probe compares ids only when their hashes match.
   */
  private static final class Indexes {
    private RecordId[] ids = new RecordId[64];
    private int[] hashes = new int[64];
    private int[] indexes = new int[64];
    private int size;

    /** The index held for {@code id}, or -1 after taking {@code index} as its index. */
    int putIfAbsent(RecordId id, int index) {
      int hash = id.hashCode();
      int mask = ids.length - 1;
      int slot = HashMixing.fibonacci(hash) & mask;
      for (RecordId key = ids[slot]; key != null; key = ids[slot]) {
        if (hashes[slot] == hash && key.equals(id)) {
          return indexes[slot];
        }
        slot = (slot + 1) & mask;
      }
      ids[slot] = id;
      hashes[slot] = hash;
      indexes[slot] = index;
      if (++size > ids.length / 2) {
        grow();
      }
      return -1;
    }

    /** The index held for {@code id}, which must have one. */
    int get(RecordId id) {
      int hash = id.hashCode();
      int mask = ids.length - 1;
      int slot = HashMixing.fibonacci(hash) & mask;
      while (hashes[slot] != hash || !ids[slot].equals(id)) {
        slot = (slot + 1) & mask;
      }
      return indexes[slot];
    }

    private void grow() {
      RecordId[] oldIds = ids;
      int[] oldHashes = hashes;
      int[] oldIndexes = indexes;
      ids = new RecordId[oldIds.length * 2];
      hashes = new int[ids.length];
      indexes = new int[ids.length];
      int mask = ids.length - 1;
      for (int i = 0; i < oldIds.length; i++) {
        if (oldIds[i] != null) {
          int slot = HashMixing.fibonacci(oldHashes[i]) & mask;
          while (ids[slot] != null) {
            slot = (slot + 1) & mask;
          }
          ids[slot] = oldIds[i];
          hashes[slot] = oldHashes[i];
          indexes[slot] = oldIndexes[i];
        }
      }
    }
  }

  /** Places in order of the records, held as numbers rather than one object per record. */
  private static final class Places {
    private long[] lines = new long[16];
    private long[] columns = new long[16];
    private int size;

    void add(Place place) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, 2 * size);
        columns = Arrays.copyOf(columns, 2 * size);
      }
      lines[size] = place.line();
      columns[size++] = place.column();
    }

    Place get(int index) {
      return new Place(lines[index], columns[index]);
    }
  }
}

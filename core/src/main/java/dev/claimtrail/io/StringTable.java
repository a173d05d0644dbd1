package dev.claimtrail.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The string table of a snapshot, by index. A table with an offset table ({@link SnapshotSection})
 * decodes each string when first asked for and keeps it; one without is decoded whole when read.
 * Safe to share between threads: a string decoded by two threads at once is decoded twice, and
 * either copy is kept.
 */
final class StringTable {
  /** The table of no strings, for reading the string table itself. */
  static final StringTable NONE = new StringTable(null, new String[0]);

  private final @Nullable SnapshotSection section;
  private final @Nullable String[] strings;

  private StringTable(@Nullable SnapshotSection section, @Nullable String[] strings) {
    this.section = section;
    this.strings = strings;
  }

  /** The strings of {@code section}, decoded as they are asked for, by its offset table. */
  static StringTable onDemand(SnapshotSection section) {
    return new StringTable(section, new String[section.count()]);
  }

  /**
   * The strings of {@code section}, decoded now, in order.
   *
   * @throws LedgerFormatException if a string is malformed or bytes follow the last one
   */
  static StringTable decoded(SnapshotSection section) {
    String[] strings = new String[section.count()];
    SnapshotInput in = section.inputAtFirst(NONE);
    for (int i = 0; i < strings.length; i++) {
      in.startRecord(i);
      strings[i] = in.readWtf8("");
    }
    if (!in.atEnd()) {
      throw in.fail("", "bytes follow the last of the table's " + strings.length + " strings");
    }
    return new StringTable(null, strings);
  }

  int size() {
    return strings.length;
  }

  /**
   * The string at {@code index}, which is in the table.
   *
   * @throws LedgerFormatException if its bytes are malformed
   */
  String get(int index) {
    String string = strings[index];
    if (string == null) {
      SnapshotSection from = Objects.requireNonNull(section, "section");
      string = from.inputAt(index, NONE).readWtf8("");
      strings[index] = string;
    }
    return string;
  }
}

package dev.claimtrail.ledger;

import dev.claimtrail.model.Statement;

/**
 * The statements of one segment by their printed text, leading and trailing white space stripped:
 * an open-addressing table of ordinals placed by the text's {@link String#hashCode()}, checked
 * against the statements' own text, so the index holds one int per slot and no copy of any text.
 */
final class PrintedIndex {
  private final int[] slots;

  PrintedIndex(RecordTable<?, Statement> statements) {
    slots = new int[Hashes.tableSize(statements.size())];
    int mask = slots.length - 1;
    for (int ordinal = 0; ordinal < statements.size(); ordinal++) {
      int slot = Hashes.slot(statements.get(ordinal).text().strip().hashCode(), slots.length);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ordinal + 1;
    }
  }

  /**
   * Adds to {@code out} the ordinals of the statements in {@code statements} (the table this index
   * was built from) printed as {@code printed}, which must be stripped, in no particular order.
   */
  void find(String printed, RecordTable<?, Statement> statements, IntList out) {
    int mask = slots.length - 1;
    for (int slot = Hashes.slot(printed.hashCode(), slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
      int ordinal = slots[slot] - 1;
      if (isPrinted(statements.get(ordinal).text(), printed)) {
        out.add(ordinal);
      }
    }
  }

  /** Whether {@code text} stripped is {@code printed}, without stripping it unless the lengths allow. */
  private static boolean isPrinted(String text, String printed) {
    int extra = text.length() - printed.length();
    return extra == 0 ? text.equals(printed) : extra > 0 && text.strip().equals(printed);
  }
}

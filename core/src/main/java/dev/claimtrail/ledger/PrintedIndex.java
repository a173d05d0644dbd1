package dev.claimtrail.ledger;

import dev.claimtrail.model.Statement;

/**
 * The statements of one segment by their printed text, leading and trailing white space stripped:
 * their ordinals in {@link OrdinalSlots} by the text's {@link String#hashCode()}, checked against
 * the statements' own text, so the index holds about 1.5 ints per statement and no copy of any
 * text.
 */
final class PrintedIndex {
  private final OrdinalSlots slots;

  PrintedIndex(RecordTable<?, Statement> statements) {
    slots = OrdinalSlots.ofRepeating(statements.size(), ordinal -> statements.get(ordinal).text().strip().hashCode());
  }

  /**
   * Adds to {@code out} the ordinals of the statements in {@code statements} (the table this index
   * was built from) printed as {@code printed}, which must be stripped, in no particular order.
   */
  void find(String printed, RecordTable<?, Statement> statements, IntList out) {
    int hash = printed.hashCode();
    for (int slot = slots.first(hash); slot >= 0; slot = slots.next(slot, hash)) {
      int ordinal = slots.ordinalAt(slot);
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

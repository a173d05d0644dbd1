package dev.claimtrail.ledger;

import dev.claimtrail.model.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements of one segment by their printed text, leading and trailing white space stripped:
 * the first statement of each text in {@link OrdinalSlots} by the text's {@link String#hashCode()},
 * checked against the statements' own text, and the later ones of the same text listed beside it,
 * so the index holds about 1.25 ints per distinct text plus one per repeat and no copy of any text,
 * and a text printed by many statements costs no more to index than as many distinct ones.
 */
final class PrintedIndex {
  private final OrdinalSlots slots;
  /** The later ordinals printed as an ordinal in {@link #slots}, by that ordinal; most have none. */
  private final Map<Integer, IntList> printedAlike = new HashMap<>();

  PrintedIndex(RecordTable<?, Statement> statements) {
    slots = OrdinalSlots.ofFirstOccurrences(statements.size(),
        ordinal -> statements.get(ordinal).text().strip().hashCode(), new OrdinalSlots.Repeats() {
          @Override
          public boolean sameKey(int earlier, int later) {
            return statements.get(earlier).text().strip().equals(statements.get(later).text().strip());
          }

          @Override
          public void repeated(int earlier, int later) {
            printedAlike.computeIfAbsent(earlier, first -> new IntList()).add(later);
          }
        });
  }

  private PrintedIndex(OrdinalSlots slots) {
    this.slots = slots;
  }

  /** Writes this index for {@link #read}: its slots, then each ordinal printed alike by later ones with them. */
  void writeTo(ImageOutput out) {
    slots.writeTo(out);
    IntList alike = new IntList();
    printedAlike.forEach((first, later) -> {
      alike.add(first);
      alike.add(later.size());
      for (int i = 0; i < later.size(); i++) {
        alike.add(later.get(i));
      }
    });
    out.writeInts(alike.toArray());
  }

  /** The index {@link #writeTo} wrote. */
  static PrintedIndex read(ImageInput in) {
    PrintedIndex index = new PrintedIndex(OrdinalSlots.read(in));
    int[] alike = in.readInts();
    for (int i = 0; i < alike.length; ) {
      int first = alike[i++];
      int count = alike[i++];
      IntList later = new IntList(count);
      for (int end = i + count; i < end; i++) {
        later.add(alike[i]);
      }
      index.printedAlike.put(first, later);
    }
    return index;
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
        IntList alike = printedAlike.get(ordinal);
        for (int i = 0; alike != null && i < alike.size(); i++) {
          out.add(alike.get(i));
        }
        return;
      }
    }
  }

  /** Whether {@code text} stripped is {@code printed}, without stripping it unless the lengths allow. */
  private static boolean isPrinted(String text, String printed) {
    int extra = text.length() - printed.length();
    return extra == 0 ? text.equals(printed) : extra > 0 && text.strip().equals(printed);
  }
}

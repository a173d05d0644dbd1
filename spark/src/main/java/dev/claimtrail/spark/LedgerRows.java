package dev.claimtrail.spark;

import dev.claimtrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Row;

/**
 * The rows of one table for the records of a ledger, in ledger order, each checked by {@link
 * WellFormedText}. Records of the six listed kinds take their ordinals from a supplier, so that
 * the rows of many ledgers can be numbered one after another.
 */
final class LedgerRows {
  private LedgerRows() {}

  /**
   * {@return the rows of {@code table} for the records of {@code ledger}}
   *
   * @param ledger the records
   * @param table which table
   * @param ordinals gives the next ordinal, increasing
   * @throws IllegalArgumentException if a string holds an unpaired surrogate
   */
  static List<Row> of(Ledger ledger, LedgerTable table, LongSupplier ordinals) {
    List<Row> rows = switch (table) {
      case SPEAKERS -> numbered(ledger.speakers(), RecordRows::speaker, ordinals);
      case OUTLETS -> numbered(ledger.outlets(), RecordRows::outlet, ordinals);
      case DOCUMENTS -> numbered(ledger.documents(), RecordRows::document, ordinals);
      case STATEMENTS -> numbered(ledger.statements(), RecordRows::statement, ordinals);
      case ATTRIBUTIONS -> numbered(ledger.attributions(), RecordRows::attribution, ordinals);
      case STANCES -> children(ledger.attributions(), RecordRows::stances);
      case CLAIMS -> numbered(ledger.claims(), RecordRows::claim, ordinals);
      case REVIEWS -> children(ledger.claims(), RecordRows::reviews);
    };
    rows.forEach(row -> WellFormedText.check(table, row));
    return rows;
  }

  private static <T> List<Row> numbered(List<T> records, NumberedRow<T> row, LongSupplier ordinals) {
    List<Row> rows = new ArrayList<>(records.size());
    for (T record : records) {
      rows.add(row.of(ordinals.getAsLong(), record));
    }
    return rows;
  }

  private static <T> List<Row> children(List<T> parents, Function<T, List<Row>> rows) {
    return parents.stream().flatMap(p -> rows.apply(p).stream()).toList();
  }

  /** Makes the row of a record given its ordinal. */
  @FunctionalInterface
  private interface NumberedRow<T> {
    Row of(long ordinal, T record);
  }
}

package dev.claimtrail.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Refuses rows whose strings hold an unpaired UTF-16 surrogate. Spark keeps strings as UTF-8, which
 * cannot encode one, and would silently turn it into {@code ?}; a ledger's record may hold one (its
 * JSON form escapes it), so the conversion fails instead, naming the table, row and column.
 */
final class WellFormedText {
  private WellFormedText() {}

  /**
   * {@return {@code row}, after checking every string in it}
   *
   * @param table the table the row belongs to, for the message
   * @param row a row in the table's schema
   * @throws IllegalArgumentException if a string holds an unpaired surrogate
   */
  static Row check(LedgerTable table, Row row) {
    check(table.schema(), row, table.tableName() + " row " + name(table, row), "");
    return row;
  }

  /** Names a row by its id, or a row of a list by its parent's id and its place in the list. */
  private static String name(LedgerTable table, Row row) {
    return table.schema().fieldNames()[0].equals("ordinal") ? "id " + row.get(1)
        : table.schema().fieldNames()[0] + " " + row.get(0) + " #" + row.get(1);
  }

  private static void check(StructType schema, Row row, String where, String path) {
    for (int i = 0; i < schema.size(); i++) {
      checkValue(schema.fields()[i].dataType(), row.get(i), where, path + schema.fields()[i].name());
    }
  }

  private static void checkValue(DataType type, @Nullable Object value, String where, String column) {
    if (value instanceof String s) {
      checkString(s, where, column);
    } else if (value instanceof Row r && type instanceof StructType struct) {
      check(struct, r, where, column + ".");
    } else if (value instanceof List<?> list && type instanceof ArrayType array) {
      for (Object element : list) {
        checkValue(array.elementType(), element, where, column + "[]");
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        checkString((String) k, where, column + " key");
        checkString((String) v, where, column + "[" + k + "]");
      });
    }
  }

  private static void checkString(String s, String where, String column) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(
            "%s: column %s holds an unpaired surrogate U+%04X at index %d, which Spark's UTF-8 strings cannot hold",
            where, column, (int) c, i));
      }
    }
  }
}

package dev.claimtrail.spark;

import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apache.spark.sql.functions.shiftleft;

import com.google.common.collect.Iterators;
import dev.claimtrail.io.LedgerFormatException;
import dev.claimtrail.io.imports.ImportOptions;
import dev.claimtrail.io.quotebank.Quotebank;
import dev.claimtrail.ledger.Ledger;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Imports quotation-centric Quotebank lines one at a time with {@link Quotebank#read(java.io.InputStream,
 * String, ImportOptions)}, strictly, so each line gets exactly the records the single-machine
 * importer makes of it, or its problem. A row in, in {@link NumberedLines#SCHEMA}: a file, a line
 * number, the quotation's place in the input ({@link #placeOf}) and the line's text. A row out, in {@link #RESULT}: the same, the
 * quotation's statement id (null for a blank or failed line), the rows of its records for every
 * table numbered in the line, and its failure or null. What lines share (a speaker's Wikidata ids
 * gathered over lines, the first line of an outlet or a URL, a quotation read twice) is settled
 * afterwards over the whole input by {@link DistributedQuotebank}.
 */
final class QuotationImport implements MapPartitionsFunction<Row, Row> {
  /** The columns of a failed line's problem: the column and field at fault when known, and the reason. */
  static final StructType PROBLEM = struct(optional("column", LongType), optional("field", StringType),
      required("reason", StringType));
  /** What one line gives. */
  static final StructType RESULT = result();

  private static final long serialVersionUID = 1L;
  /** The place in {@link #RESULT} of the first table's column, after source, line, order and quote. */
  private static final int FIRST_TABLE = 4;
  /** Bits of a record's ordinal for its place among the records of its quotation. */
  private static final int RECORD_BITS = 20;
  /** Bits of a quotation's place for its place among the quotations of its article. */
  static final int QUOTATION_BITS = 12;
  /** The most quotations one article may hold. */
  static final int MAX_QUOTATIONS = 1 << QUOTATION_BITS;

  private static StructType result() {
    List<StructField> fields = new ArrayList<>(List.of(required("source", StringType),
        required("line", LongType), required("order", LongType), optional("quote", StringType)));
    for (LedgerTable table : LedgerTable.values()) {
      fields.add(required(table.tableName(), DataTypes.createArrayType(table.schema(), false)));
    }
    fields.add(optional("failure", PROBLEM));
    return struct(fields.toArray(StructField[]::new));
  }

  /**
   * {@return the place in the input of the {@code quotation}-th quotation (from 0) of the line at
   * place {@code line}; the ordinals of its records follow it}
   *
   * @throws IllegalArgumentException if the line holds more quotations than a place can tell
   */
  static long placeOf(long line, int quotation) {
    checkArgument(quotation >= 0 && quotation < MAX_QUOTATIONS, "quotation %s of a line: at most %s",
        quotation, MAX_QUOTATIONS);
    return line << QUOTATION_BITS | quotation;
  }

  /** {@return the place of the only quotation of the line at place {@code line}} */
  static Column placeOf(Column line) {
    return shiftleft(line, QUOTATION_BITS);
  }

  /** {@return the ordinal of the record numbered {@code record} in the quotation at {@code place}} */
  static Column ordinal(Column place, Column record) {
    return shiftleft(place, RECORD_BITS).plus(record);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> lines) {
    // by position: a row handed on from a typed step has no schema
    return Iterators.transform(lines, line -> ScalaRows.of(RESULT,
        importLine(line.getString(0), line.getLong(1), line.getLong(2), line.getString(3))));
  }

  private static Row importLine(String source, long number, long order, String text) {
    Object[] result = new Object[RESULT.size()];
    result[0] = source;
    result[1] = number;
    result[2] = order;
    for (LedgerTable table : LedgerTable.values()) {
      result[FIRST_TABLE + table.ordinal()] = List.of();
    }
    try {
      Ledger ledger = Quotebank.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source,
          ImportOptions.strict()).ledger();
      long[] next = {0};
      LongSupplier records = () -> {
        if (next[0] == 1L << RECORD_BITS) {
          throw new IllegalArgumentException("the quotation gives more than " + (1L << RECORD_BITS) + " records");
        }
        return next[0]++;
      };
      Object[] tables = new Object[LedgerTable.values().length];
      for (LedgerTable table : LedgerTable.values()) {
        tables[table.ordinal()] = LedgerRows.of(ledger, table, records);
      }
      System.arraycopy(tables, 0, result, FIRST_TABLE, tables.length);
      result[3] = ledger.statements().isEmpty() ? null : ledger.statements().get(0).id().value();
    } catch (LedgerFormatException e) {
      result[result.length - 1] = problem(e.column().isPresent() ? e.column().getAsLong() : null,
          e.fieldPath().orElse(null), e.reason());
    } catch (RuntimeException e) {
      String message = e.getMessage();
      result[result.length - 1] = problem(null, null,
          message == null || message.isBlank() ? e.getClass().getName() : message);
    }
    return RowFactory.create(result);
  }

  private static Row problem(@Nullable Long column, @Nullable String field, String reason) {
    return RowFactory.create(column, field, reason);
  }
}

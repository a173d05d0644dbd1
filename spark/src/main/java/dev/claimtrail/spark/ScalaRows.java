package dev.claimtrail.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Copies a row of Java lists and maps, as {@link RecordRows} makes them, into one of Scala
 * sequences and maps: the encoder of a typed Spark operation ({@code mapPartitions}) takes only
 * those, where {@code createDataFrame} takes both.
 */
final class ScalaRows {
  private ScalaRows() {}

  /**
   * {@return {@code row} with its lists and maps, at any depth, as Scala collections}
   *
   * @param schema the row's schema
   * @param row the row, in Java collections
   */
  static Row of(StructType schema, Row row) {
    Object[] values = new Object[schema.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(schema.fields()[i].dataType(), row.get(i));
    }
    return RowFactory.create(values);
  }

  private static @Nullable Object value(DataType type, @Nullable Object value) {
    if (value instanceof Row r && type instanceof StructType struct) {
      return of(struct, r);
    }
    if (value instanceof List<?> list && type instanceof ArrayType array) {
      return CollectionConverters.asScala(
          list.stream().map(element -> value(array.elementType(), element)).toList()).toSeq();
    }
    if (value instanceof Map<?, ?> map) {
      return CollectionConverters.asScala(map);
    }
    return value;
  }
}

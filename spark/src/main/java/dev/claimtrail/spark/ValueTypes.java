package dev.claimtrail.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the values nested in records (spans, time references, provenance, roles...),
 * shared by the table schemas of {@link LedgerTable}. Dates are ISO strings of their precision
 * ({@code 2024}, {@code 2024-07}, {@code 2024-07-15}, {@code 2024-07-15T10:30}), as in the JSON
 * format, so that no precision is lost.
 */
final class ValueTypes {
  static final StructType SPAN = struct(
      required("start", IntegerType), required("end", IntegerType), required("exact", StringType),
      required("prefix", StringType), required("suffix", StringType));
  static final StructType TIME_REFERENCE = struct(
      required("date", StringType), optional("until", StringType), optional("phrase", StringType));
  static final StructType PROVENANCE = struct(
      required("method", StringType), required("agent", StringType),
      optional("confidence", DataTypes.DoubleType), optional("rule", StringType));
  static final StructType SETTING = struct(
      required("kind", StringType), required("description", StringType),
      optional("outlet", StringType), optional("place", StringType));
  static final StructType ROLE = struct(
      required("title", StringType), optional("organization", StringType),
      optional("start", StringType), optional("end", StringType));
  static final StructType AFFILIATION = struct(
      required("speaker", StringType), required("relation", StringType));
  static final ArrayType STRINGS = DataTypes.createArrayType(StringType, false);
  static final MapType STRING_MAP = DataTypes.createMapType(StringType, StringType, false);

  private ValueTypes() {}

  static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  static StructField required(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  static StructField optional(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static ArrayType listOf(StructType element) {
    return DataTypes.createArrayType(element, false);
  }
}

package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimtrail.spark.ValueTypes.optional;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the articles to extract from files into a dataset in the schema {@link #SCHEMA}: the text,
 * the optional id (the document id it gets), outlet name, url, published date (ISO, as {@code
 * 2024-07-15}, or as the extractor reads dates), title and language, and the file it came from.
 */
public final class Articles {
  /** The columns of an article dataset; only {@code text} is needed, and a null one is a failure. */
  public static final StructType SCHEMA = struct(
      optional("id", StringType), optional("text", StringType), optional("outlet", StringType),
      optional("url", StringType), optional("published", StringType), optional("title", StringType),
      optional("language", StringType), optional("source", StringType));

  private Articles() {}

  /**
   * {@return the articles of the files at {@code path}, in {@link #SCHEMA}}
   *
   * A JSON Lines or Parquet file gives the columns of {@link #SCHEMA} it has (others are null); a
   * line of JSON that does not parse gives an article without text. A text file is one article,
   * with no id; its path is its {@code source}, as for every format.
   *
   * @param spark the session to read with
   * @param path a file or directory (or glob) that Spark reads
   * @param format the format of the files
   */
  public static Dataset<Row> read(SparkSession spark, String path, ArticleFormat format) {
    checkNotNull(spark, "spark");
    checkNotNull(path, "path");
    Dataset<Row> rows = switch (checkNotNull(format, "format")) {
      case JSON_LINES -> spark.read().schema(withoutSource()).json(path);
      case PARQUET -> spark.read().parquet(path);
      case TEXT -> spark.read().option("wholetext", true).text(path).withColumnRenamed("value", "text");
    };
    return inSchema(rows.withColumn("source", col("_metadata.file_path")));
  }

  /** The columns a file may have: all but the source, which is the file's own path. */
  private static StructType withoutSource() {
    return struct(Arrays.stream(SCHEMA.fields())
        .filter(f -> !f.name().equals("source"))
        .toArray(StructField[]::new));
  }

  /** Takes the columns of {@link #SCHEMA} from {@code rows}, as strings, nulls where it has none. */
  private static Dataset<Row> inSchema(Dataset<Row> rows) {
    List<String> present = List.of(rows.columns());
    List<Column> columns = new ArrayList<>();
    for (String name : SCHEMA.fieldNames()) {
      Column column = present.contains(name) ? col(name) : lit(null);
      columns.add(column.cast(StringType).as(name));
    }
    return rows.select(columns.toArray(Column[]::new));
  }
}

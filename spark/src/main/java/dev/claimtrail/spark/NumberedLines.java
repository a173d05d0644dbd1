package dev.claimtrail.spark;

import static dev.claimtrail.spark.ValueTypes.required;
import static dev.claimtrail.spark.ValueTypes.struct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads text files (compressed ones too, {@code .bz2} and {@code .gz} as Spark's text source reads
 * them) into their lines, each with the file it came from, its 1-based number in that file and its
 * place in the whole input: files in the order of their paths, lines in file order. Spark's text
 * source tells neither; each split of a file is a block of lines from a known byte offset, so the
 * lines of every block are numbered in the block and the blocks' line counts, gathered on the
 * driver (one row per block), place each block. The files are read twice: once to count, once to
 * number.
 */
final class NumberedLines {
  /** The columns of the lines: the file, the line's number in it, its place in the input and its text. */
  static final StructType SCHEMA = struct(required("source", StringType), required("line", LongType),
      required("order", LongType), required("text", StringType));

  private static final StructType IN_BLOCK = struct(required("source", StringType),
      required("block", LongType), required("place", LongType), required("text", StringType));
  private static final StructType BLOCK_START = struct(required("source", StringType),
      required("block", LongType), required("first_line", LongType), required("first_order", LongType));

  private NumberedLines() {}

  /**
   * {@return the lines of the files at {@code path}, in {@link #SCHEMA}, blank ones included}
   *
   * @param spark the session to read with
   * @param path a file or directory (or glob) that Spark reads
   */
  static Dataset<Row> read(SparkSession spark, String path) {
    Dataset<Row> inBlocks = spark.read().text(path)
        .select(col("_metadata.file_path").as("source"), col("_metadata.file_block_start").as("block"),
            col("value").as("text"))
        .mapPartitions(new PlaceInBlock(), Encoders.row(IN_BLOCK));
    List<Row> counts = inBlocks.groupBy("source", "block").count().collectAsList();
    Dataset<Row> starts = spark.createDataFrame(blockStarts(counts), BLOCK_START);
    return inBlocks.join(broadcast(starts), new String[] {"source", "block"})
        .select(col("source"), col("first_line").plus(col("place")).as("line"),
            col("first_order").plus(col("place")).as("order"), col("text"));
  }

  /** The first line number and place in the input of each block, from the blocks' line counts. */
  private static List<Row> blockStarts(List<Row> counts) {
    List<Row> blocks = new ArrayList<>(counts);
    blocks.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparingLong(r -> r.getLong(1)));
    List<Row> starts = new ArrayList<>(blocks.size());
    String file = "";
    long line = 1;
    long order = 0;
    for (Row block : blocks) {
      if (!block.getString(0).equals(file)) {
        file = block.getString(0);
        line = 1;
      }
      starts.add(RowFactory.create(file, block.getLong(1), line, order));
      line += block.getLong(2);
      order += block.getLong(2);
    }
    return starts;
  }

  /** Numbers the lines of each block from 0, in the order the partition reads them. */
  private static final class PlaceInBlock implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
      return new Iterator<>() {
        private String source = "";
        private long block = -1;
        private long place;

        @Override
        public boolean hasNext() {
          return lines.hasNext();
        }

        @Override
        public Row next() {
          Row line = lines.next();
          if (!Objects.equals(line.getString(0), source) || line.getLong(1) != block) {
            source = line.getString(0);
            block = line.getLong(1);
            place = 0;
          }
          return RowFactory.create(source, block, place++, line.getString(2));
        }
      };
    }
  }
}

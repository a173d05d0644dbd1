package dev.claimtrail.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Makes one speaker row of the rows that the lines of a Quotebank input give for one speaker, as the
 * single-machine importer does over a file: the Wikidata ids given for the name are gathered in the
 * order they first came ({@code wikidata} for one, {@code wikidata.candidates}, space-separated, for
 * several; see docs/import.md), and the speaker is listed at the last line that changed it, its
 * first or one that brought a new id.
 */
final class QuotebankSpeakers implements MapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final String WIKIDATA = "wikidata";
  private static final String WIKIDATA_CANDIDATES = "wikidata.candidates";

  @Override
  public Row call(String id, Iterator<Row> rows) {
    List<Row> inOrder = new ArrayList<>();
    rows.forEachRemaining(inOrder::add);
    inOrder.sort(Comparator.comparingLong(r -> r.getAs("ordinal")));
    Set<String> ids = new LinkedHashSet<>();
    long changed = inOrder.get(0).getAs("ordinal");
    for (Row row : inOrder) {
      Map<String, String> external = row.getJavaMap(row.fieldIndex("external_ids"));
      String given = external.getOrDefault(WIKIDATA, external.get(WIKIDATA_CANDIDATES));
      if (given != null && ids.addAll(List.of(given.split(" ")))) {
        changed = row.getAs("ordinal");
      }
    }
    Row first = inOrder.get(0);
    Object[] values = new Object[first.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = first.get(i);
    }
    values[first.fieldIndex("ordinal")] = changed;
    values[first.fieldIndex("external_ids")] = ids.isEmpty() ? Map.of()
        : ids.size() == 1 ? Map.of(WIKIDATA, ids.iterator().next())
        : Map.of(WIKIDATA_CANDIDATES, String.join(" ", ids));
    return ScalaRows.of(LedgerTable.SPEAKERS.schema(), RowFactory.create(values));
  }
}

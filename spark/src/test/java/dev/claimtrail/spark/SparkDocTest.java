package dev.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.seed.SeedFiles;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * Checks that the tables documented in {@code docs/spark.md} are those of {@link LedgerTable}, and
 * that its worked example runs the jobs as {@code spark/examples/run} does.
 */
class SparkDocTest {
  @Test
  void docListsEveryTableWithItsColumnsTypesAndNullability() throws IOException {
    Map<String, List<String>> documented = documentedColumns();
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (LedgerTable table : LedgerTable.values()) {
      List<String> columns = new ArrayList<>();
      for (StructField field : table.schema().fields()) {
        columns.add(field.name() + " " + field.dataType().simpleString() + " " + (field.nullable() ? "yes" : "no"));
      }
      actual.put(table.tableName(), columns);
    }
    assertEquals(actual, documented);
  }

  @Test
  void docListsTheColumnsOfTheQuotebankFailuresAndOfClustersAndTheJobsUsages() throws IOException {
    List<String> lines = Files.readAllLines(SeedFiles.directory().resolveSibling("docs").resolve("spark.md"));
    assertEquals(List.of(DistributedQuotebank.LINE_FAILURE.fieldNames()),
        columnsIn(lines, "## Quotebank import", "## The Quotebank import job"));
    assertEquals(List.of(UtteranceClusters.CLUSTER.fieldNames()),
        columnsIn(lines, "## Utterance clusters", "## Queries"));
    for (String usage : List.of(ExtractJob.USAGE, ImportQuotebankJob.USAGE, SliceJob.USAGE, DedupeJob.USAGE)) {
      assertTrue(lines.contains(usage), () -> "docs/spark.md shows " + usage);
    }
  }

  @Test
  void workedExampleShowsTheScriptsJobLinesAndEachNamesAMainClass() throws Exception {
    List<String> lines = Files.readAllLines(SeedFiles.directory().resolveSibling("docs").resolve("spark.md"));
    List<String> documented = jobLines(lines.subList(lines.indexOf("## A worked example"), lines.indexOf("## On a cluster")));
    List<String> script = jobLines(Files.readAllLines(SeedFiles.directory().resolveSibling("spark/examples/run")));

    assertEquals(script, documented);
    Set<String> named = new HashSet<>();
    for (String line : documented) {
      String name = line.split(" ")[1];
      Method main = Class.forName(ExtractJob.class.getPackageName() + "." + name).getMethod("main", String[].class);
      assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()), name);
      named.add(name);
    }
    assertTrue(named.containsAll(List.of("ExtractJob", "DedupeJob", "SliceJob", "ImportQuotebankJob")), named::toString);
  }

  /** The lines that run a main class through the worked example's {@code job} function. */
  private static List<String> jobLines(List<String> lines) {
    return lines.stream().filter(line -> line.startsWith("job ")).toList();
  }

  /** The first cells of the rows of the {@code | column | what |} table between two headings. */
  private static List<String> columnsIn(List<String> lines, String heading, String nextHeading) {
    List<String> section = lines.subList(lines.indexOf(heading), lines.indexOf(nextHeading));
    List<String> columns = new ArrayList<>();
    for (String line : section.subList(section.indexOf("| column | what |"), section.size())) {
      if (line.startsWith("| `")) {
        columns.add(line.split("\\|")[1].strip().replace("`", ""));
      }
    }
    return columns;
  }

  /** The rows {@code | `column` | `type` | nullable | ...} under each {@code ### table} heading of "The tables". */
  private static Map<String, List<String>> documentedColumns() throws IOException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(SeedFiles.directory().resolveSibling("docs").resolve("spark.md"));
    List<String> current = new ArrayList<>();
    for (String line : lines.subList(lines.indexOf("## The tables"), lines.size())) {
      if (line.startsWith("### ")) {
        current = new ArrayList<>();
        tables.put(line.substring(4).strip(), current);
      } else if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        current.add(cells[1].strip().replace("`", "") + " " + cells[2].strip().replace("`", "")
            + " " + cells[3].strip());
      }
    }
    return tables;
  }
}

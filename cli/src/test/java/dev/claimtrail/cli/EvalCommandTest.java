package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
  @Test
  void aLedgerScoredAgainstItselfIsRightInEveryMeasure() throws Exception {
    Cli.Run run = Cli.run("eval", "--gold", Seeds.LEDGER.toString(), "--pred", Seeds.LEDGER.toString(),
        "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertEquals(17, rows.size(), run.out());
    for (JsonNode row : rows) {
      assertTrue(row.get("right").isInt(), row::toString);
      assertEquals(row.get("right"), row.get("of"), row::toString);
      assertTrue(row.get("of").asInt() == 0 ? row.get("value").isNull() : row.get("value").asDouble() == 1.0,
          row::toString);
    }
  }

  @Test
  void theSeedArticleExtractedNowIsScoredAgainstItsCuratedLedger() {
    Cli.Run run = Cli.run("eval", "--gold", Seeds.LEDGER.toString(), "--document", Seeds.DOCUMENT,
        Seeds.ARTICLE.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("evaluation of 1 document\n"), run.out());
    assertTrue(run.out().contains("speaker (quotes)"), run.out());
  }

  @Test
  void diffsHaveOneRowPerStatementWithItsStatus() throws Exception {
    Cli.Run run = Cli.run("eval", "--gold", Seeds.LEDGER.toString(), "--document", Seeds.DOCUMENT,
        Seeds.ARTICLE.toString(), "--diffs", "--format", "jsonl");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertTrue(lines.size() >= 25, run.out());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode row = json.readTree(line);
      assertEquals(Seeds.DOCUMENT, row.get("documentId").asText(), line);
      assertTrue(row.get("markers").isArray(), line);
      assertEquals(row.get("correct").asBoolean(), row.get("markers").isEmpty(), line);
    }
  }

  @Test
  void nothingToScoreIsAUsageError() {
    Cli.Run run = Cli.run("eval", "--gold", Seeds.LEDGER.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("claimtrail: nothing to score: give --pred P or article FILEs"), run.err());
  }

  @Test
  void aMissingGoldLedgerIsNamed() {
    Cli.Run run = Cli.run("eval", "--gold", "absent.json", "--pred", Seeds.LEDGER.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().strip().contains("absent.json"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}

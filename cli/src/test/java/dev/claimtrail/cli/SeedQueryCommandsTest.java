package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimtrail.ledger.Ledger;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query commands answer the seed's questions from the curated seed ledger. */
class SeedQueryCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Ledger seed;

  @BeforeAll
  static void loadSeed() {
    seed = Ledger.load(Seeds.LEDGER);
  }

  private static JsonNode rows(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--format";
    all[args.length + 1] = "json";
    Cli.Run run = Cli.run(all);
    JsonNode rows = JSON.readTree(run.out());
    assertEquals(rows.isEmpty() ? 1 : 0, run.exitCode(), "exit 1 when nothing is found: " + run.err());
    return rows;
  }

  @Test
  void withoutALedgerTheCommandsReadTheCuratedSeedLedger() throws Exception {
    JsonNode july = rows("quotes", "--speaker", "Kuleba", "--from", "2024-07", "--to", "2024-07");
    assertEquals(3, july.size(), july::toPrettyString);
    for (JsonNode row : july) {
      assertEquals("Dmytro Kuleba", row.get("speaker").asText());
    }
  }

  @Test
  void aMissingDefaultLedgerIsNamedInOneErrorLine(@TempDir Path home) {
    String before = System.getProperty("claimtrail.home");
    System.setProperty("claimtrail.home", home.toString());
    try {
      Cli.Run run = Cli.run("quotes");
      assertEquals(1, run.exitCode());
      assertEquals("claimtrail: no such file: " + home.resolve(LedgerInputs.DEFAULT_LEDGER), run.err().strip());
    } finally {
      if (before == null) {
        System.clearProperty("claimtrail.home");
      } else {
        System.setProperty("claimtrail.home", before);
      }
    }
  }

  @Test
  void whoSaidFindsLukashenkoOnTheDayOfTheInterview() throws Exception {
    JsonNode best = rows("who-said", "we must sit down at the negotiating table", "--ledger", Seeds.LEDGER.toString())
        .get(0);
    assertEquals("Alexander Lukashenko", best.get("speaker").asText());
    assertEquals("2024-08-18", best.get("said").asText());
  }

  @Test
  void chainListsEverySecondHandAttributionWithItsPathThroughTheIntermediary() throws Exception {
    JsonNode chains = rows("chain");
    assertEquals(seed.quotes().secondHand().count(), chains.size(), chains::toPrettyString);
    JsonNode putin = rows("chain", "--speaker", "Putin").get(0);
    JsonNode path = putin.get("path");
    assertEquals("RT", path.get(path.size() - 2).asText(), putin::toString);
    assertEquals(1, putin.get("depth").intValue());
    assertEquals(putin.get("attributionId"), putin.get("linkIds").get(1), "the last link is the row's own attribution");
    assertEquals(seed.attributions().size(), rows("chain", "--all").size());
  }

  @Test
  void claimsListEveryPositionAndTheJohnsonClaimIsDeniedByJohnson() throws Exception {
    int stances = seed.attributions().stream().mapToInt(a -> a.claimStances().size()).sum();
    assertEquals(stances, rows("claims").size());
    JsonNode denies = rows("claims", "--claim", "Johnson", "--position", "denies");
    assertEquals(1, denies.size(), denies::toPrettyString);
    assertEquals("Boris Johnson", denies.get(0).get("speaker").asText());
    assertEquals(0, rows("claims", "--reviews").size());
  }

  @Test
  void whoIsResolvesARoleAtTheTimeItWasHeld() throws Exception {
    JsonNode then = rows("who-is", "then-British Prime Minister", "--at", "2022");
    assertEquals("Boris Johnson", then.get(0).get("speaker").asText(), then::toPrettyString);
    assertEquals(0, rows("who-is", "British Prime Minister", "--at", "2024-08").size());
  }

  @Test
  void reportsGiveTheTimelineAndTheOutletsOfAQuote() throws Exception {
    JsonNode reports = rows("reports", "any engagement with Ukraine is impossible");
    assertTrue(reports.size() >= 1, reports::toPrettyString);
    assertEquals("Vladimir Putin", reports.get(0).get("speaker").asText());
    assertEquals(seed.reportsOf("any engagement with Ukraine is impossible").outlets().size(),
        rows("reports", "any engagement with Ukraine is impossible", "--outlets").size());
  }
}

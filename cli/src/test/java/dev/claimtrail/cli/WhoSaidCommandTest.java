package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WhoSaidCommandTest {
  private static final String ARTICLES =
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday.\n"
          + "\n\"The bridge reopens on Monday? We will see,\" said Tom Reyes, a city councillor.\n";

  @Test
  void aVariantOfTheSeedsQuoteIsFoundWithTheSpeakerAndTheDaySaid() throws Exception {
    Cli.Run run = Cli.run("who-said", "\u201cwe must sit down at the negotiating table\u201d",
        Seeds.ARTICLE.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode best = new ObjectMapper().readTree(run.out()).get(0);
    assertEquals("Alexander Lukashenko", best.get("speaker").asText(), run.out());
    assertEquals("2024-08-18", best.get("said").asText(), run.out());
  }

  @Test
  void matchesComeBestFirstAndTheLimitKeepsTheBest() throws Exception {
    Cli.Run all = Cli.withStdin(ARTICLES, "who-said", "The bridge reopens on Monday", "-", "--format", "json");
    assertEquals(0, all.exitCode(), all.err());
    JsonNode rows = new ObjectMapper().readTree(all.out());
    assertEquals(2, rows.size(), all.out());
    assertTrue(rows.get(0).get("score").asDouble() >= rows.get(1).get("score").asDouble(), all.out());

    Cli.Run best = Cli.withStdin(ARTICLES, "who-said", "The bridge reopens on Monday", "-", "--limit", "1",
        "--format", "json");
    JsonNode top = new ObjectMapper().readTree(best.out());
    assertEquals(1, top.size(), best.out());
    assertEquals(rows.get(0), top.get(0));
  }

  @Test
  void theSpeakerFilterNarrowsTheMatches() throws Exception {
    Cli.Run run = Cli.withStdin(ARTICLES, "who-said", "The bridge reopens on Monday", "-", "--speaker", "Reyes",
        "--format", "json");
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertEquals(1, rows.size(), run.out());
    assertEquals("Tom Reyes", rows.get(0).get("speaker").asText());
  }

  @Test
  void aQuoteNobodySaidPrintsNoRowsAndExitsWith1() {
    Cli.Run run = Cli.run("who-said", "purple elephants dance at noon", Seeds.ARTICLE.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals("(no rows)", run.out().strip());
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    Cli.Run run = Cli.run("who-said", "x", Seeds.ARTICLE.toString(), "--limit", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("claimtrail: --limit must be at least 1: 0"), run.err());
  }
}

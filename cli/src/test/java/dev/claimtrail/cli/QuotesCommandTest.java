package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
  private static final String ARTICLES =
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday.\n"
          + "\n\"We will not pay for it,\" said Tom Reyes, a city councillor, on Feb. 20.\n";

  @Test
  void theSpeakerOptionKeepsOnlyWhatThatSpeakerSaid() throws Exception {
    Cli.Run run = Cli.withStdin(ARTICLES, "quotes", "-", "--published", "2024-03-02", "--speaker", "Moreno",
        "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertEquals(1, rows.size(), run.out());
    assertEquals("Ana Moreno", rows.get(0).get("speaker").asText());
  }

  @Test
  void rowsComeInTheOrderSaidAndTheTimeRangeNarrowsThem() {
    Cli.Run all = Cli.withStdin(ARTICLES, "quotes", "-", "--published", "2024-03-02", "--format", "csv");
    assertEquals(0, all.exitCode(), all.err());
    List<String> lines = all.out().lines().collect(Collectors.toList());
    assertTrue(lines.get(0).startsWith("attributionId,speaker,statement,said,setting,"), lines.get(0));
    assertTrue(lines.get(1).contains(",Tom Reyes,"), all.out());
    assertTrue(lines.get(2).contains(",Ana Moreno,"), all.out());

    Cli.Run march = Cli.withStdin(ARTICLES, "quotes", "-", "--published", "2024-03-02",
        "--from", "2024-03", "--format", "csv");
    assertEquals(2, march.out().lines().count(), march.out());
    assertTrue(march.out().contains("Ana Moreno"), march.out());
    assertFalse(march.out().contains("Tom Reyes"), march.out());
  }

  @Test
  void anInvalidDateIsAUsageError() {
    Cli.Run run = Cli.run("quotes", "--from", "March", Seeds.ARTICLE.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("claimtrail: Invalid value for option '--from': not a date: 'March'"), run.err());
  }

  @Test
  void datesAreReadAsTheQueriesReadThemMonthNamesToo() {
    Cli.Run written = Cli.run("quotes", "--from", "July 2024", "--to", "Aug. 2024", "--format", "csv");
    Cli.Run iso = Cli.run("quotes", "--from", "2024-07", "--to", "2024-08", "--format", "csv");
    assertEquals(0, written.exitCode(), written.err());
    assertEquals(iso.out(), written.out());
    assertTrue(written.out().lines().count() > 1, written.out());
  }

  @Test
  void aSpeakerIsFoundByNameDescribedAsFindsDescriptionsAndViaFindsWhatIsKnownThroughIt() {
    Cli.Run named = Cli.run("quotes", "--speaker", "Zelensky", "--format", "csv");
    Cli.Run described = Cli.run("quotes", "--described-as", "Zelensky", "--format", "csv");
    Cli.Run throughRt = Cli.run("quotes", "--via", "RT", "--format", "csv");

    assertEquals(0, named.exitCode(), named.err());
    assertTrue(named.out().lines().skip(1).noneMatch(l -> l.contains("staff members close to")), named.out());
    assertTrue(described.out().lines().anyMatch(l -> l.contains("staff members close to")),
        described.exitCode() + described.err() + described.out());
    assertTrue(described.out().lines().count() > named.out().lines().count(), described.out());
    assertTrue(throughRt.out().lines().anyMatch(l -> l.split(",")[1].equals("Vladimir Putin")), throughRt.out());
    assertTrue(throughRt.out().lines().skip(1).allMatch(l -> l.contains(",a-rt-")), throughRt.out());
  }
}

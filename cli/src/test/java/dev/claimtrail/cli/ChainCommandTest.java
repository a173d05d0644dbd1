package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The id a row carries is the id {@code chain --attribution} takes. */
class ChainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theIdOfAQuoteRowGivesItsChain() throws Exception {
    JsonNode quote = JSON.readTree(Cli.run("quotes", "--second-hand", "--format", "json").out()).get(0);
    String id = quote.get("attributionId").asText();
    Cli.Run run = Cli.run("chain", "--attribution", id, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode chains = JSON.readTree(run.out());
    assertEquals(1, chains.size(), run.out());
    assertEquals(id, chains.get(0).get("attributionId").asText());
    assertEquals(quote.get("viaAttributionId"), chains.get(0).get("linkIds").get(0));
  }

  @Test
  void anIdThatIsNoAttributionIsNamed() {
    Cli.Run run = Cli.run("chain", "--attribution", "no-such-attribution");
    assertEquals(1, run.exitCode());
    assertEquals("claimtrail: no attribution with id 'no-such-attribution' in the ledger", run.err().strip());
  }
}

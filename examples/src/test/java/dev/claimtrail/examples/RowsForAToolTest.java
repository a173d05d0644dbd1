package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RowsForAToolTest {
  @Test
  void printsTypedRowsAndJoinsEachBackToItsStatement() throws Exception {
    String out = Output.of(RowsForATool::main);
    List<String> rows = out.lines().filter(line -> line.startsWith("{")).collect(Collectors.toList());
    assertTrue(rows.size() >= 2, out);
    JsonNode mayor = new ObjectMapper().readTree(rows.get(0));
    assertEquals("Harbour Gazette", mayor.get("outlet").asText(), mayor::toString);
    assertTrue(mayor.get("confidence").isNumber(), mayor::toString);
    assertTrue(mayor.get("statementId").asText().startsWith(mayor.get("documentId").asText()), mayor::toString);
    assertEquals(rows.size(), out.lines().filter(line -> line.matches(".+ said .+ at .+: [A-Z_]+")).count(), out);
  }
}

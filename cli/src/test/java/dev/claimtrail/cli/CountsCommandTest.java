package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CountsCommandTest {
  private static final String ARTICLES =
      "\"The bridge reopens on Monday,\" Mayor Ana Moreno told reporters on Friday.\n"
          + "\n\"The ferry stops,\" Moreno said.\n"
          + "\n\"We will not pay for it,\" said Tom Reyes, a city councillor, on Feb. 20.\n";

  @Test
  void countsBySpeakerLargestFirst() {
    Cli.Run run = Cli.withStdin(ARTICLES, "counts", "-", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().collect(Collectors.toList());
    assertEquals(List.of("speaker,count", "Ana Moreno,2", "Tom Reyes,1"), lines);
  }

  @Test
  void countsByStance() {
    Cli.Run run = Cli.withStdin(ARTICLES, "counts", "-", "--by", "stance", "--format", "jsonl");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"stance\":\"SAYS\",\"count\":3}", run.out().strip());
  }
}

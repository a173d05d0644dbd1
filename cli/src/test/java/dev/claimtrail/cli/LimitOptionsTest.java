package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The read limits and the extractor's text limit are set on the command line. */
class LimitOptionsTest {
  @Test
  void aReadLimitAppliesToTheLedgersRead() {
    Cli.Run small = Cli.run("quotes", "--ledger", Seeds.LEDGER.toString(), "--read-limit", "string-length=10");
    assertEquals(1, small.exitCode());
    assertTrue(small.err().contains("input exceeds ReadLimits.MAX_STRING_LENGTH"), small.err());
    assertTrue(small.err().contains("maximum allowed (10)"), small.err());
    Cli.Run large = Cli.run("quotes", "--ledger", Seeds.LEDGER.toString(), "--read-limit", "string-length=100000000",
        "--read-limit", "line-length=200000000");
    assertEquals(0, large.exitCode(), large.err());
  }

  @Test
  void anUnknownOrImpossibleReadLimitIsNamed() {
    Cli.Run unknown = Cli.run("quotes", "--ledger", Seeds.LEDGER.toString(), "--read-limit", "depth=3");
    assertEquals(1, unknown.exitCode());
    assertEquals("claimtrail: --read-limit depth=3: no such limit; one of nesting-depth, string-length, name-length, "
        + "number-length, document-length, line-length", unknown.err().strip());
    Cli.Run zero = Cli.run("quotes", "--ledger", Seeds.LEDGER.toString(), "--read-limit", "nesting-depth=0");
    assertEquals("claimtrail: --read-limit nesting-depth=0: must lie in [1, 2147483647)", zero.err().strip());
  }

  @Test
  void theTextLimitRefusesALongerArticleNamingIt() {
    Cli.Run run = Cli.run("extract", Seeds.ARTICLE.toString(), "--max-text-length", "100");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(Seeds.ARTICLE.toString()) && run.err().contains("100"), run.err());
  }
}

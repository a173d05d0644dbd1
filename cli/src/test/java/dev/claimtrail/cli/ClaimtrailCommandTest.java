package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClaimtrailCommandTest {
  @Test
  void withoutACommandItPrintsUsageListingEveryCommandAsAUsageError() {
    Cli.Run run = Cli.run();
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    for (String command : ClaimtrailCommand.commandLine().getSubcommands().keySet()) {
      assertTrue(run.err().contains("  " + command + " "), () -> command + " missing from\n" + run.err());
    }
  }

  @Test
  void theHelpListsTheExitCodes() {
    String help = Cli.run("--help").out();
    assertTrue(help.contains("Exit codes:"), help);
    assertTrue(help.contains("1   A search found nothing"), help);
    assertTrue(Cli.run("who-said", "--help").out().contains("Exit codes:"), "subcommands list them too");
  }

  @Test
  void aSearchThatFindsNothingExitsWith1AsGrepDoes() {
    Cli.Run none = Cli.run("who-said", "words nobody in the ledger ever said, zyxwvut");
    assertEquals(1, none.exitCode(), none.out() + none.err());
    assertEquals("", none.err());
    assertEquals("(no rows)", none.out().strip());
    Cli.Run noneAsJson = Cli.run("quotes", "--speaker", "Zyxwvut Nobody", "--format", "json");
    assertEquals(1, noneAsJson.exitCode());
    assertEquals("[ ]", noneAsJson.out().strip());
    assertEquals(0, Cli.run("quotes", "--format", "json").exitCode());
  }

  @Test
  void completionPrintsABashScriptThatKnowsEveryCommand() {
    Cli.Run run = Cli.run("completion");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("complete -F"), run.out());
    for (String command : ClaimtrailCommand.commandLine().getSubcommands().keySet()) {
      assertTrue(run.out().contains(command), command);
    }
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.exitCode());
    assertEquals("claimtrail " + VersionProvider.version() + System.lineSeparator(), run.out());
    assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.version());
  }

  @TestFactory
  Stream<DynamicTest> everyCommandAnswersHelpAndVersion() {
    return ClaimtrailCommand.commandLine().getSubcommands().keySet().stream()
        .filter(command -> !command.equals("help"))
        .map(command -> DynamicTest.dynamicTest(command, () -> {
          Cli.Run help = Cli.run(command, "--help");
          Cli.Run version = Cli.run(command, "--version");
          assertAll(
              () -> assertEquals(0, help.exitCode()),
              () -> assertTrue(help.out().startsWith("Usage: claimtrail " + command), help.out()),
              () -> assertEquals("", help.err()),
              () -> assertEquals(0, version.exitCode()),
              () -> assertTrue(version.out().startsWith("claimtrail "), version.out()));
        }));
  }

  @Test
  void anUnknownCommandIsOneErrorLineWithExitCode2() {
    Cli.Run run = Cli.run("frobnicate");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "claimtrail: Unmatched argument at index 0: 'frobnicate' (see 'claimtrail --help')",
        run.err().strip());
  }

  @Test
  void anUnknownOptionOfASubcommandNamesTheSubcommandsHelp() {
    Cli.Run run = Cli.run("extract", "--no-such-option", "a.txt");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("claimtrail: Unknown option: '--no-such-option'"), run.err());
    assertTrue(run.err().contains("(see 'claimtrail extract --help')"), run.err());
  }
}

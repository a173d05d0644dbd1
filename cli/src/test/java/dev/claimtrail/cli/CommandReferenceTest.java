package dev.claimtrail.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The command reference in {@code docs/cli.md} is every command's help as it prints, and the README
 * shows every command's synopsis; when an option changes, paste the new help into both.
 */
class CommandReferenceTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path REFERENCE = Path.of("..", "docs", "cli.md");

  @TestFactory
  Stream<DynamicTest> docsCliHoldsEveryCommandsHelpAndTheReadmeItsSynopsis() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    return ClaimtrailCommand.commandLine().getSubcommands().entrySet().stream()
        .filter(e -> !e.getKey().equals("help"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          String help = usage(e.getValue());
          assertTrue(reference.contains("```text\n" + help + "```"),
              () -> REFERENCE + " lacks the help of " + e.getKey() + " as it prints now:\n" + help);
          String synopsis = synopsis(help);
          assertTrue(readme.contains(synopsis),
              () -> README + " lacks the synopsis of " + e.getKey() + " as it prints now:\n" + synopsis);
        }));
  }

  private static String usage(CommandLine command) {
    return command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace(System.lineSeparator(), "\n");
  }

  /** The "Usage:" line and the lines that continue it, up to the description. */
  private static String synopsis(String help) {
    String[] lines = help.split("\n");
    StringBuilder out = new StringBuilder(lines[0]).append('\n');
    for (int i = 1; i < lines.length && lines[i].startsWith(" "); i++) {
      out.append(lines[i]).append('\n');
    }
    return out.toString();
  }
}

package dev.claimtrail.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Opens jshell with claimtrail on the class path, its packages imported and a {@code ledger}
 * variable already loaded, in a feedback mode that shows values whole (see {@link
 * ShellPreferences}). The startup script is written to a temporary file and given to jshell after
 * its default one, so {@code /reset} loads the ledger again.
 */
@Command(
    name = "shell",
    description = {
      "Open jshell with claimtrail imported and a ledger loaded.",
      "The variable 'ledger' holds LEDGER (default: the curated seed ledger "
          + LedgerInputs.DEFAULT_LEDGER + ")."
    })
final class ShellCommand implements Callable<Integer> {
  /** The packages the shell imports, besides jshell's default ones. */
  private static final List<String> IMPORTS = List.of(
      "java.time.*",
      "dev.claimtrail.model.*",
      "dev.claimtrail.ledger.*",
      "dev.claimtrail.query.*",
      "dev.claimtrail.text.*",
      "dev.claimtrail.extract.*",
      "dev.claimtrail.graph.*",
      "dev.claimtrail.graph.export.*",
      "dev.claimtrail.eval.*",
      "dev.claimtrail.io.*");

  /** What the shell prints after loading the ledger. */
  private static final String HINT =
      "Try ledger.whoSaid(\"words\"), ledger.quotes().by(\"name\").list(), ledger.counts() or /help;"
          + " add .print() to print every row";

  @Parameters(arity = "0..1", paramLabel = "LEDGER", description = "The ledger to load into 'ledger'.")
  private Path ledger;

  @Override
  public Integer call() throws Exception {
    Path file = (ledger == null ? LedgerInputs.defaultLedger() : ledger).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such ledger file: " + file);
    }
    Path startup = Files.createTempFile("claimtrail-shell", ".jsh");
    try {
      Files.writeString(startup, startupScript(file), StandardCharsets.UTF_8);
      JavaShellToolBuilder shell = JavaShellToolBuilder.builder().persistence(ShellPreferences.node());
      if (System.console() == null) {
        // jshell drives a terminal whenever its input is System.in itself; wrapped, standard input
        // is read as plain lines, echoed after each prompt, so the shell can be scripted.
        shell.in(new FilterInputStream(System.in) {}, null).out(System.out).err(System.err);
      }
      return shell.start(
          "--class-path", System.getProperty("java.class.path"),
          "--startup", "DEFAULT",
          "--startup", startup.toString());
    } finally {
      delete(startup);
    }
  }

  /**
   * The jshell snippets that import claimtrail and load {@code file} into {@code ledger}, then say
   * what was loaded from where (relative to the working directory when the file is under it).
   */
  private static String startupScript(Path file) {
    Path workingDirectory = Path.of("").toAbsolutePath();
    Path shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
    StringBuilder script = new StringBuilder();
    IMPORTS.forEach(p -> script.append("import ").append(p).append(";\n"));
    script.append("var ledger = Ledger.load(Path.of(").append(literal(file.toString())).append("));\n");
    script.append("System.out.println(\"ledger = \" + ledger + \", loaded from \" + ")
        .append(literal(shown.toString())).append(");\n");
    script.append("System.out.println(").append(literal(HINT)).append(");\n");
    return script.toString();
  }

  private static String literal(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}

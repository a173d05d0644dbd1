package dev.claimtrail.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the {@code claimtrail} command in-process and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run returned and printed. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code claimtrail args...} with {@code input} as standard input. */
  static Run withStdin(String input, String... args) {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(original);
    }
  }

  /**
   * Runs {@code claimtrail args...} printing on {@code stdout} as the real command does on the
   * process's standard output; the run's {@code out} is then empty.
   */
  static Run printingOn(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = ClaimtrailCommand.commandLine();
    commandLine.setOut(StandardOutput.of(stdout, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, "", err.toString());
  }

  /** Runs {@code claimtrail args...}. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ClaimtrailCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}

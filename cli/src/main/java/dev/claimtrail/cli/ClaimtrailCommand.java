package dev.claimtrail.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code claimtrail} command and its subcommands. Errors go to standard error as one line
 * starting with {@code claimtrail:}; the exit code is 0 on success, 1 when a search finds nothing
 * (as grep does) or the work fails (a missing or invalid file, say), and 2 for a command line that
 * does not parse or names no command. {@code --verbose} adds the stack trace of a failure. A
 * failure to write standard output or an output file is a failure of the work (exit code 1).
 */
@Command(
    name = "claimtrail",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tracks claims and their sources: who said what, when, where, and who reported it.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:Success; for a search, it found something.",
      "1:A search found nothing (as with grep), or the work failed (with the reason on standard error).",
      "2:The command line is wrong, or names no command."
    },
    subcommands = {
      ExtractCommand.class,
      WhoSaidCommand.class,
      QuotesCommand.class,
      ReportsCommand.class,
      ChainCommand.class,
      ClaimsCommand.class,
      WhoIsCommand.class,
      CountsCommand.class,
      GraphCommand.class,
      EvalCommand.class,
      ShellCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ClaimtrailCommand implements Callable<Integer> {
  /** The exit code of a search that found nothing, as grep's. */
  static final int NOTHING_FOUND = 1;

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure.")
  private boolean verbose;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line, as {@code claimtrail} takes it
   */
  public static void main(String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(StandardOutput.ofProcess());
    System.exit(commandLine.execute(args));
  }

  /**
   * {@return a command line for {@code claimtrail} that reports errors as described on this
   * class} Its output and error writers can be replaced before {@link
   * CommandLine#execute(String...)}.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ClaimtrailCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ClaimtrailCommand::reportUsageError);
    commandLine.setExecutionExceptionHandler(ClaimtrailCommand::reportFailure);
    commandLine.setExecutionStrategy(ClaimtrailCommand::runAndCheckOutput);
    return commandLine;
  }

  /** Without a command: the usage on standard error, and the exit code of a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return spec.exitCodeOnInvalidInput();
  }

  /**
   * Runs the command, then fails it if standard output could not be written: a command whose rows
   * were lost (to a full disk, a closed pipe) must not report success.
   */
  private static int runAndCheckOutput(ParseResult parsed) {
    int exitCode = new CommandLine.RunLast().execute(parsed);
    CommandLine root = parsed.commandSpec().commandLine();
    PrintWriter out = root.getOut();
    if (!out.checkError() && !System.out.checkError()) {
      return exitCode;
    }
    String reason = out instanceof StandardOutput standard ? standard.failureReason().orElse("write error") : "write error";
    root.getErr().println("claimtrail: cannot write standard output: " + reason);
    root.getErr().flush();
    return root.getCommandSpec().exitCodeOnExecutionException();
  }

  private static int reportUsageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    failed.getErr().printf("claimtrail: %s (see '%s --help')%n",
        e.getMessage(), failed.getCommandSpec().qualifiedName());
    failed.getErr().flush();
    return failed.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int reportFailure(Exception e, CommandLine failed, ParseResult parsed) {
    PrintWriter err = failed.getErr();
    err.println("claimtrail: " + Failures.describe(e));
    if (isVerbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return failed.getCommandSpec().exitCodeOnExecutionException();
  }

  /** Whether {@code --verbose} was given at the level of {@code parsed} or of a subcommand below it. */
  static boolean isVerbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}

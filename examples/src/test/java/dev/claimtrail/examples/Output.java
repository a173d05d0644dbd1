package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Captures what an example's {@code main} prints to standard output. */
final class Output {
  private Output() {}

  /** An example's {@code main} method. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs {@code main} with {@code args} and returns what it printed. */
  static String of(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(original);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    original.print(printed);
    return printed;
  }

  /**
   * Runs the example {@code main} class as a reader of the README would: in its own JVM, from the
   * root of the checkout, where its relative path to the seed ledger resolves; returns what it
   * printed, after checking that it ended normally within a minute.
   */
  static String fromTheRoot(Class<?> main) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        main.getName())
        .directory(new File(".."))
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), out);
    assertEquals(0, process.exitValue(), out);
    System.out.print(out);
    return out;
  }
}

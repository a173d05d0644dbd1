package dev.claimtrail.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
}

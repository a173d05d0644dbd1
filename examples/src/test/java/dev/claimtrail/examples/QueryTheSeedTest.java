package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueryTheSeedTest {
  /**
   * Runs the example as a reader of the README would: in its own JVM, from the root of the
   * checkout, where its relative path to the seed ledger resolves.
   */
  private static String runFromTheRoot() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        QueryTheSeed.class.getName())
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

  @Test
  void answersWhoSaidTheQuoteWhatKulebaSaidInJulyAndWhoStandsWhereOnTheClaim() throws Exception {
    String out = runFromTheRoot();
    assertTrue(out.lines().anyMatch(l -> l.contains("Alexander Lukashenko") && l.contains("2024-08-18")), out);
    assertEquals(3, out.lines().filter(l -> l.startsWith("Dmytro Kuleba")).count(), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("denies") && l.contains("Boris Johnson")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("DENIES")), out);
  }
}

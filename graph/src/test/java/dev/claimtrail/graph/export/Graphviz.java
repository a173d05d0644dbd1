package dev.claimtrail.graph.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz {@code dot} on DOT text, for tests; skips the calling test when dot is missing. */
final class Graphviz {
  /** What dot printed. */
  static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  private Graphviz() {}

  static Result render(String dotText, String format, Path workDir) throws IOException, InterruptedException {
    assumeTrue(dotIsInstalled(), "Graphviz 'dot' is not on the PATH: install graphviz to run this test");
    Path input = Files.writeString(workDir.resolve("graph.dot"), dotText, StandardCharsets.UTF_8);
    Path out = workDir.resolve("out." + format);
    Path err = workDir.resolve("err.txt");
    Process dot = new ProcessBuilder("dot", "-T" + format, input.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!dot.waitFor(60, TimeUnit.SECONDS)) {
      dot.destroyForcibly();
      throw new AssertionError("dot did not finish within 60 s");
    }
    return new Result(dot.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static boolean dotIsInstalled() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

package dev.claimtrail.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The jshell preferences of {@code claimtrail shell}: a node of its own (so its history is its own)
 * whose retained feedback mode, {@value #MODE}, is jshell's normal mode with values shown whole.
 * jshell's normal mode cuts a value after 80 characters (1,000 for an expression), which cut
 * tables mid-row; results cap their rows themselves. A startup script cannot make the mode (jshell
 * defines its predefined modes after running it), so the mode is made once per Java version by a
 * jshell without output and kept in the node.
 */
final class ShellPreferences {
  /** The name of the feedback mode. */
  static final String MODE = "claimtrail";

  /** The longest value shown, in characters: far more than a table of twenty rows. */
  private static final int TRUNCATION = 100_000;

  private static final String NODE = "dev/claimtrail/shell";
  private static final String MADE_FOR_JAVA = "claimtrail.modeMadeForJava";
  private static final String MAKE_MODE = String.join("\n",
      "/set mode " + MODE + " normal -command",
      "/set truncation " + MODE + " " + TRUNCATION,
      "/set mode " + MODE + " -retain",
      "/set feedback " + MODE + " -retain",
      "/exit", "");

  private ShellPreferences() {}

  /**
   * The preferences node of the shell, holding the {@value #MODE} feedback mode as the one to use;
   * makes the mode first if the node has none made for this Java version.
   */
  static Preferences node() throws Exception {
    Preferences node = Preferences.userRoot().node(NODE);
    String java = System.getProperty("java.version");
    if (!java.equals(node.get(MADE_FOR_JAVA, null))) {
      madeMode().forEach(node::put);
      node.put(MADE_FOR_JAVA, java);
      flush(node);
    }
    return node;
  }

  /** The preferences a jshell that makes the mode and retains it leaves, its history left out. */
  private static Map<String, String> madeMode() throws Exception {
    Map<String, String> preferences = new HashMap<>();
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    JavaShellToolBuilder.builder()
        .persistence(preferences)
        .in(new ByteArrayInputStream(MAKE_MODE.getBytes(StandardCharsets.UTF_8)), null)
        .out(discard).err(discard)
        .start("--no-startup", "--execution", "local");
    preferences.keySet().removeIf(key -> key.startsWith("HISTORY"));
    return preferences;
  }

  private static void flush(Preferences node) {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // The mode stays in effect for this run; the next one makes it again.
    }
  }
}

package dev.claimtrail.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example is the body of {@link QueryTheSeed#main}, so it compiles and runs. */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theReadmesJavaExampleIsTheBodyOfQueryTheSeedsMain() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md has no java block");
    String source = Files.readString(
        Path.of("src/main/java/dev/claimtrail/examples/QueryTheSeed.java"), StandardCharsets.UTF_8);
    String body = source.substring(source.indexOf("public static void main(String[] args) {") + 41);
    body = body.substring(0, body.indexOf("\n  }\n"));
    assertEquals(lines(unescape(body).strip()), lines(block.group(1).strip()));
  }

  /** The source writes the curly quote marks of the example as escapes; the README prints them. */
  private static String unescape(String source) {
    return source.replace("\\u201c", "\u201c").replace("\\u201d", "\u201d");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).collect(Collectors.toList());
  }
}

package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the generated corpus of the worked example in {@code docs/spark.md}: articles as JSON
 * Lines, in the columns {@link Articles} reads, whose texts are the project's own ({@link
 * ProjectTexts}), each repeated under new ids with an invented outlet, url and date published. The
 * same count always gives the same file. Run by {@code spark/examples/run}.
 *
 * <p>Usage: {@code ExampleCorpus <articles> <file>}.
 */
public final class ExampleCorpus {
  private static final List<String> OUTLETS = List.of("Harbour Gazette", "Valley Courier", "Northgate Evening Post");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExampleCorpus() {}

  /**
   * Writes the corpus and prints one line: the articles and the megabytes of text written.
   *
   * @param args {@code <articles> <file>}
   * @throws IOException if the texts cannot be read or the file written
   */
  public static void main(String[] args) throws IOException {
    checkArgument(args.length == 2, "usage: ExampleCorpus <articles> <file>");
    int count = Integer.parseInt(args[0]);
    checkArgument(count > 0, "the number of articles must be positive: %s", count);
    List<String> texts = ProjectTexts.repeated(count);
    Path file = Path.of(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines(texts));
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB of text, written to %s%n", count, bytes / 1e6, file);
  }

  /** One JSON object a line for each text: its id, text, outlet, url and date published. */
  static List<String> lines(List<String> texts) throws JsonProcessingException {
    List<String> lines = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String id = String.format(Locale.ROOT, "example-%04d", i);
      String outlet = OUTLETS.get(i % OUTLETS.size());
      Map<String, String> article = new LinkedHashMap<>();
      article.put("id", id);
      article.put("text", texts.get(i));
      article.put("outlet", outlet);
      article.put("url", "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id);
      article.put("published", FIRST_DAY.plusDays(i % 28).toString());
      article.put("language", "en");
      lines.add(JSON.writeValueAsString(article));
    }
    return lines;
  }
}

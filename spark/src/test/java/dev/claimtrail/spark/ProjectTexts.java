package dev.claimtrail.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimtrail.seed.SeedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own article texts, the seed and the gold texts of the tests, found from the working
 * directory upwards: the articles of the throughput harness and of the worked example's corpus.
 */
final class ProjectTexts {

  private ProjectTexts() {}

  /**
   * {@return the project's texts, in order of their paths, repeated in turn until there are {@code count}}
   *
   * @param count how many texts to give
   * @throws IOException if the texts cannot be read
   */
  static List<String> repeated(int count) throws IOException {
    Path seeds = SeedFiles.directory();
    List<Path> directories = List.of(seeds, seeds.resolveSibling("core/src/test/resources/gold"));
    List<String> own = new ArrayList<>();
    for (Path directory : directories) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          own.add(Files.readString(file));
        }
      }
    }
    checkArgument(!own.isEmpty(), "no .txt files in %s", directories);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(own.get(i % own.size()));
    }
    return texts;
  }
}

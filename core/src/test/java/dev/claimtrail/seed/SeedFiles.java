package dev.claimtrail.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Source;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Finds the curated seed files and reads the seed ledger, for the tests that use it. */
public final class SeedFiles {
  /** The name of the seed article's files, without extension. */
  public static final String SEED = "000_3345cdc3c9b6cfd0";

  private SeedFiles() {}

  /** The {@code seeds} directory of the checkout, found from the working directory upwards. */
  public static Path directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("seeds").resolve(SEED + ".ledger.json"))) {
        return dir.resolve("seeds");
      }
    }
    throw new IllegalStateException("no seeds/" + SEED + ".ledger.json above " + Path.of("").toAbsolutePath());
  }

  /** The curated ledger of the seed article, built and validated. */
  public static Ledger ledger() {
    return read(directory().resolve(SEED + ".ledger.json"));
  }

  /** Reads a ledger file with plain Jackson into the model types, then builds and validates it. */
  static Ledger read(Path file) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());
    try {
      JsonNode root = mapper.readTree(file.toFile());
      check("claimtrail-ledger".equals(root.path("format").asText()), file, "format is not claimtrail-ledger");
      check(root.path("version").asInt() == 1, file, "version is not 1");
      Ledger.Builder builder = Ledger.builder();
      readAll(mapper, root, "speakers", Speaker.class, builder::add);
      readAll(mapper, root, "sources", Source.class, builder::add);
      readAll(mapper, root, "documents", Document.class, builder::add);
      readAll(mapper, root, "statements", Statement.class, builder::add);
      readAll(mapper, root, "attributions", Attribution.class, builder::add);
      readAll(mapper, root, "claims", Claim.class, builder::add);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static void check(boolean condition, Path file, String problem) {
    if (!condition) {
      throw new IllegalStateException(file + ": " + problem);
    }
  }

  private static <T> void readAll(ObjectMapper mapper, JsonNode root, String field, Class<T> type,
      Consumer<T> add) throws IOException {
    for (JsonNode node : root.get(field)) {
      add.accept(mapper.treeToValue(node, type));
    }
  }
}

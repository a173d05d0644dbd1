package dev.claimtrail.graph.export;

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

/** The curated ledger of the seed article, read from the project's {@code seeds} directory. */
final class Seed {
  private static final String FILE = "000_3345cdc3c9b6cfd0.ledger.json";

  private Seed() {}

  static Ledger ledger() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("seeds").resolve(FILE);
      if (Files.isRegularFile(file)) {
        return read(file);
      }
    }
    throw new IllegalStateException("no seeds/" + FILE + " above " + Path.of("").toAbsolutePath());
  }

  private static Ledger read(Path file) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());
    try {
      JsonNode root = mapper.readTree(file.toFile());
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

  private static <T> void readAll(ObjectMapper mapper, JsonNode root, String field, Class<T> type,
      Consumer<T> add) throws IOException {
    for (JsonNode node : root.get(field)) {
      add.accept(mapper.treeToValue(node, type));
    }
  }
}

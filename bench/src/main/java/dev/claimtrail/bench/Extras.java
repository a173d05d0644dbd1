package dev.claimtrail.bench;

import dev.claimtrail.bench.corpus.Probes.VariantProbe;
import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.bench.corpus.VariantKind;
import dev.claimtrail.bench.peer.ClaimtrailStore;
import dev.claimtrail.bench.peer.LuceneSearch;
import dev.claimtrail.bench.peer.VariantSearch;
import dev.claimtrail.io.LedgerSnapshot;
import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.openjdk.jol.info.GraphLayout;

/**
 * What a run measures besides time: the recall of variant who-said for claimtrail and Lucene on the
 * corpus's variant probes, and the heap a ledger retains per attribution beyond the statement text,
 * built from the corpus and opened from its snapshot.
 */
final class Extras {
  static {
    // JOL would otherwise start a Serviceability Agent process, which takes minutes on a busy machine.
    System.setProperty("jol.skipHotspotSAAttach", "true");
  }

  private Extras() {}

  /**
   * The recall and precision of one variant search.
   *
   * @param system the system's name
   * @param recall the share of probes whose speaker is among the speakers found
   * @param precision the share of statements found that print the probe's utterance
   * @param recallByKind the recall over the probes made with each kind of change
   */
  record Recall(String system, double recall, double precision, Map<VariantKind, Double> recallByKind) {}

  /**
   * The heap a ledger retains.
   *
   * @param ledger how the ledger was made, as the report names it
   * @param attributions the attributions in the ledger
   * @param retainedBytes heap used after a full collection with the ledger, minus before it
   * @param textBytes the heap the ledger's statement texts take in the form it holds them: strings
   *     and their arrays once decoded; none while undecoded in a snapshot, whose bytes are mapped
   * @param mappedBytes the bytes of the snapshot file the ledger maps into memory, outside the heap
   *     (0 for a ledger built in memory)
   */
  record Footprint(String ledger, long attributions, long retainedBytes, long textBytes, long mappedBytes) {
    /** The bytes retained per attribution beyond the text. */
    double bytesPerAttribution() {
      return (double) (retainedBytes - textBytes) / attributions;
    }
  }

  /** The recall of {@code search} on the corpus's variant probes. */
  static Recall recall(VariantSearch search, List<VariantProbe> probes) {
    Map<VariantKind, int[]> byKind = new EnumMap<>(VariantKind.class);
    int found = 0;
    int statements = 0;
    int right = 0;
    for (VariantProbe probe : probes) {
      VariantSearch.Answer answer = search.whoSaidVariant(probe.text());
      boolean hit = answer.speakers().contains(probe.speaker().value());
      found += hit ? 1 : 0;
      for (String statement : answer.statements()) {
        statements++;
        right += probe.statements().contains(StatementId.of(statement)) ? 1 : 0;
      }
      for (VariantKind kind : probe.kinds()) {
        int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
        counts[0] += hit ? 1 : 0;
        counts[1]++;
      }
    }
    Map<VariantKind, Double> recallByKind = new EnumMap<>(VariantKind.class);
    byKind.forEach((kind, counts) -> recallByKind.put(kind, (double) counts[0] / counts[1]));
    return new Recall(search.name(), (double) found / probes.size(),
        statements == 0 ? 0 : (double) right / statements, recallByKind);
  }

  /** The recalls of claimtrail and Lucene on {@code corpus}. */
  static List<Recall> recalls(SyntheticCorpus corpus, Ledger ledger) {
    Recall claimtrail = recall(new ClaimtrailStore(ledger), corpus.probes().variants());
    try (LuceneSearch lucene = LuceneSearch.index(corpus)) {
      return List.of(claimtrail, recall(lucene, corpus.probes().variants()));
    }
  }

  /**
   * The heap retained by the ledger of a corpus {@code generate} returns: built in memory, built
   * and then asked one variant lookup (which builds the indexes of statement texts that a ledger
   * leaves to its first variant lookup), opened from its snapshot (records not yet decoded), and
   * opened with every record then read (and kept decoded, as queries that reach every record leave
   * it).
   */
  static List<Footprint> footprints(Supplier<SyntheticCorpus> generate) throws IOException {
    Path file = Files.createTempFile("footprint", LedgerSnapshot.EXTENSION);
    try {
      return List.of(
          footprint("built", generate, SyntheticCorpus::toLedger, Extras::stringBytes, null),
          footprint("built, after a variant lookup", generate, Extras::builtAndAskedForVariants, Extras::stringBytes,
              null),
          footprint("snapshot opened", generate, corpus -> opened(corpus, file, false), texts -> 0, file),
          footprint("snapshot opened, every record read", generate, corpus -> opened(corpus, file, true),
              Extras::stringBytes, file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The heap retained by the ledger {@code build} returns, from a corpus {@code generate} returns:
   * the heap used after a full collection with only the ledger alive, minus the heap used before
   * the corpus was generated; with the size of the snapshot file it maps, if any.
   */
  private static Footprint footprint(String name, Supplier<SyntheticCorpus> generate,
      Function<SyntheticCorpus, Ledger> build, ToLongFunction<List<String>> textBytes, @Nullable Path mapped)
      throws IOException {
    long before = usedAfterGc();
    SyntheticCorpus corpus = generate.get();
    long text = textBytes.applyAsLong(corpus.statements().stream().map(Statement::text).toList());
    long attributions = corpus.attributions().size();
    Ledger ledger = build.apply(corpus);
    corpus = null;
    long after = usedAfterGc();
    Reference.reachabilityFence(ledger);
    return new Footprint(name, attributions, after - before, text, mapped == null ? 0 : Files.size(mapped));
  }

  /** The ledger of {@code corpus} built in memory, after it answered a variant lookup. */
  private static Ledger builtAndAskedForVariants(SyntheticCorpus corpus) {
    Ledger ledger = corpus.toLedger();
    ledger.statementsResembling(ledger.statements().get(0).text(), 1);
    return ledger;
  }

  /** The ledger of {@code corpus} saved as a snapshot in {@code file} and opened again. */
  private static Ledger opened(SyntheticCorpus corpus, Path file, boolean readEveryRecord) {
    corpus.toLedger().save(file);
    Ledger ledger = Ledger.load(file);
    if (readEveryRecord) {
      for (List<?> records : List.of(ledger.speakers(), ledger.outlets(), ledger.documents(), ledger.statements(),
          ledger.attributions(), ledger.claims())) {
        records.forEach(Objects::requireNonNull);
      }
    }
    return ledger;
  }

  private static long stringBytes(List<String> texts) {
    return GraphLayout.parseInstance(texts.toArray()).totalSize();
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

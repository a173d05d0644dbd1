package dev.claimtrail.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ViaLoopsTest {
  /**
   * Over random via graphs, the one-pass check reports exactly the distinct loops that walking every
   * chain from every attribution finds, one problem each.
   */
  @Property(tries = 300)
  void reportsEachLoopOnceAsWalkingEveryChainFindsThem(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    Random random = new Random(seed);
    Map<AttributionId, Attribution> byId = new HashMap<>();
    List<Attribution> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Attribution.Builder b = Attribution.builder().id(AttributionId.of("a" + i))
          .statement(StatementId.of("s")).speaker(SpeakerId.of("p")).document(DocumentId.of("d"))
          .provenance(Provenance.curated("test"));
      int via = random.nextInt(count + count / 2);
      if (via < count && via != i) {
        b.via(AttributionId.of("a" + via));
      }
      Attribution a = b.build();
      all.add(a);
      byId.put(a.id(), a);
    }

    List<InvalidLedgerException.Problem> problems = ViaLoops.in(all, id -> Optional.ofNullable(byId.get(id)));

    assertEquals(naiveLoops(all, byId), loopsOf(problems, byId));
  }

  /** The loops, each as the set of its ids, that walking every chain from every attribution meets. */
  private static Set<Set<AttributionId>> naiveLoops(List<Attribution> all, Map<AttributionId, Attribution> byId) {
    Set<Set<AttributionId>> loops = new HashSet<>();
    for (Attribution start : all) {
      List<AttributionId> path = new ArrayList<>();
      Attribution current = start;
      while (current != null && !path.contains(current.id())) {
        path.add(current.id());
        current = current.via().map(byId::get).orElse(null);
      }
      if (current != null) {
        loops.add(new HashSet<>(path.subList(path.indexOf(current.id()), path.size())));
      }
    }
    return loops;
  }

  /** The loop each problem names, read back by following vias from the attribution it names. */
  private static Set<Set<AttributionId>> loopsOf(
      List<InvalidLedgerException.Problem> problems, Map<AttributionId, Attribution> byId) {
    Set<Set<AttributionId>> loops = new HashSet<>();
    for (InvalidLedgerException.Problem problem : problems) {
      Set<AttributionId> loop = new HashSet<>();
      AttributionId at = (AttributionId) problem.id();
      while (loop.add(at)) {
        at = byId.get(at).via().orElseThrow();
      }
      loops.add(loop);
    }
    assertEquals(loops.size(), problems.size(), "one problem a loop");
    return loops;
  }
}

package dev.claimtrail.ledger;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the loops among via chains in one pass: every attribution is walked at most once, whatever
 * the number and length of the chains that share it, so checking a chain of n attributions costs
 * time linear in n (not n squared, as walking each chain from each of its attributions did); a
 * first-hand attribution, most of a ledger, costs no walk at all.
 */
final class ViaLoops {
  /** How many ids of a loop its problem names. */
  static final int IDS_NAMED = 5;

  private ViaLoops() {}

  /**
   * The problems of the loops through the attributions {@code added}, one per loop, found by
   * following vias with {@code lookup}: a loop's problem names the attribution where a walk met it
   * again, the loop's length and its first {@value #IDS_NAMED} ids in via order. A via that
   * {@code lookup} cannot find ends its chain (a missing reference is another check's problem).
   */
  static List<InvalidLedgerException.Problem> in(
      List<Attribution> added, Function<AttributionId, Optional<Attribution>> lookup) {
    List<InvalidLedgerException.Problem> problems = new ArrayList<>();
    Set<AttributionId> done = new HashSet<>();
    for (Attribution start : added) {
      if (start.via().isEmpty()) {
        // No loop passes through it, and a walk that reaches it ends there: nothing to walk or mark.
        continue;
      }
      Map<AttributionId, Integer> onPath = new HashMap<>();
      List<AttributionId> path = new ArrayList<>();
      Optional<Attribution> current = Optional.of(start);
      while (current.isPresent() && !done.contains(current.get().id())) {
        AttributionId id = current.get().id();
        Integer seenAt = onPath.putIfAbsent(id, path.size());
        if (seenAt != null) {
          problems.add(loop(path.subList(seenAt, path.size())));
          break;
        }
        path.add(id);
        current = current.get().via().flatMap(lookup);
      }
      done.addAll(path);
    }
    return problems;
  }

  private static InvalidLedgerException.Problem loop(List<AttributionId> loop) {
    String named = loop.stream().limit(IDS_NAMED).map(AttributionId::value).collect(Collectors.joining(" › "));
    return new InvalidLedgerException.Problem("attribution", loop.get(0), "via", String.format(
        "via chain loops through %d attributions: %s%s", loop.size(), named, loop.size() > IDS_NAMED ? " › …" : ""));
  }
}

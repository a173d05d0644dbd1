package dev.claimtrail.graph;

import static com.google.common.base.Preconditions.checkState;

import dev.claimtrail.model.AttributionId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A relation between two {@link Node}s. There is at most one edge of a kind between two nodes;
 * {@link #attributions()} lists the attributions that give rise to it (empty for relations that
 * come from a record's own fields, such as a document's outlet).
 */
@Value.Immutable
public interface Edge {
  /** {@return the relation} */
  EdgeKind kind();

  /** {@return the node the edge starts at} */
  Node source();

  /** {@return the node the edge ends at} */
  Node target();

  /** {@return the attributions behind the edge, in ledger order} */
  List<AttributionId> attributions();

  /** {@return the key that is unique among all edges of a graph, e.g. {@code said:speaker:s1->statement:q1}} */
  default String key() {
    return kind().label().replace(' ', '-') + ":" + source().key() + "->" + target().key();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates that the end nodes are of the kinds the relation joins. */
  @Value.Check
  default void check() {
    checkState(source().kind() == kind().from() && target().kind() == kind().to(),
        "edge %s must go from a %s to a %s, not from %s to %s",
        kind(), kind().from(), kind().to(), source().key(), target().key());
  }

  /** Builds an {@link Edge}. */
  final class Builder extends ImmutableEdge.Builder {}
}

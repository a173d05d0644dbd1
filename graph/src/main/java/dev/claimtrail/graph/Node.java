package dev.claimtrail.graph;

import static com.google.common.base.Preconditions.checkState;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A record of the ledger drawn as a node: its {@link NodeKind}, its record id, a short label (a
 * name, a title, the words of a statement) and the record's other scalar fields as string
 * attributes for the export formats. Two nodes are equal when all of these are.
 */
@Value.Immutable
public interface Node {
  /** {@return what the node stands for} */
  NodeKind kind();

  /** {@return the id of the record} */
  String id();

  /** {@return a short human-readable label} */
  String label();

  /**
   * {@return the record's other scalar fields by name (e.g. {@code url}, {@code published}, {@code
   * wikidata}), in a stable order; absent fields are left out}
   */
  Map<String, String> attributes();

  /** {@return the key that is unique among all nodes of a graph: kind and id, e.g. {@code speaker:s1}} */
  default String key() {
    return kind().label() + ":" + id();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Validates id and label. */
  @Value.Check
  default void check() {
    checkState(!id().isBlank(), "node id must not be blank");
    checkState(!label().isBlank(), "node %s: label must not be blank", key());
  }

  /** Builds a {@link Node}. */
  final class Builder extends ImmutableNode.Builder {}
}

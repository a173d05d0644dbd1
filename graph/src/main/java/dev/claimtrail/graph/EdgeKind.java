package dev.claimtrail.graph;

import dev.claimtrail.model.ClaimStance;
import java.util.Locale;

/**
 * The relations an {@link Edge} stands for, each from one {@link NodeKind} to another. Every
 * reference between records of a ledger becomes an edge of one of these kinds.
 */
public enum EdgeKind {
  /** A speaker said a statement (from the attributions). */
  SAID(NodeKind.SPEAKER, NodeKind.STATEMENT),
  /** A statement is reported in a document (from the attributions). */
  REPORTED_IN(NodeKind.STATEMENT, NodeKind.DOCUMENT),
  /** A document was published by an outlet. */
  PUBLISHED_BY(NodeKind.DOCUMENT, NodeKind.OUTLET),
  /**
   * A statement is known through (quoted from) another one: the statement of an attribution to the
   * statement of the attribution it came {@code via}. A loop when both are the same words.
   */
  VIA(NodeKind.STATEMENT, NodeKind.STATEMENT),
  /** A statement puts a claim forward. */
  ASSERTS(NodeKind.STATEMENT, NodeKind.CLAIM),
  /** A statement says a claim is false. */
  DENIES(NodeKind.STATEMENT, NodeKind.CLAIM),
  /** A statement says, from a position to know, that a claim is true. */
  CONFIRMS(NodeKind.STATEMENT, NodeKind.CLAIM),
  /** A statement doubts a claim without denying it. */
  DISPUTES(NodeKind.STATEMENT, NodeKind.CLAIM),
  /** A document names an outlet as its source. */
  CITES(NodeKind.DOCUMENT, NodeKind.OUTLET),
  /** A document links to another document. */
  LINKS_TO(NodeKind.DOCUMENT, NodeKind.DOCUMENT),
  /** A statement was said on an outlet (the outlet of an interview or broadcast). */
  SAID_ON(NodeKind.STATEMENT, NodeKind.OUTLET),
  /** A speaker is tied to another speaker ("staff close to" a president). */
  AFFILIATED_WITH(NodeKind.SPEAKER, NodeKind.SPEAKER),
  /** A speaker is an outlet speaking ("the state-owned outlet noted"). */
  SPEAKS_AS(NodeKind.SPEAKER, NodeKind.OUTLET),
  /** A claim was reviewed by an outlet (a fact-checker). */
  REVIEWED_BY(NodeKind.CLAIM, NodeKind.OUTLET);

  private final NodeKind from;
  private final NodeKind to;

  EdgeKind(NodeKind from, NodeKind to) {
    this.from = from;
    this.to = to;
  }

  /** {@return the kind of the edge's source node} */
  public NodeKind from() {
    return from;
  }

  /** {@return the kind of the edge's target node} */
  public NodeKind to() {
    return to;
  }

  /** {@return the relation in words, lower case ("reported in")} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@return whether this is a position toward a claim} */
  public boolean isStance() {
    return to == NodeKind.CLAIM && from == NodeKind.STATEMENT;
  }

  /**
   * {@return the edge kind of a position toward a claim}
   *
   * @param position a speaker's position toward a claim
   */
  public static EdgeKind of(ClaimStance.Position position) {
    return valueOf(position.name());
  }
}

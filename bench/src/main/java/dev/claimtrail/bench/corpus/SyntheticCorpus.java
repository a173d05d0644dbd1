package dev.claimtrail.bench.corpus;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.Statement;
import java.util.List;

/**
 * A generated corpus: the records of a ledger, in the order a loader would meet them, and the
 * {@link Probes} to ask of it. Made by {@link CorpusGenerator#generate(CorpusSpec)}; immutable.
 */
public final class SyntheticCorpus {
  private final CorpusSpec spec;
  private final List<Speaker> speakers;
  private final List<Outlet> sources;
  private final List<Document> documents;
  private final List<Statement> statements;
  private final List<Attribution> attributions;
  private final List<Claim> claims;
  private final Probes probes;

  SyntheticCorpus(
      CorpusSpec spec, List<Speaker> speakers, List<Outlet> sources, List<Document> documents,
      List<Statement> statements, List<Attribution> attributions, List<Claim> claims, Probes probes) {
    this.spec = spec;
    this.speakers = List.copyOf(speakers);
    this.sources = List.copyOf(sources);
    this.documents = List.copyOf(documents);
    this.statements = List.copyOf(statements);
    this.attributions = List.copyOf(attributions);
    this.claims = List.copyOf(claims);
    this.probes = probes;
  }

  /** The spec this corpus was generated from. */
  public CorpusSpec spec() {
    return spec;
  }

  /** The speakers that said or relayed something, in order of first appearance. */
  public List<Speaker> speakers() {
    return speakers;
  }

  /** The outlets that published something or relayed a quote, in order of first appearance. */
  public List<Outlet> outlets() {
    return sources;
  }

  /** The documents, in order of first appearance. */
  public List<Document> documents() {
    return documents;
  }

  /** The statements: each utterance's first printing and its variants. */
  public List<Statement> statements() {
    return statements;
  }

  /** The attributions, exactly {@link CorpusSpec#attributions()} of them. */
  public List<Attribution> attributions() {
    return attributions;
  }

  /** The claims that attributions take stances toward. */
  public List<Claim> claims() {
    return claims;
  }

  /** The questions to ask of this corpus, with their answers. */
  public Probes probes() {
    return probes;
  }

  /** A ledger holding every record of this corpus. */
  public Ledger toLedger() {
    Ledger.Builder builder = Ledger.builder();
    speakers.forEach(builder::add);
    sources.forEach(builder::add);
    documents.forEach(builder::add);
    statements.forEach(builder::add);
    claims.forEach(builder::add);
    attributions.forEach(builder::add);
    return builder.build();
  }

  /** The number of UTF-16 characters of statement text, the text a ledger must keep in any case. */
  public long statementChars() {
    long chars = 0;
    for (Statement statement : statements) {
      chars += statement.text().length();
    }
    return chars;
  }

  @Override
  public String toString() {
    return String.format(
        "SyntheticCorpus[%s: %d speakers, %d outlets, %d documents, %d statements, %d attributions, %d claims]",
        spec.label(), speakers.size(), sources.size(), documents.size(), statements.size(),
        attributions.size(), claims.size());
  }
}

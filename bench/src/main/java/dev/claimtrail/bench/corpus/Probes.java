package dev.claimtrail.bench.corpus;

import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The questions asked of a corpus in the benchmarks, drawn from it with their known answers, the
 * same for claimtrail and every peer. Drawn uniformly over utterances, except the timeline
 * speakers, which are drawn per attribution (so popular speakers are asked about more often).
 *
 * @param exact printed statement texts, with who said them
 * @param variants new variants of sampled utterances (not in the corpus), with the true answer
 * @param timelines speakers with a date range
 * @param statements statements whose first appearance and outlets are asked for
 * @param chains second-hand attributions whose via chain is resolved
 * @param claims claims whose stances are asked for
 */
public record Probes(
    List<ExactProbe> exact,
    List<VariantProbe> variants,
    List<TimelineProbe> timelines,
    List<StatementId> statements,
    List<AttributionId> chains,
    List<ClaimId> claims) {

  /** Copies the lists. */
  public Probes {
    exact = List.copyOf(exact);
    variants = List.copyOf(variants);
    timelines = List.copyOf(timelines);
    statements = List.copyOf(statements);
    chains = List.copyOf(chains);
    claims = List.copyOf(claims);
  }

  /**
   * A printed text and the speakers it is attributed to.
   *
   * @param text the statement text exactly as in the corpus
   * @param speakers every speaker an attribution of that text names, intermediaries included
   */
  public record ExactProbe(String text, Set<SpeakerId> speakers) {
    /** Copies the set. */
    public ExactProbe {
      speakers = Set.copyOf(speakers);
    }
  }

  /**
   * A variant of an utterance as another outlet might print it, and the true answer.
   *
   * @param text the variant text, which the corpus does not hold verbatim in general
   * @param speaker who said it
   * @param statements every statement of the corpus that prints the same utterance
   * @param kinds the changes that made the variant
   */
  public record VariantProbe(
      String text, SpeakerId speaker, Set<StatementId> statements, Set<VariantKind> kinds) {
    /** Copies the sets. */
    public VariantProbe {
      statements = Set.copyOf(statements);
      kinds = Set.copyOf(kinds);
    }
  }

  /**
   * A speaker and an inclusive date range.
   *
   * @param speaker the speaker
   * @param from the first day
   * @param to the last day
   */
  public record TimelineProbe(SpeakerId speaker, LocalDate from, LocalDate to) {}
}

package dev.claimtrail.bench.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.bench.corpus.CorpusGenerator;
import dev.claimtrail.bench.corpus.CorpusSpec;
import dev.claimtrail.bench.corpus.Probes.ExactProbe;
import dev.claimtrail.bench.corpus.Probes.TimelineProbe;
import dev.claimtrail.bench.corpus.Probes.VariantProbe;
import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.bench.jmh.Stores;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * claimtrail, the floor and every peer give the same answers, timelines in the same order, and
 * those answers are the corpus's known ones, so the benchmarks time equal work; run on a corpus of
 * 3 000 attributions by {@link PeersAgreeTest} and of 100 000 by {@link PeersAgreeAt100kTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PeersAgreement {
  private static final List<String> PEERS = List.of("floor", "sqlite", "h2", "duckdb", "jena-graph", "jena-sparql");

  private final SyntheticCorpus corpus;
  private final int stride;
  private ClaimtrailStore claimtrail;
  private List<QuoteStore> peers;
  private LuceneSearch lucene;

  /** Asks every {@code stride}-th probe of each kind, so that a large corpus is checked in seconds. */
  PeersAgreement(int attributions, int stride) {
    corpus = CorpusGenerator.generate(CorpusSpec.quotebankShape(attributions));
    this.stride = stride;
  }

  private <T> List<T> sample(List<T> probes) {
    return IntStream.range(0, probes.size()).filter(i -> i % stride == 0).mapToObj(probes::get)
        .collect(Collectors.toList());
  }

  @BeforeAll
  void load() {
    claimtrail = new ClaimtrailStore(corpus.toLedger());
    peers = PEERS.stream().map(peer -> Stores.quoteStore(peer, corpus)).collect(Collectors.toList());
    lucene = LuceneSearch.index(corpus);
  }

  @AfterAll
  void close() {
    peers.forEach(QuoteStore::close);
    lucene.close();
  }

  @Test
  void exactWhoSaidFindsTheKnownSpeakersEverywhere() {
    for (ExactProbe probe : sample(corpus.probes().exact())) {
      Set<String> expected = ids(probe.speakers());
      assertEquals(expected, claimtrail.whoSaid(probe.text()), probe.text());
      for (QuoteStore peer : peers) {
        assertEquals(expected, peer.whoSaid(probe.text()), peer.name() + ": " + probe.text());
      }
    }
  }

  @Test
  void timelinesAgreeInOrderAndHoldOnlyTheSpeakersAttributions() {
    int nonEmpty = 0;
    for (TimelineProbe probe : sample(corpus.probes().timelines())) {
      List<String> ours = claimtrail.timeline(probe.speaker().value(), probe.from(), probe.to());
      nonEmpty += ours.isEmpty() ? 0 : 1;
      for (String id : ours) {
        assertEquals(probe.speaker(),
            claimtrail.ledger().attribution(AttributionId.of(id)).orElseThrow().speaker());
      }
      for (QuoteStore peer : peers) {
        List<String> theirs = peer.timeline(probe.speaker().value(), probe.from(), probe.to());
        assertEquals(ours, theirs, peer.name() + ": " + probe);
      }
    }
    assertTrue(nonEmpty > 0, "some timeline probe finds attributions");
  }

  @Test
  void firstAppearancesAgree() {
    for (StatementId statement : sample(corpus.probes().statements())) {
      QuoteStore.FirstAppearance ours = claimtrail.firstAppearance(statement.value());
      assertFalse(ours.outlets().isEmpty(), statement.value());
      for (QuoteStore peer : peers) {
        assertEquals(ours, peer.firstAppearance(statement.value()), peer.name() + ": " + statement);
      }
    }
  }

  @Test
  void chainsAgreeAndAreTwoOrThreeLong() {
    assertFalse(sample(corpus.probes().chains()).isEmpty());
    for (AttributionId attribution : sample(corpus.probes().chains())) {
      List<String> ours = claimtrail.chain(attribution.value());
      assertTrue(ours.size() == 2 || ours.size() == 3, attribution + ": " + ours);
      for (QuoteStore peer : peers) {
        assertEquals(ours, peer.chain(attribution.value()), peer.name() + ": " + attribution);
      }
    }
  }

  @Test
  void claimStancesAgree() {
    assertFalse(sample(corpus.probes().claims()).isEmpty());
    for (ClaimId claim : sample(corpus.probes().claims())) {
      Set<String> ours = claimtrail.stances(claim.value());
      assertFalse(ours.isEmpty(), claim.value());
      for (QuoteStore peer : peers) {
        assertEquals(ours, peer.stances(claim.value()), peer.name() + ": " + claim);
      }
    }
  }

  @Test
  void variantSearchesFindTheSpeakerOfMostVariants() {
    for (VariantSearch search : List.of(claimtrail, lucene)) {
      long found = sample(corpus.probes().variants()).stream()
          .filter(probe -> search.whoSaidVariant(probe.text()).speakers().contains(probe.speaker().value()))
          .count();
      assertTrue(found * 2 > sample(corpus.probes().variants()).size(),
          search.name() + " found " + found + " of " + sample(corpus.probes().variants()).size());
    }
  }

  @Test
  void claimtrailVariantAnswersAreMorePreciseThanLucenesTopHits() {
    assertTrue(precision(claimtrail) > precision(lucene),
        "claimtrail " + precision(claimtrail) + ", Lucene " + precision(lucene));
  }

  /** The share of the statements found for variant probes that print the probe's utterance. */
  private double precision(VariantSearch search) {
    int found = 0;
    int right = 0;
    for (VariantProbe probe : sample(corpus.probes().variants())) {
      for (String statement : search.whoSaidVariant(probe.text()).statements()) {
        found++;
        right += probe.statements().contains(StatementId.of(statement)) ? 1 : 0;
      }
    }
    return (double) right / found;
  }

  private static Set<String> ids(Set<SpeakerId> speakers) {
    return speakers.stream().map(SpeakerId::value).collect(Collectors.toSet());
  }
}

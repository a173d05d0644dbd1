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
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.StatementId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * claimtrail and every peer give the same answers on a small corpus, and those answers are the
 * corpus's known ones, so the benchmarks time equal work.
 */
class PeersAgreeTest {
  private static final SyntheticCorpus CORPUS = CorpusGenerator.generate(CorpusSpec.quotebankShape(3_000));
  private static ClaimtrailStore claimtrail;
  private static List<QuoteStore> peers;
  private static LuceneSearch lucene;

  @BeforeAll
  static void load() {
    claimtrail = new ClaimtrailStore(CORPUS.toLedger());
    peers = List.of(DuckDbStore.load(CORPUS), JenaStore.load(CORPUS));
    lucene = LuceneSearch.index(CORPUS);
  }

  @AfterAll
  static void close() {
    peers.forEach(QuoteStore::close);
    lucene.close();
  }

  @Test
  void exactWhoSaidFindsTheKnownSpeakersEverywhere() {
    for (ExactProbe probe : CORPUS.probes().exact()) {
      Set<String> expected = ids(probe.speakers());
      assertEquals(expected, claimtrail.whoSaid(probe.text()), probe.text());
      for (QuoteStore peer : peers) {
        assertEquals(expected, peer.whoSaid(probe.text()), peer.name() + ": " + probe.text());
      }
    }
  }

  @Test
  void timelinesAgreeAndHoldOnlyTheSpeakersAttributions() {
    int nonEmpty = 0;
    for (TimelineProbe probe : CORPUS.probes().timelines()) {
      List<String> ours = claimtrail.timeline(probe.speaker().value(), probe.from(), probe.to());
      nonEmpty += ours.isEmpty() ? 0 : 1;
      for (String id : ours) {
        assertEquals(probe.speaker(),
            claimtrail.ledger().attribution(AttributionId.of(id)).orElseThrow().speaker());
      }
      for (QuoteStore peer : peers) {
        List<String> theirs = peer.timeline(probe.speaker().value(), probe.from(), probe.to());
        assertEquals(new HashSet<>(ours), new HashSet<>(theirs), peer.name() + ": " + probe);
        assertEquals(ours.size(), theirs.size(), peer.name() + ": " + probe);
      }
    }
    assertTrue(nonEmpty > 0, "some timeline probe finds attributions");
  }

  @Test
  void firstAppearancesAgree() {
    for (StatementId statement : CORPUS.probes().statements()) {
      QuoteStore.FirstAppearance ours = claimtrail.firstAppearance(statement.value());
      assertFalse(ours.outlets().isEmpty(), statement.value());
      for (QuoteStore peer : peers) {
        assertEquals(ours, peer.firstAppearance(statement.value()), peer.name() + ": " + statement);
      }
    }
  }

  @Test
  void chainsAgreeAndAreTwoOrThreeLong() {
    assertFalse(CORPUS.probes().chains().isEmpty());
    for (AttributionId attribution : CORPUS.probes().chains()) {
      List<String> ours = claimtrail.chain(attribution.value());
      assertTrue(ours.size() == 2 || ours.size() == 3, attribution + ": " + ours);
      for (QuoteStore peer : peers) {
        assertEquals(ours, peer.chain(attribution.value()), peer.name() + ": " + attribution);
      }
    }
  }

  @Test
  void claimStancesAgree() {
    assertFalse(CORPUS.probes().claims().isEmpty());
    for (ClaimId claim : CORPUS.probes().claims()) {
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
      long found = CORPUS.probes().variants().stream()
          .filter(probe -> search.whoSaidVariant(probe.text()).speakers().contains(probe.speaker().value()))
          .count();
      assertTrue(found * 2 > CORPUS.probes().variants().size(),
          search.name() + " found " + found + " of " + CORPUS.probes().variants().size());
    }
  }

  @Test
  void claimtrailVariantAnswersAreMorePreciseThanLucenesTopHits() {
    assertTrue(precision(claimtrail) > precision(lucene),
        "claimtrail " + precision(claimtrail) + ", Lucene " + precision(lucene));
  }

  /** The share of the statements found for variant probes that print the probe's utterance. */
  private static double precision(VariantSearch search) {
    int found = 0;
    int right = 0;
    for (VariantProbe probe : CORPUS.probes().variants()) {
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

package dev.claimtrail.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimtrail.ledger.Ledger;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.text.QuoteText;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static final CorpusSpec SPEC = CorpusSpec.quotebankShape(10_000);
  private static final SyntheticCorpus CORPUS = CorpusGenerator.generate(SPEC);

  @Test
  void theSameSpecGivesTheSameCorpusRecordForRecord() {
    SyntheticCorpus again = CorpusGenerator.generate(SPEC);
    assertEquals(CORPUS.attributions(), again.attributions());
    assertEquals(CORPUS.statements(), again.statements());
    assertEquals(CORPUS.documents(), again.documents());
    assertEquals(CORPUS.speakers(), again.speakers());
    assertEquals(CORPUS.probes(), again.probes());
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    CorpusSpec small = CorpusSpec.quotebankShape(1_000);
    SyntheticCorpus one = CorpusGenerator.generate(small);
    SyntheticCorpus other = CorpusGenerator.generate(small.withSeed(7));
    assertNotEquals(one.statements().get(0).text(), other.statements().get(0).text());
  }

  @Test
  void theCorpusHasExactlyTheAskedAttributionsAndEveryReferenceResolves() {
    assertEquals(SPEC.attributions(), CORPUS.attributions().size());
    Ledger ledger = CORPUS.toLedger();
    assertEquals(SPEC.attributions(), ledger.attributions().size());
    assertEquals(CORPUS.statements().size(), ledger.statements().size());
  }

  @Test
  void aboutOneAttributionInTenLiesOnAViaChainOfDepthTwoOrThree() {
    Map<AttributionId, Attribution> byId = CORPUS.attributions().stream()
        .collect(Collectors.toMap(Attribution::id, Function.identity()));
    Set<AttributionId> onChains = new HashSet<>();
    for (Attribution a : CORPUS.attributions()) {
      if (a.via().isPresent()) {
        int depth = 1;
        for (Attribution at = a; at.via().isPresent(); at = byId.get(at.via().get())) {
          onChains.add(at.id());
          onChains.add(at.via().get());
          depth++;
        }
        assertTrue(depth <= 3, "chain of " + a.id() + " has depth " + depth);
      }
    }
    double share = onChains.size() / (double) CORPUS.attributions().size();
    assertTrue(share > 0.08 && share < 0.12, "share of attributions on chains: " + share);
  }

  @Test
  void speakersFollowALongTailedDistribution() {
    Map<SpeakerId, Integer> counts = new HashMap<>();
    CORPUS.attributions().forEach(a -> counts.merge(a.speaker(), 1, Integer::sum));
    int top = counts.getOrDefault(SpeakerId.of("sp0"), 0);
    int hundredth = counts.getOrDefault(SpeakerId.of("sp99"), 0);
    assertTrue(top > 0.04 * SPEC.attributions(), "top speaker has " + top);
    assertTrue(top > 20 * hundredth, "top " + top + " vs 100th " + hundredth);
    assertTrue(counts.size() > 500, "distinct speakers: " + counts.size());
  }

  @Test
  void quotesHaveFiveToSixtyWordsAndVariantsShareMostOfThem() {
    for (Statement statement : CORPUS.statements()) {
      int words = statement.normalized().split(" ").length;
      assertTrue(words >= VariantMaker.MIN_KEPT_WORDS && words <= Quote.MAX_WORDS,
          statement.id() + " has " + words + " words: " + statement.text());
    }
    assertTrue(CORPUS.statements().size() > 1.2 * CORPUS.probes().exact().size());
  }

  @Test
  void variantProbesCoverEveryKindOfChangeAndAreNotPlainCopies() {
    Set<VariantKind> kinds = EnumSet.noneOf(VariantKind.class);
    int changed = 0;
    Set<String> printed = CORPUS.statements().stream().map(Statement::text).collect(Collectors.toSet());
    for (Probes.VariantProbe probe : CORPUS.probes().variants()) {
      kinds.addAll(probe.kinds());
      if (!printed.contains(probe.text())) {
        changed++;
      }
    }
    assertEquals(EnumSet.allOf(VariantKind.class), kinds);
    assertTrue(changed > 0.8 * CORPUS.probes().variants().size(), "changed variants: " + changed);
  }

  @Test
  void insertionsAndTypographyLeaveTheNormalizedFormAlone() {
    Quote quote = new Quote(List.of("we", "don't", ",", "know", "-", "the", "answer", "yet"));
    String canonical = quote.canonicalText();
    assertEquals("We don't, know - the answer yet.", canonical);
    VariantMaker maker = new VariantMaker(new Vocabulary(100, 1));
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      VariantMaker.Variant v = maker.make(quote, 4, random);
      if (!v.kinds().contains(VariantKind.ELISION) && !v.kinds().contains(VariantKind.TRUNCATION)) {
        assertEquals(QuoteText.normalize(canonical), QuoteText.normalize(v.text()), v.text());
      }
    }
  }

  @Test
  void probesAreDrawnWithAnswersThatTheCorpusHolds() {
    Probes probes = CORPUS.probes();
    assertEquals(CorpusGenerator.PROBES_PER_KIND, probes.exact().size());
    assertEquals(CorpusGenerator.PROBES_PER_KIND, probes.timelines().size());
    assertTrue(probes.chains().size() > 100, "chains: " + probes.chains().size());
    assertTrue(probes.claims().size() > 50, "claims: " + probes.claims().size());
    Map<StatementId, String> texts = CORPUS.statements().stream()
        .collect(Collectors.toMap(Statement::id, Statement::text));
    Map<String, Set<SpeakerId>> sayers = new HashMap<>();
    for (Attribution a : CORPUS.attributions()) {
      sayers.computeIfAbsent(texts.get(a.statement()), t -> new HashSet<>()).add(a.speaker());
    }
    for (Probes.ExactProbe probe : probes.exact()) {
      assertEquals(sayers.get(probe.text()), probe.speakers(), probe.text());
    }
  }
}

package dev.claimtrail.bench.corpus;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.bench.corpus.Probes.ExactProbe;
import dev.claimtrail.bench.corpus.Probes.TimelineProbe;
import dev.claimtrail.bench.corpus.Probes.VariantProbe;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.AttributionId;
import dev.claimtrail.model.Claim;
import dev.claimtrail.model.ClaimId;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.DocumentId;
import dev.claimtrail.model.PartialDate;
import dev.claimtrail.model.Provenance;
import dev.claimtrail.model.Outlet;
import dev.claimtrail.model.OutletId;
import dev.claimtrail.model.Speaker;
import dev.claimtrail.model.SpeakerId;
import dev.claimtrail.model.Stance;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.StatementId;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates a {@link SyntheticCorpus} with the shape of Quotebank: utterances of 5–60 words by
 * Zipf-distributed speakers, each reported 1–20 times by Zipf-distributed outlets, later reports
 * often printing a variant (insertion, elision, truncation, typography) that becomes a statement of
 * its own; about 10% of attributions in via chains of depth 2–3 through outlets that relayed the
 * quote; about 5% of utterances taking a stance toward one of a set of claims. Deterministic: the
 * same {@link CorpusSpec} gives the same corpus, record for record.
 */
public final class CorpusGenerator {
  /** How many probes of each kind are drawn, at most. */
  public static final int PROBES_PER_KIND = 1024;
  /** The share of attributions that lie on via chains. */
  public static final double CHAIN_SHARE = 0.10;
  /** Reports per utterance range from 1 to this, Zipf-distributed. */
  public static final int MAX_REPORTS = 20;
  /** The days utterances are said on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(2020, 4, 16);
  /** The length of the date range of a timeline probe, in days. */
  public static final int TIMELINE_DAYS = 90;

  /** Chains hold 2 or 3 attributions evenly, so a report starts one with p where 2.5p / (1 + 1.5p) = share. */
  private static final double CHAIN_START = CHAIN_SHARE / (2.5 - 1.5 * CHAIN_SHARE);
  private static final double CLAIM_SHARE = 0.05;
  private static final int VOCABULARY_SIZE = 50_000;
  private static final int DOCUMENTS_PER_OUTLET_DAY = 3;
  private static final String[] OUTLET_SUFFIXES = {
    "Times", "Post", "News", "Herald", "Daily", "Wire", "Tribune", "Gazette", "Journal", "Today"
  };
  private static final Stance[] STANCES = {
    Stance.SAYS, Stance.SAYS, Stance.SAYS, Stance.SAYS, Stance.SAYS, Stance.SAYS, Stance.WARNS,
    Stance.CLAIMS, Stance.DENIES, Stance.URGES, Stance.NOTES, Stance.ADDS, Stance.CONFIRMS,
    Stance.ADMITS, Stance.ASSERTS
  };
  private static final Map<Stance, String> CUES = new EnumMap<>(Map.ofEntries(
      Map.entry(Stance.SAYS, "said"), Map.entry(Stance.WARNS, "warned"),
      Map.entry(Stance.CLAIMS, "claimed"), Map.entry(Stance.DENIES, "denied"),
      Map.entry(Stance.URGES, "urged"), Map.entry(Stance.NOTES, "noted"),
      Map.entry(Stance.ADDS, "added"), Map.entry(Stance.CONFIRMS, "confirmed"),
      Map.entry(Stance.ADMITS, "admitted"), Map.entry(Stance.ASSERTS, "insisted"),
      Map.entry(Stance.REPORTS, "reported")));
  private static final Provenance PROVENANCE = Provenance.imported("claimtrail synthetic corpus");

  private CorpusGenerator() {}

  /** The corpus of {@code spec}. */
  public static SyntheticCorpus generate(CorpusSpec spec) {
    return new Run(spec).generate();
  }

  /** The reporting verb printed for a stance. */
  static String cue(Stance stance) {
    return verifyNotNull(CUES.get(stance));
  }

  /** The state of one generation. */
  private static final class Run {
    private final CorpusSpec spec;
    private final SplittableRandom random;
    private final SplittableRandom probeRandom;
    private final Vocabulary vocabulary;
    private final VariantMaker variants;
    private final Zipf speakerRanks;
    private final Zipf outletRanks;
    private final Zipf reportCounts = new Zipf(MAX_REPORTS, 1.0);
    private final Zipf claimRanks;

    private final Map<Integer, SpeakerId> speakerIds = new HashMap<>();
    private final Map<Integer, SpeakerId> outletSpeakerIds = new HashMap<>();
    private final Map<Integer, Outlet> sourcesByRank = new HashMap<>();
    private final Map<Integer, ClaimId> claimIds = new HashMap<>();
    private final Map<Long, DocumentId> documentIds = new HashMap<>();

    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Outlet> sources = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Attribution> attributions;
    private final List<Claim> claims = new ArrayList<>();

    private final Reservoir<Utterance> sampledUtterances;
    private final Reservoir<SpeakerId> sampledSpeakers;
    private final Reservoir<AttributionId> sampledChains;
    private final Reservoir<ClaimId> sampledClaims;

    Run(CorpusSpec spec) {
      this.spec = spec;
      this.random = new SplittableRandom(spec.seed());
      this.probeRandom = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
      this.vocabulary = new Vocabulary(VOCABULARY_SIZE, spec.seed());
      this.variants = new VariantMaker(vocabulary);
      this.speakerRanks = new Zipf(spec.speakers(), 1.0);
      this.outletRanks = new Zipf(spec.outlets(), 1.0);
      this.claimRanks = new Zipf(Math.max(10, spec.attributions() / 500), 1.0);
      this.attributions = new ArrayList<>(spec.attributions());
      this.sampledUtterances = new Reservoir<>(PROBES_PER_KIND, probeRandom.split());
      this.sampledSpeakers = new Reservoir<>(PROBES_PER_KIND, probeRandom.split());
      this.sampledChains = new Reservoir<>(PROBES_PER_KIND, probeRandom.split());
      this.sampledClaims = new Reservoir<>(PROBES_PER_KIND, probeRandom.split());
    }

    SyntheticCorpus generate() {
      while (attributions.size() < spec.attributions()) {
        utterance();
      }
      return new SyntheticCorpus(
          spec, speakers, sources, documents, statements, attributions, claims, probes());
    }

    private void utterance() {
      SpeakerId speaker = speaker(speakerRanks.sample(random));
      Quote quote = Quote.random(vocabulary, random);
      long saidDay = FIRST_DAY.toEpochDay()
          + random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
      boolean dayKnown = random.nextInt(10) != 0;
      Stance stance = STANCES[random.nextInt(STANCES.length)];
      List<ClaimStance> claimStances = new ArrayList<>(1);
      if (random.nextDouble() < CLAIM_SHARE) {
        ClaimId claim = claim(claimRanks.sample(random));
        claimStances.add(ClaimStance.of(claim, ClaimStance.Position.values()[random.nextInt(4)]));
        sampledClaims.offer(claim);
      }
      Map<String, StatementId> printed = new LinkedHashMap<>();
      Map<StatementId, Set<SpeakerId>> sayers = new HashMap<>();
      String canonical = quote.canonicalText();
      StatementId first = statement(canonical, Statement.Kind.DIRECT_QUOTE);
      printed.put(canonical, first);
      int reports = reportCounts.sample(random) + 1;
      for (int report = 0; report < reports && attributions.size() < spec.attributions(); report++) {
        StatementId statement = first;
        if (report > 0 && random.nextBoolean()) {
          VariantMaker.Variant variant = variants.make(quote, 1 + random.nextInt(2), random);
          Statement.Kind kind = variant.kinds().contains(VariantKind.TRUNCATION)
              ? Statement.Kind.PARTIAL_QUOTE : Statement.Kind.DIRECT_QUOTE;
          statement = printed.computeIfAbsent(variant.text(), text -> statement(text, kind));
        }
        long published = saidDay + (report == 0 ? random.nextInt(2) : random.nextInt(30));
        DocumentId document = document(outletRanks.sample(random), published);
        int depth = random.nextDouble() < CHAIN_START ? 2 + random.nextInt(2) : 1;
        depth = Math.min(depth, spec.attributions() - attributions.size());
        AttributionId via = null;
        for (int relay = 1; relay < depth; relay++) {
          SpeakerId relayer = outletSpeaker(outletRanks.sample(random));
          via = attribution(statement, relayer, document, saidDay, dayKnown, Stance.REPORTS, via, List.of());
          sayers.computeIfAbsent(statement, s -> new HashSet<>()).add(relayer);
        }
        AttributionId said = attribution(statement, speaker, document, saidDay, dayKnown, stance, via, claimStances);
        sayers.computeIfAbsent(statement, s -> new HashSet<>()).add(speaker);
        sampledSpeakers.offer(speaker);
        if (via != null) {
          sampledChains.offer(said);
        }
      }
      sampledUtterances.offer(new Utterance(quote, speaker, first, printed, sayers));
    }

    private StatementId statement(String text, Statement.Kind kind) {
      StatementId id = StatementId.of("st" + statements.size());
      statements.add(Statement.of(id, text, kind));
      return id;
    }

    private AttributionId attribution(
        StatementId statement, SpeakerId speaker, DocumentId document, long saidDay, boolean dayKnown,
        Stance stance, @Nullable AttributionId via, List<ClaimStance> claimStances) {
      AttributionId id = AttributionId.of("at" + attributions.size());
      LocalDate day = LocalDate.ofEpochDay(saidDay);
      PartialDate said = dayKnown ? PartialDate.of(day) : PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      Attribution.Builder builder = Attribution.builder();
      builder.id(id).statement(statement).speaker(speaker).document(document)
          .said(TimeReference.of(said)).cue(cue(stance)).stance(stance)
          .addAllClaimStances(claimStances).provenance(PROVENANCE);
      if (via != null) {
        builder.via(via);
      }
      attributions.add(builder.build());
      return id;
    }

    private SpeakerId speaker(int rank) {
      return speakerIds.computeIfAbsent(rank, r -> {
        SplittableRandom names = new SplittableRandom(spec.seed() * 31 + r);
        SpeakerId id = SpeakerId.of("sp" + r);
        String last = Vocabulary.name(names, 2 + names.nextInt(2));
        Speaker.Kind kind = r % 10 == 9 ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON;
        Speaker.Builder speaker = Speaker.builder();
        speaker.id(id).name(Vocabulary.name(names, 1 + names.nextInt(2)) + " " + last).kind(kind);
        if (kind == Speaker.Kind.PERSON && r % 5 == 0) {
          speaker.addAlias(last);
        }
        speakers.add(speaker.build());
        return id;
      });
    }

    private SpeakerId outletSpeaker(int rank) {
      Outlet outlet = source(rank);
      return outletSpeakerIds.computeIfAbsent(rank, r -> {
        SpeakerId id = SpeakerId.of("so" + r);
        Speaker.Builder speaker = Speaker.builder();
        speaker.id(id).name(outlet.name()).kind(Speaker.Kind.MEDIA_OUTLET).outlet(outlet.id());
        speakers.add(speaker.build());
        return id;
      });
    }

    private Outlet source(int rank) {
      return sourcesByRank.computeIfAbsent(rank, r -> {
        SplittableRandom names = new SplittableRandom(spec.seed() * 17 + r);
        String word = Vocabulary.name(names, 2 + names.nextInt(2));
        Outlet.Builder builder = Outlet.builder();
        builder.id(OutletId.of("src" + r))
            .name(word + " " + OUTLET_SUFFIXES[names.nextInt(OUTLET_SUFFIXES.length)])
            .kind(Outlet.Kind.values()[r % 5])
            .addDomain(word.toLowerCase(Locale.ROOT) + r + ".example");
        Outlet source = builder.build();
        sources.add(source);
        return source;
      });
    }

    private DocumentId document(int outletRank, long day) {
      int slot = random.nextInt(DOCUMENTS_PER_OUTLET_DAY);
      long key = ((long) outletRank * 100_000 + day) * DOCUMENTS_PER_OUTLET_DAY + slot;
      return documentIds.computeIfAbsent(key, k -> {
        DocumentId id = DocumentId.of("doc" + documents.size());
        Document.Builder document = Document.builder();
        document.id(id).outlet(source(outletRank).id()).published(PartialDate.of(LocalDate.ofEpochDay(day)));
        documents.add(document.build());
        return id;
      });
    }

    private ClaimId claim(int rank) {
      return claimIds.computeIfAbsent(rank, r -> {
        ClaimId id = ClaimId.of("cl" + r);
        claims.add(Claim.of(id, Quote.random(vocabulary, random).canonicalText()));
        return id;
      });
    }

    private Probes probes() {
      List<ExactProbe> exact = new ArrayList<>();
      List<VariantProbe> variantProbes = new ArrayList<>();
      List<StatementId> firstPrintings = new ArrayList<>();
      for (Utterance u : sampledUtterances.items()) {
        List<Map.Entry<String, StatementId>> texts = new ArrayList<>(u.printed().entrySet());
        texts.removeIf(e -> !u.sayers().containsKey(e.getValue()));
        if (texts.isEmpty()) {
          continue;
        }
        Map.Entry<String, StatementId> chosen = texts.get(probeRandom.nextInt(texts.size()));
        exact.add(new ExactProbe(chosen.getKey(), verifyNotNull(u.sayers().get(chosen.getValue()))));
        VariantMaker.Variant variant = variants.make(u.quote(), 1 + probeRandom.nextInt(3), probeRandom);
        variantProbes.add(new VariantProbe(
            variant.text(), u.speaker(), new HashSet<>(u.printed().values()),
            variant.kinds()));
        firstPrintings.add(u.first());
      }
      List<TimelineProbe> timelines = new ArrayList<>();
      int startDays = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() - TIMELINE_DAYS + 2);
      for (SpeakerId speaker : sampledSpeakers.items()) {
        LocalDate from = FIRST_DAY.plusDays(probeRandom.nextInt(startDays));
        timelines.add(new TimelineProbe(speaker, from, from.plusDays(TIMELINE_DAYS - 1)));
      }
      return new Probes(
          exact, variantProbes, timelines, firstPrintings, sampledChains.items(), sampledClaims.items());
    }
  }

  /** What the probes need to know of a sampled utterance. */
  private record Utterance(
      Quote quote, SpeakerId speaker, StatementId first, Map<String, StatementId> printed,
      Map<StatementId, Set<SpeakerId>> sayers) {}
}

package dev.claimtrail.bench.peer;

import dev.claimtrail.bench.corpus.SyntheticCorpus;
import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.ClaimStance;
import dev.claimtrail.model.Document;
import dev.claimtrail.model.Statement;
import dev.claimtrail.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The floor of each lookup in plain Java: hash maps from the probe to its answer, computed when the
 * store is built, and per speaker the attributions said at a known time in arrays sorted as a
 * timeline is, found by binary search. It holds nothing but the answers, validates nothing and
 * returns its own collections, so no store that answers the same questions can be much faster.
 * Safe to share between threads.
 */
public final class FloorStore implements QuoteStore {
  private final Map<String, Set<String>> speakersByText = new HashMap<>();
  private final Map<String, FirstAppearance> firstAppearances = new HashMap<>();
  private final Map<String, List<String>> chains = new HashMap<>();
  private final Map<String, Set<String>> stancesByClaim = new HashMap<>();
  private final Map<String, SaidDays> timelines = new HashMap<>();

  private FloorStore(SyntheticCorpus corpus) {
    Map<String, String> texts = new HashMap<>();
    for (Statement s : corpus.statements()) {
      texts.put(s.id().value(), s.text());
    }
    Map<String, Document> documents = new HashMap<>();
    for (Document d : corpus.documents()) {
      documents.put(d.id().value(), d);
    }
    Map<String, Attribution> byId = new HashMap<>();
    Map<String, List<Attribution>> bySpeaker = new HashMap<>();
    Map<String, LocalDate> firstDays = new HashMap<>();
    Map<String, Set<String>> outlets = new HashMap<>();
    for (Attribution a : corpus.attributions()) {
      byId.put(a.id().value(), a);
      String statement = a.statement().value();
      speakersByText.computeIfAbsent(Objects.requireNonNull(texts.get(statement), statement), t -> new HashSet<>()).add(a.speaker().value());
      Document document = Objects.requireNonNull(documents.get(a.document().value()), a.document().value());
      Set<String> reported = outlets.computeIfAbsent(statement, s -> new HashSet<>());
      document.outlet().ifPresent(o -> reported.add(o.value()));
      document.published().ifPresent(p -> firstDays.merge(statement, p.firstDay(),
          (x, y) -> x.isBefore(y) ? x : y));
      for (ClaimStance stance : a.claimStances()) {
        stancesByClaim.computeIfAbsent(stance.claim().value(), c -> new HashSet<>())
            .add(a.id() + " " + a.speaker() + " " + stance.position());
      }
      if (a.said().isPresent()) {
        bySpeaker.computeIfAbsent(a.speaker().value(), s -> new ArrayList<>()).add(a);
      }
    }
    outlets.forEach((statement, found) ->
        firstAppearances.put(statement, new FirstAppearance(firstDays.get(statement), found)));
    for (Attribution a : corpus.attributions()) {
      List<String> speakers = new ArrayList<>(3);
      for (@Nullable Attribution link = a; link != null; link = link.via().map(v -> byId.get(v.value())).orElse(null)) {
        speakers.add(link.speaker().value());
      }
      chains.put(a.id().value(), Collections.unmodifiableList(speakers));
    }
    bySpeaker.forEach((speaker, said) -> timelines.put(speaker, new SaidDays(said)));
  }

  /** The answers to every question about {@code corpus}. */
  public static FloorStore of(SyntheticCorpus corpus) {
    return new FloorStore(corpus);
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public Set<String> whoSaid(String text) {
    return speakersByText.getOrDefault(text, Set.of());
  }

  @Override
  public List<String> timeline(String speaker, LocalDate from, LocalDate to) {
    SaidDays said = timelines.get(speaker);
    return said == null ? List.of() : said.overlapping((int) from.toEpochDay(), (int) to.toEpochDay());
  }

  @Override
  public FirstAppearance firstAppearance(String statement) {
    return firstAppearances.getOrDefault(statement, new FirstAppearance(null, Set.of()));
  }

  @Override
  public List<String> chain(String attribution) {
    return chains.getOrDefault(attribution, List.of());
  }

  @Override
  public Set<String> stances(String claim) {
    return stancesByClaim.getOrDefault(claim, Set.of());
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  /**
   * One speaker's attributions said at a known time, sorted by first day, then last day, then corpus
   * order, with the longest span between the two, which bounds how far before a range a time
   * overlapping it can start.
   */
  private static final class SaidDays {
    private final int[] firstDays;
    private final int[] lastDays;
    private final String[] ids;
    private final int maxSpan;

    SaidDays(List<Attribution> said) {
      List<Attribution> sorted = new ArrayList<>(said);
      sorted.sort(Comparator.comparing((Attribution a) -> a.said().map(TimeReference::firstDay).orElseThrow())
          .thenComparing(a -> a.said().map(TimeReference::lastDay).orElseThrow()));
      firstDays = new int[sorted.size()];
      lastDays = new int[sorted.size()];
      ids = new String[sorted.size()];
      int span = 0;
      for (int i = 0; i < ids.length; i++) {
        TimeReference time = sorted.get(i).said().orElseThrow();
        firstDays[i] = (int) time.firstDay().toEpochDay();
        lastDays[i] = (int) time.lastDay().toEpochDay();
        ids[i] = sorted.get(i).id().value();
        span = Math.max(span, lastDays[i] - firstDays[i]);
      }
      maxSpan = span;
    }

    List<String> overlapping(int from, int to) {
      int start = Arrays.binarySearch(firstDays, from - maxSpan);
      start = start < 0 ? -start - 1 : start;
      while (start > 0 && firstDays[start - 1] >= from - maxSpan) {
        start--;
      }
      List<String> found = new ArrayList<>();
      for (int i = start; i < ids.length && firstDays[i] <= to; i++) {
        if (lastDays[i] >= from) {
          found.add(ids[i]);
        }
      }
      return found;
    }
  }
}

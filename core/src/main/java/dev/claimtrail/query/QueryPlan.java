package dev.claimtrail.query;

import static com.google.common.base.Verify.verifyNotNull;

import dev.claimtrail.model.Attribution;
import dev.claimtrail.model.SpeakerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Quotes} query runs: its steps, each a test with perhaps an index that answers it, and
 * the choice of the most selective index to read before the other steps are checked.
 */
final class QueryPlan {
  private QueryPlan() {}

  /**
   * The attributions of {@code view} that pass every one of {@code steps}: those the most selective
   * lookup finds, filtered by the steps it does not answer. A lookup finds exactly the attributions
   * that pass its own step, and a speaker lookup narrowed by a time said step reads only that range
   * of each speaker's attributions, answering both steps.
   */
  static Stream<Attribution> run(LedgerView view, List<Step> steps) {
    Choice choice = new Choice(steps);
    Step best = choice.best;
    if (best == null) {
      return view.attributions().stream().filter(a -> passes(steps, a));
    }
    List<Step> unanswered = new ArrayList<>(steps);
    unanswered.remove(best);
    List<Attribution> candidates;
    Step said = choice.saidOfSpeakers();
    if (said != null) {
      Lookup range = said.lookup.get();
      candidates = union(view, best.lookup.get().speakers.stream()
          .map(id -> view.attributionsBySaidBetween(id, verifyNotNull(range.from), verifyNotNull(range.to))));
      unanswered.remove(said);
    } else {
      candidates = best.lookup.get().attributions.get();
    }
    return candidates.stream().filter(a -> passes(unanswered, a));
  }

  /**
   * The attributions of {@code view} that pass every one of {@code steps}, in timeline order (see
   * {@link LedgerView#inTimelineOrder}). One speaker's attributions within a range of time said
   * come from {@link LedgerView#timelineOf}, already in that order; others are found as {@link
   * #run} finds them, then ordered.
   */
  static List<Attribution> onTimeline(LedgerView view, List<Step> steps) {
    Choice choice = new Choice(steps);
    Step said = choice.saidOfSpeakers();
    Step best = choice.best;
    if (said == null || best == null || best.lookup.get().speakers.size() != 1) {
      return view.inTimelineOrder(run(view, steps).collect(Collectors.toList()));
    }
    List<Step> unanswered = new ArrayList<>(steps);
    unanswered.remove(best);
    unanswered.remove(said);
    Lookup range = said.lookup.get();
    List<Attribution> found = view.timelineOf(best.lookup.get().speakers.iterator().next(),
        verifyNotNull(range.from), verifyNotNull(range.to));
    return unanswered.isEmpty() ? found
        : found.stream().filter(a -> passes(unanswered, a)).collect(Collectors.toList());
  }

  /** The most selective lookup of some steps, and the time said step among them, if any. */
  private static final class Choice {
    @Nullable Step best;
    @Nullable Step said;

    Choice(List<Step> steps) {
      for (Step step : steps) {
        if (step.lookup.isPresent()) {
          int rank = step.lookup.get().rank;
          best = best == null || rank < best.lookup.get().rank ? step : best;
          said = rank == Lookup.SAID ? step : said;
        }
      }
    }

    /**
     * The time said step when the most selective lookup is of speakers, so that reading each
     * speaker's range of time said answers both; else null.
     */
    @Nullable Step saidOfSpeakers() {
      return best != null && best.lookup.get().rank == Lookup.SPEAKER ? said : null;
    }
  }

  /** Whether {@code attribution} passes every one of {@code checked}. */
  static boolean passes(List<Step> checked, Attribution attribution) {
    for (int i = 0; i < checked.size(); i++) {
      if (!checked.get(i).test.test(attribution)) {
        return false;
      }
    }
    return true;
  }

  /** The attributions of {@code lists} together, in ledger order of {@code view}. */
  static List<Attribution> union(LedgerView view, Stream<List<Attribution>> lists) {
    List<List<Attribution>> all = lists.collect(Collectors.toList());
    if (all.size() == 1) {
      return all.get(0);
    }
    List<Attribution> merged = new ArrayList<>();
    all.forEach(merged::addAll);
    return view.inLedgerOrder(merged);
  }

  /** One step: the test every result passes, and an index that finds a superset, if any. */
  static final class Step {
    final Predicate<Attribution> test;
    final Optional<Lookup> lookup;

    Step(Predicate<Attribution> test, Optional<Lookup> lookup) {
      this.test = test;
      this.lookup = lookup;
    }
  }

  /**
   * An index read that finds candidates in ledger order; the lower the rank, the fewer expected. A
   * speaker lookup keeps its speakers and a time said lookup its range, so that the two combine.
   */
  static final class Lookup {
    static final int DOCUMENT = 0;
    static final int CLAIM = 1;
    static final int STATEMENT = 2;
    static final int SPEAKER = 3;
    static final int VIA = 4;
    static final int OUTLET = 5;
    static final int SAID = 6;

    final int rank;
    final Supplier<List<Attribution>> attributions;
    final Set<SpeakerId> speakers;
    final @Nullable LocalDate from;
    final @Nullable LocalDate to;

    Lookup(int rank, Supplier<List<Attribution>> attributions) {
      this(rank, attributions, Set.of(), null, null);
    }

    private Lookup(int rank, Supplier<List<Attribution>> attributions, Set<SpeakerId> speakers,
        @Nullable LocalDate from, @Nullable LocalDate to) {
      this.rank = rank;
      this.attributions = attributions;
      this.speakers = speakers;
      this.from = from;
      this.to = to;
    }

    static Lookup speakers(Set<SpeakerId> speakers, Supplier<List<Attribution>> attributions) {
      return new Lookup(SPEAKER, attributions, speakers, null, null);
    }

    static Lookup said(LocalDate from, LocalDate to, Supplier<List<Attribution>> attributions) {
      return new Lookup(SAID, attributions, Set.of(), from, to);
    }
  }
}

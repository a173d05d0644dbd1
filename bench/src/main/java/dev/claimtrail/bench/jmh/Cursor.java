package dev.claimtrail.bench.jmh;

import dev.claimtrail.bench.corpus.Probes;
import dev.claimtrail.bench.corpus.Probes.TimelineProbe;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Walks the corpus's probes: each call of a lookup benchmark asks the next probe of its kind, so a
 * measurement averages over the same probes, in the same order, for every system. Every text and
 * id it gives is a new string copied from the probe's characters, as a query read from a request
 * would be: its hash is not yet computed and it is not the instance a store holds, so no lookup
 * gains from a cached hash or an equality decided by identity. The copy costs every system the
 * same, the floor included.
 */
@State(Scope.Thread)
public class Cursor {
  private int next;
  private char[][] exact;
  private char[][] variants;
  private char[][] timelineSpeakers;
  private char[][] statements;
  private char[][] chains;
  private char[][] claims;
  private List<TimelineProbe> timelines;

  /** Copies the characters of the corpus's probes, and starts at the first probe. */
  @Setup(Level.Trial)
  public void start(CorpusState corpus) {
    Probes probes = corpus.corpus.probes();
    exact = chars(probes.exact(), p -> p.text());
    variants = chars(probes.variants(), p -> p.text());
    timelines = probes.timelines();
    timelineSpeakers = chars(timelines, p -> p.speaker().value());
    statements = chars(probes.statements(), s -> s.value());
    chains = chars(probes.chains(), a -> a.value());
    claims = chars(probes.claims(), c -> c.value());
    next = 0;
  }

  private static <T> char[][] chars(List<T> probes, Function<T, String> text) {
    char[][] chars = new char[probes.size()][];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.apply(probes.get(i)).toCharArray();
    }
    return chars;
  }

  private String fresh(char[][] probes) {
    return new String(probes[next(probes.length)]);
  }

  /** The next printed text of an exact who-said probe. */
  public String exactText() {
    return fresh(exact);
  }

  /** The next variant text. */
  public String variantText() {
    return fresh(variants);
  }

  /** The next statement id. */
  public String statement() {
    return fresh(statements);
  }

  /** The next second-hand attribution id. */
  public String chain() {
    return fresh(chains);
  }

  /** The next claim id. */
  public String claim() {
    return fresh(claims);
  }

  /** The next timeline probe: its speaker id as a new string, and its days. */
  public Timeline timeline() {
    int index = next(timelines.size());
    TimelineProbe probe = timelines.get(index);
    return new Timeline(new String(timelineSpeakers[index]), probe.from(), probe.to());
  }

  /**
   * A timeline question.
   *
   * @param speaker the speaker's id
   * @param from the first day
   * @param to the last day
   */
  public record Timeline(String speaker, LocalDate from, LocalDate to) {}

  private int next(int count) {
    int index = next % count;
    next = index + 1;
    return index;
  }
}

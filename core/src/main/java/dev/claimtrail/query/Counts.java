package dev.claimtrail.query;

import dev.claimtrail.model.PartialDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts of a set of attributions by speaker, outlet, stance and month said. Speakers, outlets and
 * stances are ordered by count, largest first, then by name; months in calendar order. Each
 * grouping is a {@link Results} table; {@link #toString()} prints all four under their headings.
 */
public final class Counts {
  private final Results<Count> bySpeaker;
  private final Results<Count> byOutlet;
  private final Results<Count> byStance;
  private final Results<Count> byMonth;

  private Counts(List<Quote> quotes) {
    this.bySpeaker = largestFirst("speaker", count(quotes, q -> Optional.of(q.speaker().name())));
    this.byOutlet = largestFirst("outlet", count(quotes, q -> q.outlet().map(s -> s.name())));
    this.byStance = largestFirst("stance", count(quotes, q -> Optional.of(q.attribution().stance().toString())));
    this.byMonth = table("month", count(quotes, q -> q.attribution().said().map(t -> month(t.date()))));
  }

  /** The counts of {@code quotes}. */
  static Counts of(List<Quote> quotes) {
    return new Counts(quotes);
  }

  private static String month(PartialDate date) {
    return date.month().map(m -> String.format("%04d-%02d", date.year(), m)).orElse(String.format("%04d", date.year()));
  }

  private static Map<String, Integer> count(List<Quote> quotes, Function<Quote, Optional<String>> key) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Quote quote : quotes) {
      key.apply(quote).ifPresent(k -> counts.merge(k, 1, Integer::sum));
    }
    return counts;
  }

  private static Results<Count> largestFirst(String header, Map<String, Integer> counts) {
    List<Count> rows = counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::key))
        .collect(Collectors.toList());
    return new Results<>(rows, columns(header));
  }

  private static Results<Count> table(String header, Map<String, Integer> counts) {
    List<Count> rows = counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue())).collect(Collectors.toList());
    return new Results<>(rows, columns(header));
  }

  private static List<Column<Count>> columns(String header) {
    return List.of(Column.of(header, header, 40, Count::key), Column.of("count", "count", 10, Count::count));
  }

  /** {@return attributions per speaker, largest first} */
  public Results<Count> bySpeaker() {
    return bySpeaker;
  }

  /** {@return attributions per outlet of the reporting document, largest first; unknown outlets left out} */
  public Results<Count> byOutlet() {
    return byOutlet;
  }

  /** {@return attributions per stance, largest first} */
  public Results<Count> byStance() {
    return byStance;
  }

  /**
   * {@return attributions per month said, in calendar order; a time known only to the year counts under the
   * year, and attributions that do not tell when are left out}
   */
  public Results<Count> byMonth() {
    return byMonth;
  }

  /**
   * A line break, then the four tables, each under its heading ("by speaker:", "by outlet:", "by
   * stance:", "by month:") and cut as {@link Results#toString()} cuts them.
   */
  @Override
  public String toString() {
    return "\n" + String.join("\n\n", "by speaker:" + bySpeaker, "by outlet:" + byOutlet, "by stance:" + byStance,
        "by month:" + byMonth);
  }
}
